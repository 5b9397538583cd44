/**
 * The kernel's network settings under /proc/sys/net, from the kernel's own list
 * (Documentation/networking/ip-sysctl.rst), so a misspelt key (`ip_foward`) is caught at its line.
 * Only the branches listed here are checked, and a key is called unknown only when it is close to a
 * known one: a real setting missing from this list is never flagged unless it looks like a typo.
 */
import { suggest } from '../suggest.ts';

const IPV4 = [
  'ip_forward', 'ip_default_ttl', 'ip_no_pmtu_disc', 'min_pmtu', 'ip_forward_use_pmtu', 'fwmark_reflect',
  'fib_multipath_use_neigh', 'fib_multipath_hash_policy', 'fib_multipath_hash_fields', 'fib_sync_mem',
  'ip_forward_update_priority', 'mtu_expires', 'min_adv_mss', 'fib_notify_on_flag_change', 'ipfrag_high_thresh',
  'ipfrag_low_thresh', 'ipfrag_time', 'ipfrag_max_dist', 'bc_forwarding', 'inet_peer_threshold', 'inet_peer_minttl',
  'inet_peer_maxttl', 'tcp_abort_on_overflow', 'tcp_adv_win_scale', 'tcp_allowed_congestion_control', 'tcp_app_win',
  'tcp_autocorking', 'tcp_available_congestion_control', 'tcp_base_mss', 'tcp_mtu_probe_floor', 'tcp_min_snd_mss',
  'tcp_congestion_control', 'tcp_dsack', 'tcp_early_retrans', 'tcp_ecn', 'tcp_ecn_fallback', 'tcp_fack',
  'tcp_fin_timeout', 'tcp_frto', 'tcp_fwmark_accept', 'tcp_invalid_ratelimit', 'tcp_keepalive_time',
  'tcp_keepalive_probes', 'tcp_keepalive_intvl', 'tcp_l3mdev_accept', 'tcp_low_latency', 'tcp_max_orphans',
  'tcp_max_syn_backlog', 'tcp_max_tw_buckets', 'tcp_mem', 'tcp_min_rtt_wlen', 'tcp_moderate_rcvbuf',
  'tcp_mtu_probing', 'tcp_probe_interval', 'tcp_probe_threshold', 'tcp_no_metrics_save',
  'tcp_no_ssthresh_metrics_save', 'tcp_orphan_retries', 'tcp_recovery', 'tcp_reflect_tos', 'tcp_reordering',
  'tcp_max_reordering', 'tcp_retrans_collapse', 'tcp_retries1', 'tcp_retries2', 'tcp_rfc1337', 'tcp_rmem',
  'tcp_sack', 'tcp_comp_sack_delay_ns', 'tcp_comp_sack_slack_ns', 'tcp_comp_sack_nr', 'tcp_slow_start_after_idle',
  'tcp_stdurg', 'tcp_synack_retries', 'tcp_syncookies', 'tcp_migrate_req', 'tcp_fastopen',
  'tcp_fastopen_blackhole_timeout_sec', 'tcp_fastopen_key', 'tcp_syn_retries', 'tcp_timestamps', 'tcp_min_tso_segs',
  'tcp_tso_rtt_log', 'tcp_pacing_ss_ratio', 'tcp_pacing_ca_ratio', 'tcp_tso_win_divisor', 'tcp_tw_reuse',
  'tcp_window_scaling', 'tcp_wmem', 'tcp_notsent_lowat', 'tcp_workaround_signed_windows', 'tcp_thin_linear_timeouts',
  'tcp_limit_output_bytes', 'tcp_challenge_ack_limit', 'tcp_ehash_entries', 'tcp_child_ehash_entries',
  'udp_l3mdev_accept', 'udp_mem', 'udp_rmem_min', 'udp_wmem_min', 'raw_l3mdev_accept', 'cipso_cache_enable',
  'cipso_cache_bucket_size', 'cipso_rbm_optfmt', 'cipso_rbm_structvalid', 'ip_local_port_range',
  'ip_local_reserved_ports', 'ip_unprivileged_port_start', 'ip_nonlocal_bind', 'ip_autobind_reuse', 'ip_dynaddr',
  'ip_early_demux', 'ping_group_range', 'tcp_early_demux', 'udp_early_demux', 'icmp_echo_ignore_all',
  'icmp_echo_enable_probe', 'icmp_echo_ignore_broadcasts', 'icmp_ratelimit', 'icmp_msgs_per_sec', 'icmp_msgs_burst',
  'icmp_ratemask', 'icmp_ignore_bogus_error_responses', 'icmp_errors_use_inbound_ifaddr', 'igmp_max_memberships',
  'igmp_max_msf', 'igmp_qrv', 'force_igmp_version', 'xfrm4_gc_thresh', 'igmp_link_local_mcast_reports',
  'conf', 'neigh', 'route', 'netfilter',
];

