/**
 * What an iptables extension, table or option does in Linux, in a few words each language: the
 * "not simulated" info says it, so a reader knows what the kept-but-skipped rule would do on a real
 * host. Descriptions follow iptables-extensions(8) and iptables(8).
 */
import type { Texts } from './messages.ts';

const t = (en: string, ko: string): Texts => ({ en, ko });

const TARGETS: Record<string, Texts> = {
  LOG: t('it writes a line about each matching packet to the kernel log and goes on to the next rule', '일치하는 패킷마다 커널 로그에 한 줄을 남기고 다음 규칙으로 넘어갑니다'),
  NFLOG: t('it hands each matching packet to a logging daemon (ulogd) over netlink', '일치하는 패킷을 netlink로 로그 데몬(ulogd 등)에 넘깁니다'),
  MARK: t("it sets the packet's firewall mark (fwmark), which policy routing and tc can read", '패킷에 방화벽 마크(fwmark)를 붙여서 정책 라우팅이나 tc가 읽을 수 있게 합니다'),
  CONNMARK: t("it sets the connection's mark or copies it to or from the packet's mark", '연결(conntrack)의 마크를 정하거나 패킷 마크와 서로 복사합니다'),
  TCPMSS: t('it rewrites the MSS in TCP SYN packets, usually to fit a smaller path MTU', 'TCP SYN 패킷의 MSS를 고쳐 써서 보통 더 작은 경로 MTU에 맞춥니다'),
  REDIRECT: t("it sends the packet to a port on the host itself (DNAT to the arriving interface's address)", '패킷을 호스트 자신의 포트로 보냅니다(들어온 인터페이스 주소로 하는 DNAT)'),
  NOTRACK: t('it keeps the packet out of connection tracking', '패킷을 연결 추적에서 뺍니다'),
  NFQUEUE: t('it hands the packet to a userspace program that decides what happens to it', '패킷을 사용자 공간 프로그램에 넘기고, 그 프로그램이 처리를 정합니다'),
  QUEUE: t('it hands the packet to a userspace program that decides what happens to it', '패킷을 사용자 공간 프로그램에 넘기고, 그 프로그램이 처리를 정합니다'),
  NETMAP: t('it maps a whole subnet onto another one, address for address', '서브넷 전체를 다른 서브넷으로 주소마다 하나씩 대응시켜 바꿉니다'),
  TPROXY: t('it hands the packet unchanged to a local proxy socket (transparent proxy)', '패킷을 바꾸지 않고 로컬 프록시 소켓에 넘깁니다(투명 프록시)'),
  TTL: t("it changes the packet's TTL", '패킷의 TTL 값을 바꿉니다'),
  DSCP: t("it rewrites the packet's DSCP field for quality of service", 'QoS를 위해 패킷의 DSCP 필드를 바꿉니다'),
  TOS: t("it rewrites the packet's TOS field", '패킷의 TOS 필드를 바꿉니다'),
  TEE: t('it sends a copy of the packet to another gateway', '패킷의 사본을 다른 게이트웨이로 보냅니다'),
  CHECKSUM: t('it fills in the checksum of packets that lack one (for old DHCP clients)', '체크섬이 비어 있는 패킷에 체크섬을 채워 넣습니다(오래된 DHCP 클라이언트용)'),
  CLASSIFY: t('it puts the packet into a tc traffic class', '패킷을 tc 트래픽 클래스에 넣습니다'),
  CT: t('it sets connection tracking options (helpers, timeouts, notrack) for the packet', '패킷의 연결 추적 옵션(헬퍼, 타임아웃, notrack)을 정합니다'),
};

