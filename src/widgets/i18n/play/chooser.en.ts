/** Strings of the "which mode fits my situation" guide. Korean in 합니다 style with the established terms. (English.) */
import { registerLocale } from '../registry.ts';
import type { Extra, Mode, QuestionId, Reason } from '../../chooser/recommend.ts';

interface Option {
  value: string;
  label: string;
}
interface Question {
  legend: string;
  help?: string;
  options: Option[];
}
const en = {
  title: 'Which network mode fits my situation?',
  intro: 'Answer a few questions about where your Proxmox node runs. The recommendation updates as you answer.',
  questions: {
    where: {
      legend: 'Where does the Proxmox node run?',
      options: [
        { value: 'home', label: 'At home (home lab)' },
        { value: 'office', label: 'On an office LAN' },
        { value: 'rented', label: 'A rented server at a hosting provider' },
      ],
    },
    oneMac: {
      legend: 'Does the provider accept only one MAC address on your port?',
      help: 'Many hosting providers drop frames from any MAC address other than your server’s own.',
      options: [
        { value: 'yes', label: 'Yes, only the server’s MAC' },
        { value: 'no', label: 'No, I can get extra (virtual) MACs' },
        { value: 'unsure', label: 'I don’t know' },
      ],
    },
    publicIps: {
      legend: 'Do you have public IP addresses for the guests?',
      options: [
        { value: 'subnet', label: 'Yes, extra addresses or a routed subnet' },
        { value: 'single', label: 'No, only the host’s own address' },
      ],
    },
    inbound: {
      legend: 'Must the guests be reachable from outside?',
      options: [
        { value: 'none', label: 'No, they only make outgoing connections' },
        { value: 'few', label: 'A few ports (SSH, a web server)' },
        { value: 'all', label: 'Yes, each guest as a full server' },
      ],
    },
    nics: {
      legend: 'How many network ports does the node have for guest traffic?',
      options: [
        { value: 'one', label: 'One' },
        { value: 'two', label: 'Two or more' },
      ],
    },
    lacp: {
      legend: 'Does the switch support LACP (802.3ad link aggregation)?',
      options: [
        { value: 'yes', label: 'Yes, a managed switch with LACP' },
        { value: 'no', label: 'No, a plain switch' },
        { value: 'unsure', label: 'I don’t know' },
      ],
    },
    cluster: {
      legend: 'Will this node be part of a Proxmox cluster?',
      options: [
        { value: 'no', label: 'No, a single node' },
        { value: 'yes', label: 'Yes, a cluster' },
      ],
    },
  } satisfies Record<QuestionId, Question>,
  pending: (left: number) => `${left} more ${left === 1 ? 'question' : 'questions'} to answer.`,
  resultHeading: 'Recommendation',
  modeName: { bridge: 'Bridge', routed: 'Routed', nat: 'NAT (masquerading)' } satisfies Record<Mode, string>,
  recommended: (mode: string) => `Recommended: ${mode}`,
  alsoConsider: (mode: string) => `Also worth reading: ${mode}`,
  why: 'Why',
  readLesson: (mode: string) => `Read the ${mode} lesson`,
  alsoHeading: 'For your network ports',
  reasons: {
    lan_bridge:
      'You control the LAN, so the guests can sit on it as ordinary machines with their own MAC and IP address. That is what a bridge does, and it is what the Proxmox installer sets up.',
    lan_inbound_router:
      'Bridged guests are directly reachable from the LAN. From the internet, forward ports on your router to the guests’ LAN addresses, just as you would for any other machine.',
    one_mac_routed:
      'The provider drops frames from every MAC but the server’s, so bridged guests would never get through. Routed mode keeps the host’s MAC as the only one on the wire: the host answers ARP for the guests (proxy_arp) and forwards their packets (ip_forward).',
    routed_inbound_direct: 'Guests keep their public addresses, so they are reachable from outside without any translation rules.',
    unsure_one_mac:
      'Most hosting providers filter by MAC, so this assumes they do. If your provider sells virtual MACs, a bridge also works.',
    virtual_mac_bridge:
      'The provider accepts the guests’ own (virtual) MACs, so a bridge works and is the simplest set-up. Routed mode is the alternative if you want only one MAC on the wire.',
    single_ip_nat:
      'With only the host’s address, the guests get private addresses on an internal bridge and the host masquerades their traffic to its own address.',
    nat_port_forward: 'For the few inbound services, add a port forward (DNAT) per port on the host.',
    nat_all_inbound:
      'NAT can only forward single ports. If every guest must be a full server, ask the provider for a routed subnet and use routed mode.',
    nat_outbound_only: 'Outgoing connections work at once: conntrack remembers each flow and rewrites the replies back.',
  } satisfies Record<Reason, string>,
  extras: {
    bond_lacp:
      'Bond the two ports with 802.3ad (LACP): both links carry traffic and either can fail. Put the bond under the bridge (bridge-ports bond0).',
    bond_active_backup:
      'Bond the two ports in active-backup mode: one link carries the traffic and the other takes over if it fails. It needs nothing from the switch. (802.3ad needs a switch that speaks LACP.)',
    cluster_separate:
      // pve-docs pvecm.adoc "Corosync Over Bonds": a dedicated NIC for the primary link, bonds only as additional links.
      'For a cluster, give corosync its own network on the second port rather than bonding both: the Proxmox guide wants a dedicated NIC for the primary corosync link and accepts a bond only as an additional one, since a link that fails silently inside a bond can cost the cluster its quorum.',
    cluster_one_nic:
      'A cluster works on one port, but corosync then shares the link with the guests. Add a second port for a dedicated cluster network when you can.',
  } satisfies Record<Extra, string>,
  bondLesson: 'Read the bond lesson',
  reset: 'Start over',
};

export type ChooserStrings = typeof en;

registerLocale('en', { chooser: en });
