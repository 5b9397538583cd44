/** Text of the mode map's "what the outside sees" panel (the lab itself is content/labs/mode-map.yaml). */
import { josa } from '../../i18n/josa.ts';

export const modeMapText = {
  outside: {
    title: { en: 'What the outside sees', ko: '바깥에서 보이는 것' },
    pending: {
      en: 'Send the ping, then step forward until it leaves pve: the frame on the uplink cable is read here.',
      ko: 'ping을 보낸 뒤 pve를 떠나는 단계까지 진행하세요. 업링크 케이블 위의 프레임을 여기서 읽습니다.',
    },
    none: {
      en: 'The ping never left pve in this run, so the outside saw nothing.',
      ko: '이번 실행에서는 ping이 pve 밖으로 나가지 않아 바깥에서는 아무것도 보지 못했습니다.',
    },
    mac: { en: 'Source MAC', ko: '출발지 MAC' },
    ip: { en: 'Source IP', ko: '출발지 IP' },
    where: {
      en: (from: string, port: string, to: string) => `Read from the frame ${from} puts on its ${port} cable to the ${to}.`,
      ko: (from: string, port: string, to: string) => `${josa(from, '이/가')} ${port} 케이블로 ${to}에 내보낸 프레임에서 읽었습니다.`,
    },
    owner: {
      en: (name: string, dev: string) => `${name}'s ${dev}`,
      ko: (name: string, dev: string) => `${name}의 ${dev}`,
    },
    unknownOwner: { en: 'not configured on this node', ko: '이 노드에 설정되지 않음' },
  },
  why: {
    bridge: {
      en: 'vmbr0 is a switch: it passes the guest’s frame on unchanged, so the LAN sees VM 100 itself, with its own MAC and address.',
      ko: 'vmbr0은 스위치입니다. 게스트의 프레임을 그대로 넘기므로 LAN에는 VM 100 자신이 자기 MAC과 주소로 보입니다.',
    },
    routed: {
      en: 'pve routes: it builds a new frame from its own MAC, so the provider sees only the host’s MAC, yet the guest’s public IP is kept.',
      ko: 'pve가 라우팅합니다. 자기 MAC으로 새 프레임을 만들기 때문에 업체 쪽에는 호스트의 MAC만 보이지만, 게스트의 공인 IP는 그대로 남습니다.',
    },
    nat: {
      en: 'pve routes and masquerades: the MAC and the source address are both the host’s, and the guest stays hidden behind it.',
      ko: 'pve가 라우팅하면서 마스커레이드합니다. MAC도 출발지 주소도 모두 호스트의 것이라 게스트는 그 뒤에 숨습니다.',
    },
  },
} as const;
