/** Display names of the nodes in the routed and NAT scenarios (shared by their labs and the comparison). */
export const routedNames = {
  pve: { en: 'pve', ko: 'pve' },
  vm100: { en: 'VM 100', ko: 'VM 100' },
  provider: { en: 'Provider switch', ko: '업체 스위치' },
  gw: { en: 'Provider gateway', ko: '업체 게이트웨이' },
  inet: { en: 'Internet host', ko: '인터넷 호스트' },
};

export const natNames = {
  pve: { en: 'pve', ko: 'pve' },
  vm100: { en: 'VM 100', ko: 'VM 100' },
  vm101: { en: 'VM 101', ko: 'VM 101' },
  sw: { en: 'Provider switch', ko: '업체 스위치' },
  gw: { en: 'Provider gateway', ko: '업체 게이트웨이' },
  inet: { en: 'Internet host', ko: '인터넷 호스트' },
};
