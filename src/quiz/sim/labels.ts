/**
 * How each world's nodes are named to a reader. Kept apart from the worlds themselves so the
 * build can name a goal's nodes ("VM 100") without loading the kernel.
 */
import type { Topology } from '../schema.ts';

export type Labels = Record<string, { ko: string; en: string }>;

const L = (en: string, ko: string) => ({ en, ko });
const pve = L('the Proxmox host', 'Proxmox 호스트');

export const WORLD_LABELS: Record<Topology, Labels> = {
  'bridge-lan': {
    pve,
    lan: L('the office switch', '사무실 스위치'),
    laptop: L('the laptop', '노트북'),
    router: L('the office router', '사무실 라우터'),
    vm100: L('VM 100', 'VM 100'),
    vm101: L('VM 101', 'VM 101'),
  },
  'provider-one-mac': {
    pve,
    provider: L("the provider's switch", '업체 스위치'),
    gw: L("the provider's gateway", '업체 게이트웨이'),
    web: L('the web server', '웹 서버'),
    vm100: L('VM 100', 'VM 100'),
  },
  'bond-lan': {
    pve,
    sw: L('the office switch', '사무실 스위치'),
    nas: L('the NAS', 'NAS'),
    vm100: L('VM 100', 'VM 100'),
  },
  'nat-host': {
    pve,
    upstream: L("the provider's switch", '업체 스위치'),
    gw: L("the web server's gateway", '웹 서버 쪽 게이트웨이'),
    web: L('the web server', '웹 서버'),
    vm100: L('VM 100', 'VM 100'),
  },
};

/** A node's name in a sentence's subject position ("VM 100", "the laptop" -> "The laptop" at the start). */
export function nodeLabel(topology: Topology, node: string, lang: 'ko' | 'en'): string {
  return WORLD_LABELS[topology][node]?.[lang] ?? node;
}
