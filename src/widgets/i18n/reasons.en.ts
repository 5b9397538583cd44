/** Why a frame or packet was dropped, in English (keys are the kernel's drop reasons). */
import { registerLocale } from './registry.ts';

export interface ReasonArgs {
  str(key: string): string;
}

export type ReasonTable = Record<string, (a: ReasonArgs) => string>;

const en: ReasonTable = {
  stp_port_not_forwarding: () => 'the STP port is not forwarding yet',
  stp_port_learning: () => 'the STP port is still learning (it learns MACs but forwards nothing)',
  vlan_not_member: (a) => `the port is not a member of VLAN ${a.str('vlan') || 'of this frame'}`,
  link_local_not_forwarded: () => 'link-local frames (01:80:C2:00:00:0X) are never forwarded by a bridge',
  switch_without_stp: () => 'this switch does not run STP',
  switch_without_lacp: () => 'this switch does not speak LACP',
  not_for_us: () => 'the frame is addressed to another MAC',
  no_listener: () => 'nothing listens there',
  no_conntrack: () => 'it matches no NAT/conntrack entry, so there is no guest to send it to',
  no_route: () => 'there is no route to the destination',
  forward_disabled: () => 'IP forwarding is off',
  ttl_exceeded: () => 'its TTL ran out',
  arp_failed: () => 'the next hop never answered ARP',
  no_carrier: () => 'the link is down',
  filter_drop: () => 'a firewall rule dropped it',
  storm: () => 'broadcast storm stopped',
  bond_inactive_slave: () => 'it arrived on a bond slave that is not active',
  rp_filter: () => 'reverse-path filtering: the source is not reachable back through this interface',
  martian: () => 'the source address is impossible on this interface (martian)',
  arp_not_for_us: (a) => `it asks for ${a.str('target') || 'an address'}, which is not one of this host's addresses`,
  broadcast_not_forwarded: () => 'a router never forwards a broadcast',
  port_closed: () => 'nothing listens on that port',
  no_connection: () => 'the segment belongs to no known connection',
  port: () => 'port unreachable',
  lacp_not_configured: () => 'this interface is not an 802.3ad bond slave, so LACPDUs mean nothing to it',
  stp_not_configured: () => 'STP is off on this bridge, so BPDUs are not processed',
  inactive_slave: () => 'it arrived on the backup link, which only listens for its own link state',
  not_in_active_aggregator: () => 'it arrived on a port outside the active LACP aggregator',
  rst_before_reply: () => 'the connection was reset before any reply, so conntrack drops the entry at once',
  device_down: () => 'the interface is down',
  vlan_no_device: (a) => `no VLAN device for VLAN ${a.str('vlan')} exists on this host`,
  not_for_this_host: (a) => `it is addressed to ${a.str('mac').toUpperCase() || 'another MAC'}, not to this host`,
  unknown_protocol: () => 'this host does not handle that protocol',
  masquerade_no_address: () => 'MASQUERADE needs an address on the outgoing interface, and it has none',
};

registerLocale('en', { reasons: en });