const IPV4_CONF = [
  'log_martians', 'accept_redirects', 'forwarding', 'mc_forwarding', 'medium_id', 'proxy_arp', 'proxy_arp_pvlan',
  'shared_media', 'secure_redirects', 'send_redirects', 'bootp_relay', 'accept_source_route', 'accept_local',
  'route_localnet', 'rp_filter', 'src_valid_mark', 'arp_filter', 'arp_announce', 'arp_ignore', 'arp_notify',
  'arp_accept', 'arp_evict_nocarrier', 'mcast_solicit', 'ucast_solicit', 'app_solicit', 'mcast_resolicit',
  'disable_policy', 'disable_xfrm', 'igmpv2_unsolicited_report_interval', 'igmpv3_unsolicited_report_interval',
  'ignore_routes_with_linkdown', 'promote_secondaries', 'drop_unicast_in_l2_multicast', 'drop_gratuitous_arp',
  'tag', 'bc_forwarding', 'force_igmp_version',
];

const IPV6_CONF = [
  'accept_ra', 'accept_ra_defrtr', 'ra_defrtr_metric', 'accept_ra_from_local', 'accept_ra_min_hop_limit',
  'accept_ra_pinfo', 'accept_ra_rt_info_min_plen', 'accept_ra_rt_info_max_plen', 'accept_ra_rtr_pref', 'accept_ra_mtu',
  'accept_redirects', 'accept_source_route', 'autoconf', 'dad_transmits', 'forwarding', 'hop_limit', 'mtu',
  'ip_nonlocal_bind', 'router_probe_interval', 'router_solicitation_delay', 'router_solicitation_interval',
  'router_solicitations', 'use_oif_addrs_only', 'use_tempaddr', 'temp_valid_lft', 'temp_prefered_lft',
  'keep_addr_on_down', 'max_desync_factor', 'regen_max_retry', 'max_addresses', 'disable_ipv6', 'accept_dad',
  'force_tllao', 'ndisc_notify', 'ndisc_tclass', 'ndisc_evict_nocarrier', 'mldv1_unsolicited_report_interval',
  'mldv2_unsolicited_report_interval', 'force_mld_version', 'suppress_frag_ndisc', 'optimistic_dad',
  'use_optimistic', 'stable_secret', 'addr_gen_mode', 'drop_unicast_in_l2_multicast', 'drop_unsolicited_na',
  'accept_untracked_na', 'enhanced_dad', 'proxy_ndp', 'fwmark_reflect',
];

const BRIDGE = [
  'bridge-nf-call-arptables', 'bridge-nf-call-iptables', 'bridge-nf-call-ip6tables', 'bridge-nf-filter-vlan-tagged',
  'bridge-nf-filter-pppoe-tagged', 'bridge-nf-pass-vlan-input-dev',
];

const NET = ['ipv4', 'ipv6', 'bridge', 'core', 'netfilter', 'unix', 'sctp', 'mptcp', 'vrf', 'nf_conntrack_max'];

/** Which list the last segment of this key is checked against, and how the correct key reads. */
function branch(path: readonly string[]): { names: readonly string[]; at: number } | undefined {
  if (path[0] !== 'net' || path.length < 2) return undefined;
  if (path.length === 2) return { names: NET, at: 1 };
  if (!NET.includes(path[1]!)) return { names: NET, at: 1 };
  if (path[1] === 'ipv4' && path.length === 3) return { names: IPV4, at: 2 };
  if (path[1] === 'ipv4' && path[2] === 'conf' && path.length === 5) return { names: IPV4_CONF, at: 4 };
  if (path[1] === 'ipv6' && path[2] === 'conf' && path.length === 5) return { names: IPV6_CONF, at: 4 };
  if (path[1] === 'bridge' && path.length === 3) return { names: BRIDGE, at: 2 };
  return undefined;
}

/**
 * For a key the kernel does not have but that is one typo away from one it has: the key meant, as
 * written in the same style (dots for a sysctl key). Undefined when the key is known or not checked.
 */
export function misspeltSysctl(path: readonly string[]): string[] | undefined {
  const b = branch(path);
  if (!b) return undefined;
  const word = path[b.at]!;
  if (b.names.includes(word)) return undefined;
  const s = suggest(word, b.names);
  if (!s) return undefined;
  return [...path.slice(0, b.at), s, ...path.slice(b.at + 1)];
}

/** A key as sysctl prints it: dots between segments, a dot inside an interface name written as '/'. */
export function sysctlKey(path: readonly string[]): string {
  return path.map((p) => p.replaceAll('.', '/')).join('.');
}
