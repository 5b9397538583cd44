/**
 * The five reference /etc/network/interfaces files of the course, byte for byte as in the shared
 * reference (what the Proxmox installer and its documentation write). Everything that shows or
 * runs a reference configuration (playground presets, quiz worlds, tests) reads it from here, so
 * the copies cannot drift apart. No Node-only imports: the browser loads this through the
 * playground presets.
 */

/** Default bridge, as the installer writes it. */
export const DEFAULT_BRIDGE = `auto lo
iface lo inet loopback

iface eno1 inet manual

auto vmbr0
iface vmbr0 inet static
        address 192.168.10.2/24
        gateway 192.168.10.1
        bridge-ports eno1
        bridge-stp off
        bridge-fd 0
`;

/** Routed: one public address on eno0, guests on a routed subnet behind vmbr0. */
export const ROUTED = `auto lo
iface lo inet loopback

auto eno0
iface eno0 inet static
        address 198.51.100.5/29
        gateway 198.51.100.1
        post-up echo 1 > /proc/sys/net/ipv4/ip_forward
        post-up echo 1 > /proc/sys/net/ipv4/conf/eno0/proxy_arp

auto vmbr0
iface vmbr0 inet static
        address 203.0.113.17/28
        bridge-ports none
        bridge-stp off
        bridge-fd 0
`;

/** NAT: public address on vmbr0, guests on the internal vmbr1, masquerade and a port forward 2222 -> guest:22. */
export const NAT = `auto lo
iface lo inet loopback

iface eno1 inet manual

auto vmbr0
iface vmbr0 inet static
        address 198.51.100.5/24
        gateway 198.51.100.1
        bridge-ports eno1
        bridge-stp off
        bridge-fd 0

auto vmbr1
iface vmbr1 inet static
        address 10.10.10.1/24
        bridge-ports none
        bridge-stp off
        bridge-fd 0

        post-up   echo 1 > /proc/sys/net/ipv4/ip_forward
        post-up   iptables -t nat -A POSTROUTING -s '10.10.10.0/24' -o vmbr0 -j MASQUERADE
        post-down iptables -t nat -D POSTROUTING -s '10.10.10.0/24' -o vmbr0 -j MASQUERADE
        post-up   iptables -t raw -I PREROUTING -i fwbr+ -j CT --zone 1
        post-down iptables -t raw -D PREROUTING -i fwbr+ -j CT --zone 1
        post-up   iptables -t nat -A PREROUTING -i vmbr0 -p tcp --dport 2222 -j DNAT --to 10.10.10.100:22
        post-down iptables -t nat -D PREROUTING -i vmbr0 -p tcp --dport 2222 -j DNAT --to 10.10.10.100:22
`;

/** Bond under a bridge, LACP (802.3ad). */
export const BOND_LACP = `auto lo
iface lo inet loopback

iface eno1 inet manual

iface eno2 inet manual

auto bond0
iface bond0 inet manual
        bond-slaves eno1 eno2
        bond-miimon 100
        bond-mode 802.3ad
        bond-xmit-hash-policy layer2+3

auto vmbr0
iface vmbr0 inet static
        address 192.168.10.2/24
        gateway 192.168.10.1
        bridge-ports bond0
        bridge-stp off
        bridge-fd 0
`;

/** VLAN-aware bridge, the host's management address on VLAN 5. */
export const VLAN_AWARE = `auto lo
iface lo inet loopback

iface eno1 inet manual

auto vmbr0.5
iface vmbr0.5 inet static
        address 10.10.10.2/24
        gateway 10.10.10.1

auto vmbr0
iface vmbr0 inet manual
        bridge-ports eno1
        bridge-stp off
        bridge-fd 0
        bridge-vlan-aware yes
        bridge-vids 2-4094
`;

/** The five in the order the shared reference lists them, named like their fixture files. */
/** The Proxmox VE admin guide's masquerading example (pve-docs, "Masquerading (NAT) with iptables"). */
export const PVE_DOCS_NAT = `auto lo
iface lo inet loopback

auto eno1
#real IP address
iface eno1 inet static
        address  198.51.100.5/24
        gateway  198.51.100.1

auto vmbr0
#private sub network
iface vmbr0 inet static
        address  10.10.10.1/24
        bridge-ports none
        bridge-stp off
        bridge-fd 0

        post-up   echo 1 > /proc/sys/net/ipv4/ip_forward
        post-up   iptables -t nat -A POSTROUTING -s '10.10.10.0/24' -o eno1 -j MASQUERADE
        post-down iptables -t nat -D POSTROUTING -s '10.10.10.0/24' -o eno1 -j MASQUERADE
`;

export const REFERENCE_CONFIGS = [
  { id: 'default-bridge', text: DEFAULT_BRIDGE },
  { id: 'routed', text: ROUTED },
  { id: 'nat', text: NAT },
  { id: 'bond-lacp-bridge', text: BOND_LACP },
  { id: 'vlan-aware', text: VLAN_AWARE },
] as const;

export type ReferenceConfigId = (typeof REFERENCE_CONFIGS)[number]['id'];