const MATCHES: Record<string, Texts> = {
  multiport: t('it matches a list of ports in one rule', '한 규칙에서 여러 포트를 목록으로 매치합니다'),
  physdev: t('it matches the bridge port (a guest\'s tap or fwpr) a bridged packet comes in or goes out on', '브리지를 지나는 패킷이 들어오거나 나가는 브리지 포트(게스트의 tap, fwpr)를 매치합니다'),
  mac: t("it matches the sender's MAC address", '보낸 쪽의 MAC 주소를 매치합니다'),
  limit: t('it matches only up to a given rate of packets', '정해진 속도까지만 패킷을 매치합니다'),
  mark: t("it matches the packet's firewall mark", '패킷의 방화벽 마크를 매치합니다'),
  connmark: t("it matches the connection's mark", '연결의 마크를 매치합니다'),
  iprange: t('it matches a range of addresses', '주소 범위를 매치합니다'),
  addrtype: t('it matches by address type (LOCAL, BROADCAST, ...)', '주소 종류(LOCAL, BROADCAST 등)로 매치합니다'),
  set: t('it matches the addresses in an ipset', 'ipset에 들어 있는 주소를 매치합니다'),
  owner: t('it matches the local user or group that sent the packet', '패킷을 보낸 로컬 사용자나 그룹을 매치합니다'),
  recent: t('it remembers the addresses it sees, to limit repeated connections', '본 주소를 기억해 두고 반복되는 연결을 제한합니다'),
  hashlimit: t('it limits the rate per address or port', '주소나 포트마다 속도를 제한합니다'),
  connlimit: t('it limits the number of connections per address', '주소마다 연결 수를 제한합니다'),
  icmp: t('it matches the ICMP type', 'ICMP 유형을 매치합니다'),
  pkttype: t('it matches unicast, broadcast or multicast packets', '유니캐스트, 브로드캐스트, 멀티캐스트 패킷을 구분해 매치합니다'),
  string: t("it matches a string in the packet's payload", '패킷 내용 안의 문자열을 매치합니다'),
};

const TABLES: Record<string, Texts> = {
  mangle: t('the mangle table changes packet fields (marks, TTL, TOS) before and after routing', 'mangle 테이블은 라우팅 전후에 패킷 필드(마크, TTL, TOS)를 바꿉니다'),
  security: t('the security table holds SELinux labelling rules', 'security 테이블에는 SELinux 레이블 규칙이 들어갑니다'),
};

const OPTIONS: Record<string, Texts> = {
  '-p': t('it matches another IP protocol', '다른 IP 프로토콜을 매치합니다'),
  '-D': t('it deletes the rule at that position in the chain', '체인에서 그 번호의 규칙을 지웁니다'),
  '-g': t('it continues in a user-defined chain without coming back', '돌아오지 않고 사용자 정의 체인으로 넘어갑니다'),
  '-f': t('it matches the second and later fragments of fragmented packets', '조각난 패킷의 두 번째 이후 조각을 매치합니다'),
  '-N': t('the rule sits in a user-defined chain, which runs only when another rule jumps to it', '사용자 정의 체인에 들어가는 규칙이라서, 다른 규칙이 그 체인으로 넘어갈 때만 실행됩니다'),
  '-P': t('it sets the policy of that chain', '그 체인의 기본 정책을 정합니다'),
  '!': t('it matches the opposite of the port given', '주어진 포트가 아닌 것을 매치합니다'),
};

const GENERIC = t('iptables accepts it, but the simulation does not model it', 'iptables는 받아들이지만 시뮬레이션에는 없는 기능입니다');

export type EffectKind = 'target' | 'match' | 'table' | 'option' | 'chain';

/** What the named extension, table or option does; a user chain is named by `name`. */
export function iptablesEffect(kind: EffectKind, name: string): Texts {
  if (kind === 'chain') return t(`it jumps to the user-defined chain ${name} and runs its rules`, `사용자 정의 체인 ${name}(으)로 넘어가 그 규칙들을 실행합니다`);
  const table = kind === 'target' ? TARGETS : kind === 'match' ? MATCHES : kind === 'table' ? TABLES : OPTIONS;
  return table[name] ?? GENERIC;
}
