/** Options several generators share: "this box drops it", in the words of the routed lesson's world. */
import type { Choice } from './question.ts';

export const DROPPED_BY_HOST: Choice = { key: 'pve', text: { ko: 'Proxmox 호스트가 버립니다', en: 'The Proxmox host drops it' } };
export const DROPPED_BY_PROVIDER_GATEWAY: Choice = { key: 'gw', text: { ko: '업체 게이트웨이가 버립니다', en: "The provider's gateway drops it" } };
