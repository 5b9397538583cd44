/** Options several generators share: "this box drops it", in the words of the routed lesson's world. */
import type { Choice } from './question.ts';
import type { Texts } from './types.ts';

/** `why`: why the host does not drop it in this seed's setup. */
export const droppedByHost = (why: Texts): Choice => ({ key: 'pve', text: { ko: 'Proxmox 호스트가 버립니다', en: 'The Proxmox host drops it' }, why });
/** `why`: why the provider's gateway does not drop it in this seed's setup. */
export const droppedByProviderGateway = (why: Texts): Choice => ({ key: 'gw', text: { ko: '업체 게이트웨이가 버립니다', en: "The provider's gateway drops it" }, why });
