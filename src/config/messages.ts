/**
 * Every diagnostic code with its severity and its texts in Korean and English: the one table the CLI,
 * the widgets and `netmodes explain` read. Codes are stable; texts may be improved freely.
 * `{name}` placeholders are filled from the diagnostic's params.
 */
export type Severity = 'error' | 'warning' | 'info';
export type Lang = 'ko' | 'en';

export interface Texts {
  en: string;
  ko: string;
}

export interface MessageDef {
  severity: Severity;
  message: Texts;
  /** What to do about it (shown as "hint:"). */
  hint?: Texts;
  /** A longer explanation for `netmodes explain CODE`. */
  explain: Texts;
}

const def = (severity: Severity, message: Texts, hint: Texts | undefined, explain: Texts): MessageDef =>
  hint ? { severity, message, hint, explain } : { severity, message, explain };

/** A group MAC given to a NIC: on the host (hwaddress) or a guest (netX). */
const MULTICAST_MAC = def(
  'error',
  { en: 'MAC {value} is a multicast address', ko: 'MAC {value}은(는) 멀티캐스트 주소입니다' },
  { en: 'the first byte must be even (its lowest bit 0)', ko: '첫 바이트가 짝수(최하위 비트 0)여야 합니다' },
  {
    en: 'A MAC whose first byte is odd is a group address. Bridges and switches never learn it as a source, and Linux refuses it for an interface.',
    ko: '첫 바이트가 홀수인 MAC은 그룹 주소입니다. 브리지와 스위치는 이를 출발지로 학습하지 않고, 리눅스는 인터페이스 주소로 받아들이지 않습니다.',
  },
);

export const MESSAGES = {
  'cfg.too_many_diagnostics': def(
    'info',
    { en: 'stopped after {max} diagnostics', ko: '진단이 {max}개를 넘어서 여기서 멈춥니다' },
    { en: 'fix the first problems and check again', ko: '앞쪽 문제부터 고친 뒤 다시 검사하세요' },
    {
      en: 'Like a compiler, the checker stops listing problems after a limit; the first ones usually explain the rest.',
      ko: '컴파일러처럼 검사기도 문제가 일정 개수를 넘으면 목록을 멈춥니다. 보통 앞쪽 문제가 나머지의 원인입니다.',
    },
  ),
  // ---- syntax ----
  'cfg.byte_order_mark': def(
    'warning',
    { en: 'the file starts with a byte order mark (BOM)', ko: '파일이 바이트 순서 표시(BOM)로 시작합니다' },
    { en: 'save it as UTF-8 without BOM', ko: 'BOM 없는 UTF-8로 저장하세요' },
    {
      en: 'Some Windows editors put an invisible U+FEFF at the start of a UTF-8 file. ifupdown2 reads it as part of the first word, so a first line such as "auto lo" becomes an unknown keyword and is skipped with an error. The checker ignores the mark and reads the rest normally.',
      ko: '일부 윈도 편집기는 UTF-8 파일 맨 앞에 보이지 않는 U+FEFF 문자를 넣습니다. ifupdown2는 이 문자를 첫 단어의 일부로 읽기 때문에, 첫 줄이 "auto lo"라면 알 수 없는 키워드가 되어 오류와 함께 건너뜁니다. 검사기는 이 표시를 무시하고 나머지를 그대로 읽습니다.',
    },
  ),
  'cfg.not_text': def(
    'error',
    { en: 'this is not a text file: {what}', ko: '텍스트 파일이 아닙니다. {whatKo}' },
    { en: 'check that this is /etc/network/interfaces and not a binary or a file in another encoding; save it as UTF-8', ko: '바이너리나 다른 인코딩의 파일이 아니라 /etc/network/interfaces인지 확인하고, UTF-8로 저장하세요' },
    {
      en: 'ifupdown reads the file as text. A NUL byte (\\x00) or bytes that are not valid UTF-8 (shown as \\ufffd) mean the file is binary, damaged, or saved in another encoding; the words around them cannot be what was meant. The checker reads the rest anyway and escapes such bytes in what it prints.',
      ko: 'ifupdown은 이 파일을 텍스트로 읽습니다. NUL 바이트(\\x00)나 올바른 UTF-8이 아닌 바이트(\\ufffd로 표시)가 있으면 바이너리이거나 손상됐거나 다른 인코딩으로 저장된 파일입니다. 그 주변의 단어는 의도한 내용일 수 없습니다. 검사기는 나머지를 계속 읽고, 그런 바이트는 이스케이프해서 출력합니다.',
    },
  ),
  'cfg.option_outside_stanza': def(
    'error',
    { en: "option line '{name}' is not inside an iface stanza", ko: "'{name}' 옵션 줄이 iface 스탠자 안에 있지 않습니다" },
    { en: "options belong to the nearest 'iface NAME inet METHOD' line above them", ko: "옵션은 바로 위에 있는 'iface 이름 inet 방식' 줄에 속합니다. 먼저 iface 줄을 쓰세요" },
    {
      en: 'ifupdown reads an interfaces file as stanzas. Option lines (address, bridge-ports, ...) only mean something after an iface line; after auto, allow-*, source or at the top of the file there is no interface they could belong to, and ifupdown2 stops with "error processing line".',
      ko: 'ifupdown은 interfaces 파일을 스탠자 단위로 읽습니다. address, bridge-ports 같은 옵션 줄은 iface 줄 뒤에 있어야 의미가 있습니다. auto, allow-*, source 줄 뒤나 파일 맨 앞에서는 옵션이 속할 인터페이스가 없어서 ifupdown2가 "error processing line" 오류를 냅니다.',
    },
  ),
  'cfg.unknown_keyword': def(
    'error',
    { en: "unknown keyword '{name}'", ko: "'{name}'은(는) 알 수 없는 키워드입니다" },
    { en: "did you mean '{suggestion}'?", ko: "혹시 '{suggestion}'인가요?" },
    {
      en: 'A line that starts at the left margin outside any stanza must start with a keyword: auto, allow-hotplug (or allow-NAME), iface, mapping, source or source-directory.',
      ko: '스탠자 밖에서 들여쓰기 없이 시작하는 줄은 auto, allow-hotplug(또는 allow-이름), iface, mapping, source, source-directory 중 하나의 키워드로 시작해야 합니다.',
    },
  ),
  'cfg.iface_missing_name': def(
    'error',
    { en: "'iface' needs an interface name", ko: "'iface' 뒤에 인터페이스 이름이 필요합니다" },
    { en: 'write it as: iface vmbr0 inet static', ko: 'iface vmbr0 inet static 처럼 쓰세요' },
    {
      en: 'An iface line is "iface NAME [inet|inet6 METHOD]". ifupdown2 allows the family and method to be left out (then: inet manual), but never the name.',
      ko: 'iface 줄의 형식은 "iface 이름 [inet|inet6 방식]"입니다. ifupdown2는 주소 체계와 방식은 생략할 수 있게 해 주지만(그러면 inet manual), 이름은 생략할 수 없습니다.',
    },
  ),
  'cfg.bad_family': def(
    'error',
    { en: "unknown address family '{value}'", ko: "'{value}'은(는) 알 수 없는 주소 체계입니다" },
    { en: "use 'inet' (IPv4) or 'inet6' (IPv6)", ko: "'inet'(IPv4) 또는 'inet6'(IPv6)을 쓰세요" },
    {
      en: 'The third word of an iface line is the address family: inet for IPv4, inet6 for IPv6.',
      ko: 'iface 줄의 세 번째 단어는 주소 체계입니다. IPv4는 inet, IPv6는 inet6입니다.',
    },
  ),
  'cfg.bad_method': def(
    'error',
    { en: "unknown method '{value}' for {family}", ko: "{family}에는 '{value}' 방식이 없습니다" },
    { en: "expected one of: {expected}", ko: '다음 중 하나를 쓰세요: {expected}' },
    {
      en: 'The fourth word of an iface line says how the interface gets its address: static (address options below), manual (no address: ports, bond slaves, guests-only bridges), dhcp, or loopback for lo.',
      ko: 'iface 줄의 네 번째 단어는 주소를 얻는 방식입니다. static(아래 옵션으로 주소 지정), manual(주소 없음: 브리지 포트, 본딩 슬레이브, 게스트 전용 브리지), dhcp, 그리고 lo에 쓰는 loopback이 있습니다.',
    },
  ),
  'cfg.iface_extra_words': def(
    'warning',
    { en: "unexpected '{value}' after the iface method", ko: "iface 방식 뒤에 예상하지 못한 '{value}'이(가) 있습니다" },
    { en: 'options go on their own indented lines below the iface line', ko: '옵션은 iface 줄 아래에 들여쓴 별도 줄로 씁니다' },
    {
      en: 'An iface line has at most four words. Anything after the method is ignored by ifupdown2; it was probably meant as an option line.',
      ko: 'iface 줄은 최대 네 단어입니다. 방식 뒤의 내용은 ifupdown2가 무시하므로, 아마 옵션 줄로 쓰려던 것일 겁니다.',
    },
  ),
  'cfg.auto_missing_name': def(
    'error',
    { en: "'{keyword}' needs at least one interface name", ko: "'{keyword}' 뒤에 인터페이스 이름이 하나 이상 필요합니다" },
    undefined,
    {
      en: 'auto and allow-* lines list the interfaces to bring up at boot (auto) or when their device appears (allow-hotplug).',
      ko: 'auto와 allow-* 줄에는 부팅할 때(auto) 또는 장치가 나타날 때(allow-hotplug) 올릴 인터페이스 이름을 나열합니다.',
    },
  ),
  'cfg.option_missing_value': def(
    'error',
    { en: "option '{name}' has no value", ko: "'{name}' 옵션에 값이 없습니다" },
    undefined,
    {
      en: 'Every option line is a name followed by a value on the same logical line (a trailing backslash continues it on the next line).',
      ko: '옵션 줄은 이름과 값이 같은 논리적 줄에 있어야 합니다(줄 끝의 역슬래시로 다음 줄에 이어 쓸 수 있습니다).',
    },
  ),
  'cfg.bad_interface_name': def(
    'error',
    { en: "'{name}' is not a valid Linux interface name", ko: "'{name}'은(는) 올바른 리눅스 인터페이스 이름이 아닙니다" },
    { en: "at most 15 characters, no '/', ':' or spaces", ko: "최대 15자이며 '/', ':', 공백은 쓸 수 없습니다" },
    {
      en: 'Linux limits interface names to 15 characters (IFNAMSIZ 16 with the terminating NUL) and forbids "/", ":" and whitespace. Proxmox bridges are vmbr0..vmbr4094, bonds bondN, VLAN devices NAME.TAG.',
      ko: '리눅스 인터페이스 이름은 최대 15자(종료 문자를 포함한 IFNAMSIZ 16)이고 "/", ":", 공백을 쓸 수 없습니다. Proxmox 브리지는 vmbr0~vmbr4094, 본드는 bondN, VLAN 장치는 이름.태그 형식입니다.',
    },
  ),
  'cfg.duplicate_iface': def(
    'info',
    { en: "interface '{name}' ({family}) has another stanza at line {line}; both apply", ko: "'{name}'({family}) 인터페이스의 스탠자가 {line}번 줄에도 있습니다. 두 스탠자가 모두 적용됩니다" },
    { en: 'fine for a second address; check that the two do not set the same option differently', ko: '주소를 하나 더 붙이는 용도라면 괜찮습니다. 두 스탠자가 같은 옵션을 다르게 설정하지 않는지 확인하세요' },
    {
      en: 'interfaces(5) allows several iface stanzas for one interface: the addresses and options of all of them are applied when it comes up (a loopback address beside "iface lo inet loopback" is a common case). ifupdown2 merges them option by option, so a single-valued option set in both (gateway, mtu, bridge-ports) ends up with one of the two values, which easily hides a mistake.',
      ko: 'interfaces(5)는 한 인터페이스에 iface 스탠자를 여러 개 두는 것을 허용합니다. 인터페이스가 올라올 때 모든 스탠자의 주소와 옵션이 적용됩니다("iface lo inet loopback" 옆에 루프백 주소를 하나 더 두는 경우가 흔합니다). ifupdown2는 옵션 단위로 합치므로, gateway, mtu, bridge-ports처럼 값이 하나인 옵션을 두 스탠자에서 설정하면 둘 중 하나만 남아 실수가 묻히기 쉽습니다.',
    },
  ),
  'cfg.duplicate_option': def(
    'warning',
    { en: "'{name}' is set more than once in this stanza (first at line {line})", ko: "이 스탠자에서 '{name}'이(가) 두 번 이상 설정되었습니다(처음은 {line}번 줄)" },
    { en: 'keep one line', ko: '한 줄만 남기세요' },
    {
      en: 'This option takes a single value. Setting it twice makes the result depend on which line ifupdown2 reads last.',
      ko: '이 옵션은 값을 하나만 가집니다. 두 번 설정하면 ifupdown2가 어느 줄을 마지막에 읽는지에 따라 결과가 달라집니다.',
    },
  ),
  'cfg.source_not_followed': def(
    'info',
    { en: "'{keyword} {path}' is recorded but not followed", ko: "'{keyword} {path}' 줄은 기록만 하고 따라가 읽지 않습니다" },
    { en: "give the included files too ('netmodes check /etc/network/interfaces /etc/network/interfaces.d/*'), or check them on their own", ko: "포함된 파일도 함께 주거나('netmodes check /etc/network/interfaces /etc/network/interfaces.d/*') 따로 검사하세요" },
    {
      en: 'source and source-directory include other files (Proxmox SDN writes /etc/network/interfaces.d/sdn). The checker reads only what it is given: an included file counts when it is given too (the command line reads it as part of the file that sources it); otherwise interfaces defined there are unknown here.',
      ko: 'source와 source-directory는 다른 파일을 포함합니다(Proxmox SDN은 /etc/network/interfaces.d/sdn을 씁니다). 검사기는 주어진 것만 읽습니다. 포함된 파일도 함께 주면 그 파일을 불러오는 파일의 일부로 읽고(명령줄), 그렇지 않으면 거기서 정의한 인터페이스는 여기서 알 수 없습니다.',
    },
  ),
  'cfg.mapping_not_simulated': def(
    'info',
    { en: "'mapping {name}' is recorded but not simulated", ko: "'mapping {name}'은(는) 기록만 하고 시뮬레이션하지 않습니다" },
    undefined,
    {
      en: 'mapping stanzas choose a logical interface with a script at ifup time. The simulation has no scripts, so the stanza is kept but has no effect.',
      ko: 'mapping 스탠자는 ifup 시점에 스크립트로 논리 인터페이스를 고릅니다. 시뮬레이션에는 스크립트가 없으므로 스탠자는 남겨 두지만 효과는 없습니다.',
    },
  ),
  'cfg.inline_comment': def(
    'error',
    {
      en: "'{text}' is read as part of the {name} value: '#' starts a comment only at the beginning of a line",
      ko: "'{text}'이(가) {name} 값의 일부로 읽힙니다. '#'은 줄 맨 앞에 있을 때만 주석입니다",
    },
    { en: 'move the comment to its own line', ko: '주석은 따로 한 줄로 옮기세요' },
    {
      en: 'ifupdown and ifupdown2 treat a line as a comment only when it starts with #. After an option, # and the words behind it are more values: "bridge-ports eno1 # uplink" asks for the ports eno1, # and uplink, and "address 192.168.10.2/24 # main" for an address named #. Commands (post-up ...) are the exception, because the shell that runs them drops the comment.',
      ko: 'ifupdown과 ifupdown2는 #으로 시작하는 줄만 주석으로 봅니다. 옵션 뒤에 쓴 #과 그 뒤의 단어는 값이 됩니다. "bridge-ports eno1 # uplink"는 eno1, #, uplink라는 포트 세 개를, "address 192.168.10.2/24 # main"은 #이라는 주소를 달라는 뜻이 됩니다. post-up 같은 명령은 예외입니다. 명령을 실행하는 셸이 주석을 버리기 때문입니다.',
    },
  ),
  'cfg.unknown_option': def(
    'warning',
    { en: "unknown option '{name}'", ko: "'{name}'은(는) 알 수 없는 옵션입니다" },
    { en: "did you mean '{suggestion}'?", ko: "혹시 '{suggestion}'인가요?" },
    {
      en: 'ifupdown2 does not know this option and prints "unsupported attribute"; the interface comes up without it. A typo in bridge-ports or bond-slaves silently leaves the bridge or bond without ports.',
      ko: 'ifupdown2가 모르는 옵션이라 "unsupported attribute" 경고를 내고, 인터페이스는 이 옵션 없이 올라옵니다. bridge-ports나 bond-slaves에 오타가 나면 브리지나 본드가 포트 없이 조용히 올라옵니다.',
    },
  ),
  'cfg.option_not_simulated': def(
    'info',
    { en: "'{name}' is a known ifupdown option; the simulation does not model it", ko: "'{name}' 옵션은 ifupdown이 아는 옵션이지만 시뮬레이션에서는 다루지 않습니다" },
    undefined,
    {
      en: 'The option is documented in interfaces(5), by ifupdown2 or by a Debian package that extends ifupdown (resolvconf, ethtool, ifenslave, bridge-utils, vlan, wpasupplicant), so the real host accepts it. It changes nothing the course simulates (DNS servers, offloads, STP timers, wifi keys ...), so the simulated host behaves as if the line were not there. Reported once per option name.',
      ko: '이 옵션은 interfaces(5), ifupdown2, 또는 ifupdown을 확장하는 데비안 패키지(resolvconf, ethtool, ifenslave, bridge-utils, vlan, wpasupplicant)에 문서화되어 있어서 실제 호스트는 그대로 받아들입니다. 다만 DNS 서버, 오프로드, STP 타이머, 무선 키처럼 이 강좌가 시뮬레이션하지 않는 부분만 바꾸므로, 시뮬레이션 호스트는 이 줄이 없는 것처럼 동작합니다. 옵션 이름마다 한 번만 알려 줍니다.',
    },
  ),
  'cfg.template_not_defined': def(
    'error',
    { en: "'{iface}' inherits '{name}', but no 'iface {name} {family}' stanza is defined", ko: "'{iface}'이(가) '{name}'을(를) 상속하는데 'iface {name} {family}' 스탠자가 없습니다" },
    { en: "define the template stanza, or remove 'inherits {name}'", ko: "템플릿 스탠자를 정의하거나 'inherits {name}'을(를) 지우세요" },
    {
      en: 'interfaces(5) lets a stanza copy the options of another one of the same family with "iface eth0 inet static inherits ethernet". ifup refuses the whole file when the template it names does not exist.',
      ko: 'interfaces(5)에서는 "iface eth0 inet static inherits ethernet"처럼 같은 주소 체계의 다른 스탠자 옵션을 물려받을 수 있습니다. 이름이 가리키는 템플릿이 없으면 ifup은 파일 전체를 거부합니다.',
    },
  ),
  'cfg.port_pattern_not_expanded': def(
    'info',
    { en: "{name} of '{owner}' picks ports by pattern; the simulation does not expand it", ko: "'{owner}'의 {name}은(는) 패턴으로 포트를 고릅니다. 시뮬레이션에서는 패턴을 펼치지 않습니다" },
    { en: 'list the ports by name to simulate them', ko: '시뮬레이션하려면 포트 이름을 직접 나열하세요' },
    {
      en: 'bridge-utils accepts "bridge_ports all" (every ethN NIC) and "regex ETH.*", and ifupdown2 accepts "glob" and "regex" in bridge-ports and bond-slaves. They are expanded against the NICs the kernel has at ifup time, which a checker cannot know, so those ports are left out of the simulated bridge or bond. Ports listed by name still count.',
      ko: 'bridge-utils는 "bridge_ports all"(ethN NIC 전부)과 "regex ETH.*"를, ifupdown2는 bridge-ports와 bond-slaves에서 "glob"과 "regex"를 받아들입니다. 이런 패턴은 ifup 시점에 커널에 있는 NIC를 기준으로 펼쳐지는데, 검사기는 그 목록을 알 수 없어서 시뮬레이션하는 브리지나 본드에서는 빠집니다. 이름으로 적은 포트는 그대로 들어갑니다.',
    },
  ),
  'cfg.ovs_not_simulated': def(
    'info',
    { en: "Open vSwitch option '{name}' is recorded but not simulated", ko: "Open vSwitch 옵션 '{name}'은(는) 기록만 하고 시뮬레이션하지 않습니다" },
    undefined,
    {
      en: 'Proxmox can use Open vSwitch (ovs_type, ovs_ports, ...) instead of Linux bridges. The course simulates Linux bridges and bonds only.',
      ko: 'Proxmox는 리눅스 브리지 대신 Open vSwitch(ovs_type, ovs_ports 등)를 쓸 수도 있습니다. 이 강좌는 리눅스 브리지와 본딩만 시뮬레이션합니다.',
    },
  ),
  'cfg.inet6_not_simulated': def(
    'info',
    { en: "IPv6 stanza for '{name}' is checked but not simulated", ko: "'{name}'의 IPv6 스탠자는 검사만 하고 시뮬레이션하지 않습니다" },
    undefined,
    {
      en: 'The simulation kernel models IPv4 only. inet6 stanzas are parsed and their addresses checked, and are otherwise ignored.',
      ko: '시뮬레이션 커널은 IPv4만 다룹니다. inet6 스탠자는 구문과 주소만 검사하고 나머지는 무시합니다.',
    },
  ),
  'cfg.dhcp_not_simulated': def(
    'info',
    { en: "'{name}' uses DHCP; the simulation gives it no address", ko: "'{name}'은(는) DHCP를 씁니다. 시뮬레이션에서는 주소를 받지 않습니다" },
    { en: 'use inet static with an address to simulate it', ko: '시뮬레이션하려면 inet static과 address를 쓰세요' },
    {
      en: 'There is no DHCP server in the simulated world, so an interface with the dhcp method stays without an IPv4 address.',
      ko: '시뮬레이션 세계에는 DHCP 서버가 없어서 dhcp 방식 인터페이스는 IPv4 주소 없이 남습니다.',
    },
  ),
  // ---- values ----
  'cfg.bad_address': def(
    'error',
    { en: "'{value}' is not a valid IPv4 address", ko: "'{value}'은(는) 올바른 IPv4 주소가 아닙니다" },
    { en: 'write it as A.B.C.D/PREFIX, for example 192.168.10.2/24', ko: 'A.B.C.D/프리픽스 형식으로 쓰세요. 예: 192.168.10.2/24' },
    {
      en: 'An IPv4 address is four numbers 0-255 separated by dots, optionally followed by /PREFIX (0-32). Leading zeros are not allowed: Linux tools read them as octal.',
      ko: 'IPv4 주소는 0~255 사이 숫자 네 개를 점으로 이은 것이고, 뒤에 /프리픽스(0~32)를 붙일 수 있습니다. 앞에 0을 붙이면 리눅스 도구가 8진수로 읽기 때문에 허용하지 않습니다.',
    },
  ),
  'cfg.ipv6_address_not_simulated': def(
    'info',
    { en: "IPv6 address {value} on '{name}' is accepted but not simulated", ko: "'{name}'의 IPv6 주소 {value}은(는) 유효하지만 시뮬레이션하지 않습니다" },
    undefined,
    {
      en: 'ifupdown2 reads the family from each address, so an IPv6 address or gateway may sit in an inet stanza or in one without a family ("iface lo" with "address ::1/128"). The simulation kernel models IPv4 only and leaves it out.',
      ko: 'ifupdown2는 주소마다 주소 체계를 알아서 판단하므로, IPv6 주소나 게이트웨이를 inet 스탠자나 주소 체계 없는 스탠자("iface lo"에 "address ::1/128")에 써도 됩니다. 시뮬레이션 커널은 IPv4만 다루므로 이 주소는 빼고 진행합니다.',
    },
  ),
  'cfg.bad_ipv6_address': def(
    'error',
    { en: "'{value}' is not a valid IPv6 address", ko: "'{value}'은(는) 올바른 IPv6 주소가 아닙니다" },
    { en: 'for example 2001:db8::2/64', ko: '예: 2001:db8::2/64' },
    {
      en: 'inet6 stanzas take IPv6 addresses: up to eight groups of hex digits separated by colons, "::" once for a run of zeros, optionally /PREFIX (0-128).',
      ko: 'inet6 스탠자에는 IPv6 주소를 씁니다. 16진수 그룹 최대 여덟 개를 콜론으로 잇고, 0이 이어지는 부분은 "::"로 한 번 줄일 수 있으며, /프리픽스(0~128)를 붙일 수 있습니다.',
    },
  ),
  'cfg.bad_netmask': def(
    'error',
    { en: "'{value}' is not a valid netmask", ko: "'{value}'은(는) 올바른 넷마스크가 아닙니다" },
    { en: 'use a contiguous mask like 255.255.255.0, or a prefix length like 24', ko: '255.255.255.0처럼 연속된 마스크나 24 같은 프리픽스 길이를 쓰세요' },
    {
      en: 'A netmask has all its one bits first: 255.255.255.0 is /24. Masks with holes such as 255.0.255.0 are not accepted by Linux.',
      ko: '넷마스크는 1인 비트가 앞쪽에 연속으로 있어야 합니다. 255.255.255.0은 /24입니다. 255.0.255.0처럼 중간이 빈 마스크는 리눅스가 받아들이지 않습니다.',
    },
  ),
  'cfg.netmask_without_address': def(
    'warning',
    { en: "'netmask' without an 'address' in this stanza", ko: "이 스탠자에 'address' 없이 'netmask'만 있습니다" },
    undefined,
    {
      en: 'netmask completes an address written without /PREFIX. On its own it does nothing.',
      ko: 'netmask는 /프리픽스 없이 쓴 address를 보완합니다. 혼자서는 아무 일도 하지 않습니다.',
    },
  ),
  'cfg.netmask_conflict': def(
    'warning',
    { en: "'netmask' is ignored: '{value}' already has a prefix", ko: "'{value}'에 이미 프리픽스가 있어서 'netmask'는 무시됩니다" },
    { en: 'keep one of the two', ko: '둘 중 하나만 남기세요' },
    {
      en: 'When the address is written in CIDR form (A.B.C.D/N) the prefix wins and netmask has no effect.',
      ko: '주소를 CIDR 형식(A.B.C.D/N)으로 쓰면 그 프리픽스가 우선하고 netmask는 효과가 없습니다.',
    },
  ),
  'cfg.address_without_prefix': def(
    'warning',
    { en: "address '{value}' has no prefix length and no netmask; it is treated as /32", ko: "주소 '{value}'에 프리픽스 길이도 netmask도 없어서 /32로 처리합니다" },
    { en: "add /PREFIX (for example {value}/24) or a 'netmask' line", ko: "/프리픽스(예: {value}/24)를 붙이거나 'netmask' 줄을 추가하세요" },
    {
      en: 'Without a prefix the host has no on-link subnet for this address: only the address itself is local, and the gateway usually becomes unreachable.',
      ko: '프리픽스가 없으면 이 주소에 연결된 서브넷이 없어서 주소 자신만 로컬이 되고, 보통 게이트웨이에 닿을 수 없게 됩니다.',
    },
  ),
  'cfg.address_is_network': def(
    'warning',
    { en: "'{value}' is the {which} address of its subnet", ko: "'{value}'은(는) 서브넷의 {which} 주소입니다" },
    { en: 'pick a host address inside the subnet', ko: '서브넷 안의 호스트 주소를 고르세요' },
    {
      en: 'The first address of a subnet names the network and the last is its broadcast address; neither should be given to an interface (except in /31 and /32).',
      ko: '서브넷의 첫 주소는 네트워크 자체를, 마지막 주소는 브로드캐스트를 뜻하므로 인터페이스에 주면 안 됩니다(/31, /32는 예외).',
    },
  ),
  'cfg.bad_gateway': def(
    'error',
    { en: "gateway '{value}' is not an IPv4 address", ko: "게이트웨이 '{value}'은(는) IPv4 주소가 아닙니다" },
    { en: 'a gateway is a single address without a prefix, for example 192.168.10.1', ko: '게이트웨이는 프리픽스 없는 주소 하나입니다. 예: 192.168.10.1' },
    {
      en: 'gateway installs the default route via this address. It must be a plain address on one of the interface\'s subnets.',
      ko: 'gateway는 이 주소를 거치는 기본 경로를 만듭니다. 인터페이스 서브넷 안에 있는 프리픽스 없는 주소여야 합니다.',
    },
  ),
  'cfg.gateway_not_on_link': def(
    'warning',
    { en: "gateway {value} is not inside any subnet of '{name}'", ko: "게이트웨이 {value}이(가) '{name}'의 어느 서브넷에도 속하지 않습니다" },
    {
      en: "ifupdown2 adds the route anyway (onlink) and the host looks for {value} by ARP on this link; check the address prefix and the gateway",
      ko: "ifupdown2는 경로를 그래도(onlink) 추가하고, 호스트는 이 링크에서 ARP로 {value}을(를) 찾습니다. 주소의 프리픽스와 게이트웨이를 확인하세요",
    },
    {
      en: 'A next hop must be reachable directly on the link. ifupdown2 (Proxmox VE 7 and later) adds the default route with "onlink", so the kernel accepts a gateway outside the interface\'s subnets and simply asks for it by ARP on that link. Providers that give a single /32 address rely on this (or on pointopoint); with a wider prefix, a gateway outside it is usually a typo and nothing answers the ARP. Plain "ip route add ... via" without onlink is refused with "Nexthop has invalid gateway".',
      ko: '다음 홉은 링크에서 바로 닿을 수 있어야 합니다. ifupdown2(Proxmox VE 7 이후)는 기본 경로를 "onlink"로 추가하므로, 인터페이스의 서브넷 밖에 있는 게이트웨이도 커널이 받아들이고 그 링크에서 ARP로 찾습니다. /32 주소 하나만 주는 호스팅 업체는 이 동작(또는 pointopoint)에 기댑니다. 프리픽스가 더 넓은데 게이트웨이가 그 밖에 있다면 대개 오타이고, ARP에 아무도 답하지 않습니다. onlink 없이 "ip route add ... via"로 넣으면 "Nexthop has invalid gateway"로 거부됩니다.',
    },
  ),
  'cfg.bad_mtu': def(
    'error',
    { en: "MTU '{value}' is out of range", ko: "MTU '{value}'이(가) 범위를 벗어났습니다" },
    { en: 'use a whole number from 68 to 65535 (1500 is standard, 9000 for jumbo frames)', ko: '68~65535 사이 정수를 쓰세요(보통 1500, 점보 프레임은 9000)' },
    {
      en: 'The MTU is the largest IP packet an interface sends without fragmenting. Linux accepts 68 to 65535 for IPv4.',
      ko: 'MTU는 인터페이스가 조각내지 않고 보내는 가장 큰 IP 패킷 크기입니다. 리눅스는 IPv4에서 68~65535를 받아들입니다.',
    },
  ),
  'cfg.bad_mac': def(
    'error',
    { en: "'{value}' is not a MAC address", ko: "'{value}'은(는) MAC 주소가 아닙니다" },
    { en: 'six two-digit hex numbers separated by colons, for example BC:24:11:3A:5C:01', ko: '두 자리 16진수 여섯 개를 콜론으로 이어 쓰세요. 예: BC:24:11:3A:5C:01' },
    {
      en: 'A MAC address is 48 bits written as six hex bytes. Its lowest bit of the first byte must be 0 for a unicast interface address.',
      ko: 'MAC 주소는 48비트를 16진수 바이트 여섯 개로 쓴 것입니다. 인터페이스 주소로 쓰려면 첫 바이트의 최하위 비트가 0(유니캐스트)이어야 합니다.',
    },
  ),
  'cfg.bad_bool': def(
    'error',
    { en: "'{value}' is not a valid value for {name}", ko: "'{value}'은(는) {name}에 쓸 수 없는 값입니다" },
    { en: 'use on/off (yes/no also work)', ko: 'on/off를 쓰세요(yes/no도 됩니다)' },
    {
      en: 'Switch-like options (bridge-stp, bridge-vlan-aware ...) take on/off, yes/no or 1/0.',
      ko: 'bridge-stp, bridge-vlan-aware처럼 켜고 끄는 옵션에는 on/off, yes/no, 1/0을 씁니다.',
    },
  ),
  'cfg.bad_number': def(
    'error',
    { en: "'{value}' is not a valid value for {name}", ko: "'{value}'은(는) {name}에 쓸 수 없는 값입니다" },
    { en: 'expected a whole number from {min} to {max}', ko: '{min}~{max} 사이 정수를 쓰세요' },
    {
      en: 'Timers and counters (bridge-fd, bridge-ageing, bond-miimon, ...) are whole numbers within the range the kernel accepts.',
      ko: 'bridge-fd, bridge-ageing, bond-miimon 같은 타이머와 카운터는 커널이 받아들이는 범위 안의 정수여야 합니다.',
    },
  ),
  'cfg.bad_vids': def(
    'error',
    { en: "'{value}' is not a valid VLAN list", ko: "'{value}'은(는) 올바른 VLAN 목록이 아닙니다" },
    { en: 'list VLAN ids 1-4094 or ranges like 2-4094, separated by spaces', ko: '1~4094 사이 VLAN ID나 2-4094 같은 범위를 공백으로 구분해 쓰세요' },
    {
      en: 'bridge-vids lists the VLANs a VLAN-aware bridge port carries. VLAN 0 and 4095 are reserved.',
      ko: 'bridge-vids는 VLAN 인식 브리지의 포트가 전달할 VLAN 목록입니다. VLAN 0과 4095는 예약되어 있습니다.',
    },
  ),
  'cfg.bad_bond_mode': def(
    'error',
    { en: "unknown bond mode '{value}'", ko: "'{value}'은(는) 알 수 없는 본딩 모드입니다" },
    { en: "did you mean '{suggestion}'? Modes: balance-rr (0), active-backup (1), balance-xor (2), broadcast (3), 802.3ad (4), balance-tlb (5), balance-alb (6)", ko: "혹시 '{suggestion}'인가요? 모드: balance-rr(0), active-backup(1), balance-xor(2), broadcast(3), 802.3ad(4), balance-tlb(5), balance-alb(6)" },
    {
      en: 'The Linux bonding driver knows seven modes, by name or number: balance-rr (0), active-backup (1), balance-xor (2), broadcast (3), 802.3ad (4, LACP), balance-tlb (5), balance-alb (6).',
      ko: '리눅스 본딩 드라이버에는 이름이나 번호로 지정하는 모드가 일곱 가지 있습니다: balance-rr(0), active-backup(1), balance-xor(2), broadcast(3), 802.3ad(4, LACP), balance-tlb(5), balance-alb(6).',
    },
  ),
  'cfg.bad_hash_policy': def(
    'error',
    { en: "unknown transmit hash policy '{value}'", ko: "'{value}'은(는) 알 수 없는 전송 해시 정책입니다" },
    { en: "did you mean '{suggestion}'? Policies: layer2, layer2+3, layer3+4, encap2+3, encap3+4, vlan+srcmac", ko: "혹시 '{suggestion}'인가요? 정책: layer2, layer2+3, layer3+4, encap2+3, encap3+4, vlan+srcmac" },
    {
      en: 'bond-xmit-hash-policy picks which header fields decide the slave of a flow: layer2 (MACs, the default), layer2+3 (MACs and IPs), layer3+4 (IPs and ports).',
      ko: 'bond-xmit-hash-policy는 흐름이 어느 슬레이브로 나갈지 정할 때 볼 헤더 필드를 고릅니다: layer2(MAC, 기본값), layer2+3(MAC과 IP), layer3+4(IP와 포트).',
    },
  ),
  'cfg.bad_lacp_rate': def(
    'error',
    { en: "'{value}' is not a valid LACP rate", ko: "'{value}'은(는) 올바른 LACP 속도가 아닙니다" },
    { en: 'use slow (LACPDU every 30 s) or fast (every 1 s)', ko: 'slow(30초마다 LACPDU) 또는 fast(1초마다)를 쓰세요' },
    {
      en: 'bond-lacp-rate asks the partner to send LACPDUs slowly (every 30 s, the default) or fast (every second), which decides how quickly a dead link is noticed by LACP.',
      ko: 'bond-lacp-rate는 상대에게 LACPDU를 느리게(30초마다, 기본값) 또는 빠르게(1초마다) 보내 달라고 요청합니다. LACP가 죽은 링크를 얼마나 빨리 알아채는지가 여기서 정해집니다.',
    },
  ),
  // ---- structure ----
  'cfg.port_not_defined': def(
    'error',
    { en: "'{port}' (in {option} of {owner}) is not defined in this file", ko: "'{port}'({owner}의 {option})이(가) 이 파일에 정의되어 있지 않습니다" },
    { en: "add an 'iface {port} inet manual' stanza for it", ko: "'iface {port} inet manual' 스탠자를 추가하세요" },
    {
      en: 'Bridges, bonds and VLAN devices are created by ifupdown2 from their own stanza. A bridge port or bond slave that is such a virtual device but has no stanza does not exist, so the bridge or bond comes up without it.',
      ko: '브리지, 본드, VLAN 장치는 ifupdown2가 각자의 스탠자를 보고 만듭니다. 이런 가상 장치를 브리지 포트나 본드 슬레이브로 적었는데 스탠자가 없으면 장치가 존재하지 않아서, 브리지나 본드가 그 포트 없이 올라옵니다.',
    },
  ),
  'cfg.port_assumed_physical': def(
    'info',
    { en: "no stanza for '{port}' (in {option} of {owner}); it is taken to be a NIC of the machine (or a VLAN on one)", ko: "'{port}'({owner}의 {option})의 스탠자가 없어서 이 장비의 NIC(또는 그 위의 VLAN)로 간주합니다" },
    { en: "Proxmox writes 'iface {port} inet manual' for each NIC", ko: "Proxmox는 NIC마다 'iface {port} inet manual'을 씁니다" },
    {
      en: 'Physical NICs exist without configuration, so a bridge port such as eno1 works without a stanza. Proxmox still writes one per NIC so that the GUI can show it.',
      ko: '물리 NIC는 설정 없이도 존재하므로 eno1 같은 브리지 포트는 스탠자가 없어도 동작합니다. 그래도 Proxmox는 GUI에 보여 주려고 NIC마다 스탠자를 씁니다.',
    },
  ),
  'cfg.port_dummy_without_stanza': def(
    'warning',
    {
      en: "'{port}' (in {option} of {owner}) has no stanza; it exists only if the dummy kernel module is loaded",
      ko: "'{port}'({owner}의 {option})에 스탠자가 없습니다. dummy 커널 모듈이 올라와 있을 때만 존재하는 장치입니다",
    },
    {
      en: "add 'iface {port} inet manual' with 'link-type dummy' so ifupdown2 creates it",
      ko: "ifupdown2가 직접 만들도록 'iface {port} inet manual' 스탠자에 'link-type dummy'를 넣으세요",
    },
    {
      en: 'Older hosting guides give an isolated bridge a dummy0 port and rely on "dummy" in /etc/modules, which creates dummy0 at boot. Without the module the bridge port is missing and ifupdown2 reports it. A stanza with link-type dummy makes the file say what it needs.',
      ko: '예전 호스팅 가이드는 외부와 연결되지 않은 브리지에 dummy0 포트를 달고, /etc/modules에 dummy를 넣어 부팅 때 dummy0이 생기는 데 기댑니다. 모듈이 없으면 브리지 포트가 없어서 ifupdown2가 오류를 냅니다. link-type dummy 스탠자를 쓰면 파일만 보고도 무엇이 필요한지 알 수 있습니다.',
    },
  ),
  'cfg.port_has_address': def(
    'error',
    { en: "'{port}' is a port of {owner} but also has an IPv4 address", ko: "'{port}'은(는) {owner}의 포트인데 IPv4 주소도 가지고 있습니다" },
    { en: 'move the address to {owner} and make {port} inet manual', ko: '주소를 {owner}(으)로 옮기고 {port}은(는) inet manual로 바꾸세요' },
    {
      en: 'Once a NIC is a bridge port or bond slave, the kernel hands every frame it receives to the bridge or bond; an IP address left on the port is never reached. The address belongs on the bridge (vmbr0) or bond.',
      ko: 'NIC가 브리지 포트나 본드 슬레이브가 되면 커널은 그 NIC로 들어온 프레임을 모두 브리지나 본드에 넘깁니다. 그래서 포트에 남겨 둔 IP 주소로는 아무것도 닿지 않습니다. 주소는 브리지(vmbr0)나 본드에 두어야 합니다.',
    },
  ),
  'cfg.wifi_bridge_port': def(
    'warning',
    { en: "Wi-Fi interface '{port}' cannot be a port of bridge {owner}", ko: "무선 인터페이스 '{port}'은(는) 브리지 {owner}의 포트가 될 수 없습니다" },
    {
      en: "Linux refuses it ('Device does not allow enslaving to a bridge'); give {owner} no port and route or NAT the guests out through '{port}' instead",
      ko: "리눅스가 거부합니다('Device does not allow enslaving to a bridge'). {owner}에는 포트를 두지 말고, 게스트 트래픽은 '{port}'을(를) 통해 라우팅이나 NAT로 내보내세요",
    },
    {
      en: 'A Wi-Fi card in client (station) mode may only send frames with its own MAC as the source, because the access point knows just that one address. The kernel therefore marks such an interface as not bridgeable unless 4-address mode (WDS) is on, which few access points accept, and adding it to a bridge fails with "Device does not allow enslaving to a bridge". This is the one-MAC limit of a hosting provider in another shape, and the answer is the same: a bridge without ports for the guests, and routing or NAT out of the Wi-Fi interface.',
      ko: '클라이언트(스테이션) 모드의 무선 랜카드는 자기 MAC을 출발지로 한 프레임만 보낼 수 있습니다. 액세스 포인트가 아는 주소가 그것 하나뿐이기 때문입니다. 그래서 커널은 4주소 모드(WDS)가 켜져 있지 않으면 이런 인터페이스를 브리지에 넣을 수 없다고 표시하고, 브리지에 추가하면 "Device does not allow enslaving to a bridge" 오류가 납니다. 호스팅 업체가 MAC 하나만 받아 주는 것과 같은 제약이라 해결책도 같습니다. 게스트용 브리지는 포트 없이 두고, 무선 인터페이스로는 라우팅이나 NAT로 내보냅니다.',
    },
  ),
  'cfg.port_in_two_masters': def(
    'error',
    { en: "'{port}' is used by both {first} and {second}", ko: "'{port}'을(를) {first}와(과) {second}이(가) 함께 쓰고 있습니다" },
    { en: 'an interface can be a port of one bridge or one bond only', ko: '인터페이스 하나는 브리지 하나나 본드 하나의 포트만 될 수 있습니다' },
    {
      en: 'A Linux interface has at most one master. Enslaving it a second time fails with "Device or resource busy", and whichever comes up second is left without that port.',
      ko: '리눅스 인터페이스에는 마스터가 하나뿐입니다. 두 번째로 연결하려고 하면 "Device or resource busy"로 실패하고, 나중에 올라온 쪽은 그 포트 없이 남습니다.',
    },
  ),
  'cfg.port_is_self': def(
    'error',
    { en: "'{port}' lists itself in {option}", ko: "'{port}'이(가) {option}에 자기 자신을 적었습니다" },
    undefined,
    {
      en: 'A bridge or bond cannot be its own port.',
      ko: '브리지나 본드는 자기 자신을 포트로 가질 수 없습니다.',
    },
  ),
  'cfg.two_default_gateways': def(
    'error',
    { en: "second default gateway: {name} sets one, but {other} already did at line {line}", ko: "기본 게이트웨이가 두 개입니다: {name}에서 설정했는데 {line}번 줄의 {other}에서 이미 설정했습니다" },
    { en: 'keep one gateway line; reach other networks with explicit routes', ko: '게이트웨이 줄은 하나만 남기고, 다른 네트워크는 경로를 따로 추가하세요' },
    {
      en: 'Each gateway line installs a default route, and there is room for one (unless the stanzas set different metrics). ifupdown2, which Proxmox VE uses, writes it with "ip route replace", so the second silently replaces the first, and which one wins depends on the order the interfaces come up. Classic ifupdown uses "ip route add" and the second fails with "RTNETLINK answers: File exists".',
      ko: 'gateway 줄마다 기본 경로를 넣는데, 기본 경로는 하나만 들어갑니다(스탠자마다 metric을 다르게 준 경우는 예외입니다). Proxmox VE가 쓰는 ifupdown2는 "ip route replace"로 넣기 때문에 두 번째가 첫 번째를 조용히 덮어쓰고, 어느 쪽이 남을지는 인터페이스가 올라오는 순서에 달려 있습니다. 예전 ifupdown은 "ip route add"를 써서 두 번째가 "RTNETLINK answers: File exists"로 실패합니다.',
    },
  ),
  'cfg.overlapping_subnets': def(
    'warning',
    { en: "{cidr} on {name} overlaps {otherCidr} on {other}", ko: "{name}의 {cidr}이(가) {other}의 {otherCidr}와(과) 겹칩니다" },
    { en: 'give each interface its own subnet', ko: '인터페이스마다 서로 다른 서브넷을 주세요' },
    {
      en: 'With the same subnet on two interfaces the kernel has two connected routes for it and picks one; replies may leave through the wrong interface.',
      ko: '같은 서브넷이 두 인터페이스에 있으면 커널에는 연결 경로가 두 개 생기고 그중 하나만 씁니다. 응답이 엉뚱한 인터페이스로 나갈 수 있습니다.',
    },
  ),
  'cfg.duplicate_address': def(
    'warning',
    { en: "address {value} is on both {name} and {other}", ko: "주소 {value}이(가) {name}와(과) {other}에 모두 있습니다" },
    undefined,
    {
      en: 'Linux accepts one IPv4 address on two interfaces, but ARP may then answer for it on either and the connected routes compete; unless it is deliberate (some macvlan set-ups do it), the second assignment is usually a copy-paste slip.',
      ko: '리눅스는 같은 IPv4 주소를 두 인터페이스에 붙이는 것을 막지 않지만, 그러면 어느 쪽에서든 ARP 응답이 나갈 수 있고 연결된 경로끼리 겹칩니다. 일부 macvlan 구성처럼 일부러 그런 게 아니라면 대개 복사해 붙여 넣다 생긴 실수입니다.',
    },
  ),
  'cfg.rule_unknown_interface': def(
    'warning',
    { en: "iptables rule matches {flag} {name}, which is not defined in this file", ko: "iptables 규칙이 {flag} {name}을(를) 쓰는데, 이 인터페이스가 파일에 정의되어 있지 않습니다" },
    { en: 'the rule never matches until such an interface exists; check the name', ko: '그런 인터페이스가 생기기 전까지 규칙은 절대 맞지 않습니다. 이름을 확인하세요' },
    {
      en: 'iptables accepts any interface name, so a typo in -i/-o is not an error there: the rule just never matches, and NAT silently does nothing. Names ending in + are wildcards (fwbr+ matches the firewall bridges Proxmox creates).',
      ko: 'iptables는 어떤 인터페이스 이름이든 받아들이므로 -i/-o의 오타는 거기서 오류가 나지 않습니다. 규칙이 그냥 맞지 않아서 NAT가 조용히 아무 일도 하지 않습니다. +로 끝나는 이름은 와일드카드입니다(fwbr+는 Proxmox가 만드는 방화벽 브리지에 맞습니다).',
    },
  ),
  'cfg.rule_bridge_port': def(
    'warning',
    {
      en: "iptables rule matches {flag} {name}, but {name} is a port of {master}: routed packets carry {device} as their interface, so the rule never matches",
      ko: "iptables 규칙이 {flag} {name}을(를) 쓰는데, {name}은(는) {master}의 포트입니다. 라우팅되는 패킷의 인터페이스는 {device}이므로 이 규칙은 절대 맞지 않습니다",
    },
    { en: 'write {flag} {device}', ko: '{flag} {device}(으)로 고치세요' },
    {
      en: "Once a NIC is enslaved to a bridge (or a bond), the IP layer sees only the bridge: packets are routed in from and out to vmbr0, never eno1, and iptables' -i/-o compare against that name in every table (with br_netfilter, bridged packets show the bridge there too). iptables accepts the rule, which then silently never matches: MASQUERADE -o eno1 with eno1 in vmbr0 lets the guests' traffic leave untranslated, and the replies never come back (checked against real Linux in conformance scenario 37). When the public address is on vmbr0, -o vmbr0 is right. To match the physical port of bridged traffic, use -m physdev --physdev-out eno1 instead.",
      ko: "NIC를 브리지(또는 본드)에 넣으면 IP 계층에는 브리지만 보입니다. 패킷은 eno1이 아니라 vmbr0으로 들어오고 vmbr0으로 나가며, iptables의 -i/-o는 모든 테이블에서 이 이름과 비교합니다(br_netfilter로 브리지되는 패킷도 여기에는 브리지 이름이 보입니다). iptables는 규칙을 받아들이지만 규칙은 조용히 한 번도 맞지 않습니다. eno1이 vmbr0에 들어 있는데 MASQUERADE -o eno1을 쓰면 게스트 트래픽이 변환되지 않은 채 나가고 응답은 돌아오지 않습니다(실제 리눅스와 비교한 conformance 시나리오 37). 공인 주소가 vmbr0에 있다면 -o vmbr0이 맞습니다. 브리지되는 트래픽의 물리 포트를 가려내려면 -m physdev --physdev-out eno1을 쓰세요.",
    },
  ),
  'cfg.nat_without_ip_forward': def(
    'warning',
    { en: 'NAT rules are set up but nothing turns on IP forwarding', ko: 'NAT 규칙은 있는데 IP 포워딩을 켜는 설정이 없습니다' },
    { en: "add 'post-up echo 1 > /proc/sys/net/ipv4/ip_forward' (or set net.ipv4.ip_forward=1 in /etc/sysctl.conf)", ko: "'post-up echo 1 > /proc/sys/net/ipv4/ip_forward'를 추가하세요(또는 /etc/sysctl.conf에 net.ipv4.ip_forward=1)" },
    {
      en: "With net.ipv4.ip_forward at 0 the host drops every packet not addressed to itself, so guests behind NAT reach nothing even though the MASQUERADE rule is right. One subtlety: ifupdown2 (Proxmox VE's default since 7.0) also sets the per-bridge flag net.ipv4.conf.BRIDGE.forwarding=1 on bridges that have an address, so a host whose uplink and guest network are both such bridges may forward without this line. The simulation, like classic ifupdown, counts only what the file writes; write the line anyway, it is the documented set-up and does not depend on that.",
      ko: 'net.ipv4.ip_forward가 0이면 호스트는 자기 앞으로 오지 않은 패킷을 모두 버립니다. MASQUERADE 규칙이 맞아도 NAT 뒤의 게스트는 아무 데도 나가지 못합니다. 덧붙이면, Proxmox VE 7.0부터 기본인 ifupdown2는 주소가 있는 브리지에 브리지별 값 net.ipv4.conf.BRIDGE.forwarding=1을 따로 써 둡니다. 그래서 업링크와 게스트 네트워크가 모두 그런 브리지라면 이 줄 없이도 포워딩될 수 있습니다. 시뮬레이션은 예전 ifupdown처럼 파일에 적힌 것만 반영합니다. 문서에 나온 구성이고 그런 세부 동작에 기대지 않으므로 이 줄은 그대로 적어 두세요.',
    },
  ),
  'cfg.ip_forward_in_sysctl_files': def(
    'info',
    {
      en: 'NAT or routed guests need IP forwarding, which this file leaves to the sysctl files loaded here',
      ko: 'NAT나 라우팅되는 게스트에는 IP 포워딩이 필요한데, 이 파일은 그 설정을 여기서 읽어 들이는 sysctl 파일에 맡깁니다',
    },
    {
      en: "check that /etc/sysctl.conf (or a file in /etc/sysctl.d) has 'net.ipv4.ip_forward=1'",
      ko: "/etc/sysctl.conf(또는 /etc/sysctl.d 안의 파일)에 'net.ipv4.ip_forward=1'이 있는지 확인하세요",
    },
    {
      en: '"sysctl -p" loads /etc/sysctl.conf and "sysctl --system" every file in /etc/sysctl.d; both are common in hosting images (Hetzner\'s installimage writes "up sysctl -p"). The checker sees only this file, so it cannot tell whether net.ipv4.ip_forward=1 is set there. Without it the host drops every packet it should forward.',
      ko: '"sysctl -p"는 /etc/sysctl.conf를, "sysctl --system"은 /etc/sysctl.d의 모든 파일을 읽어 들입니다. 호스팅 업체 이미지에 흔하게 들어 있습니다(Hetzner의 installimage는 "up sysctl -p"를 씁니다). 검사기는 이 파일만 보므로 거기에 net.ipv4.ip_forward=1이 있는지는 알 수 없습니다. 없다면 호스트는 포워딩해야 할 패킷을 모두 버립니다.',
    },
  ),
  'cfg.forwarding_partly_on': def(
    'warning',
    {
      en: 'IP forwarding is on only for {on}; packets arriving on {off} are not forwarded',
      ko: 'IP 포워딩이 {on}에만 켜져 있어 {off}(으)로 들어오는 패킷은 포워딩되지 않습니다',
    },
    {
      en: "turn it on for {off} as well ({sysctl}), or for every interface with 'echo 1 > /proc/sys/net/ipv4/ip_forward'",
      ko: "{off}에도 켜거나({sysctl}), 'echo 1 > /proc/sys/net/ipv4/ip_forward'로 모든 인터페이스에 켜세요",
    },
    {
      en: "Linux decides whether to forward a packet by the interface it arrives on. A NAT or routed guest's packets arrive on its bridge and the answers on the uplink, so both need forwarding; writing ip_forward turns it on for all interfaces at once.",
      ko: '리눅스는 패킷이 들어온 인터페이스를 보고 포워딩 여부를 정합니다. NAT나 라우팅 게스트의 패킷은 브리지로 들어오고 응답은 업링크로 들어오므로 양쪽 모두 포워딩이 켜져 있어야 합니다. ip_forward에 쓰면 모든 인터페이스에 한 번에 켜집니다.',
    },
  ),
  'cfg.routed_without_ip_forward': def(
    'warning',
    { en: "'{name}' routes a guest subnet but nothing turns on IP forwarding", ko: "'{name}'이(가) 게스트 서브넷을 라우팅하는데 IP 포워딩을 켜는 설정이 없습니다" },
    { en: "add 'post-up echo 1 > /proc/sys/net/ipv4/ip_forward' to the uplink (or set it in /etc/sysctl.conf)", ko: "업링크에 'post-up echo 1 > /proc/sys/net/ipv4/ip_forward'를 추가하세요(또는 /etc/sysctl.conf에서 설정)" },
    {
      en: 'A bridge with no ports and its own subnet only reaches the outside through the host\'s routing. Without ip_forward the host drops the guests\' packets.',
      ko: '포트 없이 자기 서브넷만 가진 브리지는 호스트의 라우팅을 거쳐야 밖으로 나갑니다. ip_forward가 꺼져 있으면 호스트가 게스트의 패킷을 버립니다.',
    },
  ),
  'cfg.routed_without_proxy_arp': def(
    'warning',
    { en: "routed set-up: the guests' addresses are on the uplink '{name}''s own subnet, but '{name}' does not answer ARP for them (no proxy_arp)", ko: "라우팅 구성: 게스트 주소가 업링크 '{name}'의 서브넷 안에 있는데 '{name}'이(가) 게스트 대신 ARP에 응답하지 않습니다(proxy_arp 없음)" },
    { en: "add 'post-up echo 1 > /proc/sys/net/ipv4/conf/{name}/proxy_arp'", ko: "'post-up echo 1 > /proc/sys/net/ipv4/conf/{name}/proxy_arp'를 추가하세요" },
    {
      en: 'When the provider\'s gateway asks "who has <guest address>?" on the wire, only the host can answer, because the guests sit behind it on a bridge without ports. proxy_arp makes the host answer with its own MAC, which is also the only MAC the provider accepts.',
      ko: '공급자 게이트웨이가 회선에서 "<게스트 주소>는 누구인가요?"라고 물으면, 게스트는 포트 없는 브리지 뒤에 있으니 호스트만 답할 수 있습니다. proxy_arp를 켜면 호스트가 자기 MAC으로 대신 답하는데, 이 MAC이 바로 공급자가 받아 주는 유일한 MAC입니다.',
    },
  ),
  'cfg.routed_proxy_arp_depends': def(
    'info',
    {
      en: "routed set-up: guest subnet {cidr} on '{bridge}' is apart from {name}'s {uplinkCidr}, and {name} has no proxy_arp",
      ko: "라우팅 구성: '{bridge}'의 게스트 서브넷 {cidr}은(는) {name}의 {uplinkCidr}과(와) 떨어져 있고, {name}에는 proxy_arp가 없습니다",
    },
    {
      en: "fine if the provider routes {cidr} to {address}; if their gateway asks ARP for guest addresses on the wire, add 'post-up echo 1 > /proc/sys/net/ipv4/conf/{name}/proxy_arp'",
      ko: "업체가 {cidr}을(를) {address}(으)로 라우팅해 준다면 이대로 됩니다. 업체 게이트웨이가 회선에서 게스트 주소를 ARP로 묻는다면 'post-up echo 1 > /proc/sys/net/ipv4/conf/{name}/proxy_arp'를 추가하세요",
    },
    {
      en: 'A provider can hand out an extra subnet in two ways. Routed to the host\'s main address (common for additional subnets at hosting providers): packets for the guests arrive at the host\'s MAC with no ARP for them, so proxy_arp is not needed. Treated as on-link by their gateway: it asks "who has <guest address>?" on the wire, only the host can answer for guests behind a bridge without ports, and it does so only with proxy_arp on the uplink. The config cannot tell which one your provider does; its documentation or a tcpdump of ARP on the uplink can.',
      ko: '업체가 추가 서브넷을 넘겨주는 방식은 두 가지입니다. 호스트의 주 주소로 라우팅하는 방식(호스팅 업체의 추가 서브넷에서 흔합니다)이라면 게스트로 가는 패킷이 게스트 주소에 대한 ARP 없이 호스트 MAC으로 도착하므로 proxy_arp가 필요 없습니다. 업체 게이트웨이가 그 서브넷을 같은 링크로 취급한다면 회선에서 "<게스트 주소>는 누구인가요?"라고 묻는데, 포트 없는 브리지 뒤의 게스트 대신 답할 수 있는 것은 호스트뿐이고, 그것도 업링크에 proxy_arp를 켜야 가능합니다. 어느 쪽인지는 설정 파일만으로는 알 수 없습니다. 업체 문서를 보거나 업링크에서 ARP를 tcpdump로 확인하세요.',
    },
  ),
  'cfg.lacp_without_miimon': def(
    'warning',
    { en: "802.3ad bond '{name}' has bond-miimon 0: no link monitoring", ko: "802.3ad 본드 '{name}'의 bond-miimon이 0이라 링크를 감시하지 않습니다" },
    { en: "use 'bond-miimon 100' so dead links are noticed", ko: "죽은 링크를 알아챌 수 있도록 'bond-miimon 100'으로 쓰세요" },
    {
      en: 'Without MII monitoring the bond does not watch carrier, so a pulled cable is only noticed when LACPDUs stop (90 s at the slow rate). Left out, the kernel would have picked 100 ms for 802.3ad; written as 0, it turns monitoring off.',
      ko: 'MII 모니터링이 없으면 본드가 링크 상태를 보지 않아서, 케이블이 빠져도 LACPDU가 끊긴 뒤에야(slow 속도에서 90초) 알아챕니다. 이 줄이 없었다면 커널이 802.3ad에 100ms를 골랐겠지만, 0으로 쓰면 모니터링이 꺼집니다.',
    },
  ),
  'cfg.bond_without_link_monitoring': def(
    'warning',
    { en: "{mode} bond '{name}' has no link monitoring (bond-miimon is 0 or missing): a dead link is never noticed", ko: "{mode} 본드 '{name}'은(는) 링크를 감시하지 않습니다(bond-miimon이 0이거나 없음). 끊긴 링크를 알아채지 못합니다" },
    {
      en: "add 'bond-miimon 100' (what Proxmox writes), or turn on ARP monitoring with bond-arp-interval and bond-arp-ip-target",
      ko: "'bond-miimon 100'을 추가하거나(Proxmox가 쓰는 값), bond-arp-interval과 bond-arp-ip-target으로 ARP 감시를 켜세요",
    },
    {
      en: 'The bonding driver notices a failed slave only through MII monitoring (miimon) or ARP monitoring (arp_interval). Both are 0 by default outside 802.3ad, balance-tlb and balance-alb, so a pulled cable goes unnoticed: the bond keeps sending on the dead slave, and the failover the bond was made for never happens. The Proxmox web interface always writes bond-miimon 100.',
      ko: '본딩 드라이버는 MII 감시(miimon)나 ARP 감시(arp_interval)로만 슬레이브 장애를 알아챕니다. 802.3ad, balance-tlb, balance-alb가 아니면 둘 다 기본값이 0이라 케이블이 빠져도 모릅니다. 본드는 죽은 슬레이브로 계속 보내고, 본드를 만든 이유인 페일오버는 일어나지 않습니다. Proxmox 웹 UI는 항상 bond-miimon 100을 적습니다.',
    },
  ),
  'cfg.lacp_miimon_by_kernel': def(
    'info',
    { en: "802.3ad bond '{name}' has no bond-miimon; the kernel monitors its links every 100 ms", ko: "802.3ad 본드 '{name}'에 bond-miimon이 없어서 커널이 100ms마다 링크를 확인합니다" },
    { en: "write 'bond-miimon 100' as Proxmox does, so the file says what runs", ko: "Proxmox처럼 'bond-miimon 100'을 적어 두면 실제 동작이 파일에 드러납니다" },
    {
      en: 'Setting the mode to 802.3ad, balance-tlb or balance-alb while miimon is 0 makes the bonding driver turn MII monitoring on at 100 ms (bond_option_mode_set), and ifupdown2 sends only the options the file writes. So the bond works; writing the value keeps it visible.',
      ko: '본딩 드라이버는 miimon이 0인 상태에서 모드를 802.3ad, balance-tlb, balance-alb로 바꾸면 MII 모니터링을 100ms로 켭니다(bond_option_mode_set). ifupdown2는 파일에 적힌 옵션만 보내므로 본드는 제대로 동작합니다. 값을 적어 두면 그 사실이 파일에 보입니다.',
    },
  ),
  'cfg.bond_without_slaves': def(
    'error',
    { en: "bond '{name}' has no slaves", ko: "본드 '{name}'에 슬레이브가 없습니다" },
    { en: "add 'bond-slaves eno1 eno2'", ko: "'bond-slaves eno1 eno2'를 추가하세요" },
    {
      en: 'A bond without slaves has no carrier: nothing it sends leaves the host.',
      ko: '슬레이브가 없는 본드는 링크가 올라오지 않아서 아무것도 호스트 밖으로 나가지 않습니다.',
    },
  ),
  'cfg.bond_primary_not_slave': def(
    'error',
    { en: "bond-primary '{value}' is not a slave of {name}", ko: "bond-primary '{value}'은(는) {name}의 슬레이브가 아닙니다" },
    undefined,
    {
      en: 'bond-primary names the preferred slave of an active-backup bond; it has to be one of the bond-slaves.',
      ko: 'bond-primary는 active-backup 본드에서 우선 쓸 슬레이브를 정합니다. bond-slaves 중 하나여야 합니다.',
    },
  ),
  'cfg.vlan_parent_not_defined': def(
    'error',
    { en: "VLAN device '{name}' sits on '{parent}', which is not defined in this file", ko: "VLAN 장치 '{name}'의 상위 장치 '{parent}'이(가) 이 파일에 정의되어 있지 않습니다" },
    undefined,
    {
      en: 'NAME.TAG creates a VLAN device on NAME. For a bridge or bond, NAME must have its own stanza, or the VLAN device has nothing to attach to.',
      ko: '이름.태그는 그 이름의 장치 위에 VLAN 장치를 만듭니다. 상위 장치가 브리지나 본드라면 자기 스탠자가 있어야 VLAN 장치가 붙을 곳이 생깁니다.',
    },
  ),
  'cfg.bad_vlan_tag': def(
    'error',
    { en: "VLAN tag '{value}' of '{name}' is out of range", ko: "'{name}'의 VLAN 태그 '{value}'이(가) 범위를 벗어났습니다" },
    { en: 'VLAN ids are 1 to 4094', ko: 'VLAN ID는 1~4094입니다' },
    {
      en: '802.1Q tags are 12 bits; 0 means "no VLAN" and 4095 is reserved, so usable tags are 1 to 4094.',
      ko: '802.1Q 태그는 12비트입니다. 0은 "VLAN 없음"이고 4095는 예약되어 있어서 쓸 수 있는 태그는 1~4094입니다.',
    },
  ),
  'cfg.stp_forward_delay': def(
    'warning',
    { en: 'with bridge-stp on, bridge-fd {value} is raised to 2 by the kernel', ko: 'bridge-stp가 켜져 있으면 커널이 bridge-fd {value}을(를) 2로 올립니다' },
    { en: 'use bridge-fd 2..30 with STP, or turn STP off', ko: 'STP를 쓸 때는 bridge-fd를 2~30으로 하거나, STP를 끄세요' },
    {
      en: 'With STP on, a port listens and learns for the forward delay before forwarding; the kernel keeps that delay between 2 and 30 seconds. bridge-fd 0 only means "forward at once" with STP off.',
      ko: 'STP가 켜져 있으면 포트는 포워드 지연 시간 동안 리스닝과 러닝 단계를 거친 뒤에 포워딩합니다. 커널은 이 값을 2~30초로 유지합니다. bridge-fd 0이 "바로 포워딩"이 되는 것은 STP가 꺼져 있을 때뿐입니다.',
    },
  ),
  // ---- commands ----
  'cfg.command_not_simulated': def(
    'info',
    { en: "command '{command}' is kept but not simulated", ko: "'{command}' 명령은 그대로 두지만 시뮬레이션하지 않습니다" },
    undefined,
    {
      en: 'The simulation understands echo into /proc/sys (ip_forward, proxy_arp), sysctl -w, ip route add/del and the iptables forms used for NAT, port forwarding, conntrack zones and forwarding policy. Other commands are left as they are.',
      ko: '시뮬레이션은 /proc/sys에 쓰는 echo(ip_forward, proxy_arp), sysctl -w, ip route add/del, 그리고 NAT·포트 포워딩·conntrack 존·포워딩 정책에 쓰는 iptables 형식을 이해합니다. 다른 명령은 그대로 둡니다.',
    },
  ),
  'cfg.rule_never_removed': def(
    'info',
    { en: 'this {table} {chain} rule is added on up but never deleted on down', ko: '이 {table} {chain} 규칙은 올릴 때 추가만 하고 내릴 때 지우지 않습니다' },
    {
      en: "add the same rule with -D in a post-down line of '{name}', or each ifreload adds another copy",
      ko: "'{name}'의 post-down 줄에 같은 규칙을 -D로 추가하세요. 그렇지 않으면 ifreload할 때마다 같은 규칙이 하나씩 더 쌓입니다",
    },
    {
      en: 'Proxmox applies network changes with ifreload, which runs the down commands of a changed interface and then its up commands again. A rule added with -A or -I in post-up is therefore added again each time; without a matching -D in post-down the chain collects copies. They still match the same packets, so nothing breaks at once, but the rule list grows and a later change to the rule leaves the old copies in force.',
      ko: 'Proxmox는 네트워크 변경을 ifreload로 적용합니다. ifreload는 바뀐 인터페이스의 down 명령을 실행한 뒤 up 명령을 다시 실행하므로, post-up에서 -A나 -I로 넣은 규칙은 그때마다 다시 들어갑니다. post-down에 짝이 되는 -D가 없으면 체인에 같은 규칙이 계속 쌓입니다. 같은 패킷에 걸리니 당장 문제가 생기지는 않지만, 규칙 목록이 길어지고 나중에 규칙을 고쳐도 예전 사본이 그대로 남아 동작합니다.',
    },
  ),
  'cfg.unclosed_quote': def(
    'error',
    { en: 'this quote is never closed', ko: '따옴표가 닫히지 않았습니다' },
    { en: 'add the matching quote; the shell would fail to run this command', ko: '짝이 맞는 따옴표를 추가하세요. 이대로면 셸이 명령을 실행하지 못합니다' },
    {
      en: 'ifupdown2 runs option commands through /bin/sh. An unclosed quote is a shell syntax error, so the command never runs and the interface reports an error.',
      ko: 'ifupdown2는 옵션의 명령을 /bin/sh로 실행합니다. 따옴표가 닫히지 않으면 셸 구문 오류라서 명령이 실행되지 않고, 인터페이스가 오류를 냅니다.',
    },
  ),
  'cfg.iptables_missing_value': def(
    'error',
    { en: "'{flag}' needs a value", ko: "'{flag}' 뒤에 값이 필요합니다" },
    undefined,
    {
      en: 'This option takes an argument (a chain, an address, an interface ...). Without it the command fails, and so does the post-up line.',
      ko: '이 옵션은 체인, 주소, 인터페이스 같은 인자를 받습니다. 인자가 없으면 명령이 실패하고, post-up 줄도 함께 실패합니다.',
    },
  ),
  'cfg.iptables_unknown_table': def(
    'error',
    { en: "iptables has no table '{value}'", ko: "iptables에는 '{value}' 테이블이 없습니다" },
    { en: "did you mean '{suggestion}'? Tables: filter, nat, raw, mangle, security", ko: "혹시 '{suggestion}'인가요? 테이블: filter, nat, raw, mangle, security" },
    {
      en: 'Rules live in tables: filter (accept/drop, the default), nat (address translation), raw (before conntrack, where CT --zone goes), mangle and security.',
      ko: '규칙은 테이블에 들어갑니다: filter(허용/차단, 기본값), nat(주소 변환), raw(conntrack 이전 단계로, CT --zone을 여기에 씁니다), mangle, security.',
    },
  ),
  'cfg.iptables_bad_address': def(
    'error',
    { en: "'{value}' is not a valid address for {flag}", ko: "'{value}'은(는) {flag}에 쓸 수 없는 주소입니다" },
    { en: 'for example 10.10.10.0/24, or 10.10.10.100:22 after --to-destination', ko: '예: 10.10.10.0/24, --to-destination 뒤라면 10.10.10.100:22' },
    {
      en: 'Match options take an address or subnet (A.B.C.D or A.B.C.D/N); --to-source and --to-destination take an address with an optional :port or :port-port.',
      ko: '매치 옵션에는 주소나 서브넷(A.B.C.D 또는 A.B.C.D/N)을 씁니다. --to-source와 --to-destination에는 주소 뒤에 :포트나 :포트-포트를 붙일 수 있습니다.',
    },
  ),
  'cfg.iptables_port_without_protocol': def(
    'error',
    { en: "'{flag}' needs '-p tcp' or '-p udp' before it", ko: "'{flag}' 앞에 '-p tcp'나 '-p udp'가 있어야 합니다" },
    undefined,
    {
      en: 'Ports belong to the transport protocol (TCP and UDP here; SCTP, DCCP and UDP-Lite have them too), not to IP. iptables only knows --dport/--sport after a -p match that names one of them; otherwise it stops with "unknown option".',
      ko: '포트는 IP가 아니라 전송 프로토콜에 속합니다(여기서는 TCP와 UDP, SCTP, DCCP, UDP-Lite에도 있습니다). iptables는 그중 하나를 지정한 -p 뒤에서만 --dport/--sport를 알아듣고, 아니면 "unknown option"으로 멈춥니다.',
    },
  ),
  'cfg.iptables_bad_port': def(
    'error',
    { en: "'{value}' is not a valid value for {flag}", ko: "'{value}'은(는) {flag}에 쓸 수 없는 값입니다" },
    {
      en: 'ports are 0-65535; a range is written FROM:TO, and a list (22,8006) needs -m multiport before it',
      ko: '포트는 0~65535이고, 범위는 시작:끝으로 씁니다. 목록(22,8006)을 쓰려면 그 앞에 -m multiport가 있어야 합니다',
    },
    {
      en: 'TCP and UDP ports are 16-bit numbers. Ranges use a colon in matches (--dport 8000:8080) and a dash in NAT targets (--to 10.10.10.100:8000-8080).',
      ko: 'TCP와 UDP 포트는 16비트 숫자입니다. 범위는 매치에서 콜론(--dport 8000:8080), NAT 타깃에서 대시(--to 10.10.10.100:8000-8080)로 씁니다.',
    },
  ),
  'cfg.iptables_missing_to': def(
    'error',
    { en: '-j {target} needs {option}', ko: '-j {target}에는 {option}이(가) 필요합니다' },
    undefined,
    {
      en: 'SNAT needs the new source (--to-source) and DNAT the new destination (--to-destination, or --to for short). MASQUERADE needs nothing: it takes the outgoing interface\'s address.',
      ko: 'SNAT에는 바꿀 출발지(--to-source), DNAT에는 바꿀 목적지(--to-destination, 줄여서 --to)가 필요합니다. MASQUERADE는 나가는 인터페이스의 주소를 쓰므로 따로 필요한 것이 없습니다.',
    },
  ),
  'cfg.iptables_not_simulated': def(
    'info',
    { en: "'{flag}' is valid iptables but not simulated; this rule is kept but skipped", ko: "'{flag}'은(는) iptables가 받아들이지만 시뮬레이션하지 않습니다. 이 규칙은 남겨 두지만 적용하지 않습니다" },
    { en: 'in Linux {effect}', ko: '리눅스에서는 {effectKo}' },
    {
      en: 'Only the iptables matches and targets the course needs are simulated: -t, -A/-I/-D, -P, -s, -d, -i, -o, -p, --sport, --dport, -m state/conntrack, and the targets MASQUERADE, SNAT, DNAT, CT --zone, ACCEPT, DROP, REJECT, RETURN.',
      ko: '강좌에 필요한 iptables 조건과 타깃만 시뮬레이션합니다: -t, -A/-I/-D, -P, -s, -d, -i, -o, -p, --sport, --dport, -m state/conntrack, 그리고 MASQUERADE, SNAT, DNAT, CT --zone, ACCEPT, DROP, REJECT, RETURN 타깃입니다.',
    },
  ),
  'cfg.iptables_wrong_chain': def(
    'error',
    { en: "-j {target} is not allowed in the {table} table's {chain} chain", ko: "-j {target}은(는) {table} 테이블의 {chain} 체인에서 쓸 수 없습니다" },
    { en: 'use it in: {allowed}', ko: '다음 위치에서 쓰세요: {allowed}' },
    {
      en: 'iptables refuses targets outside their chains: MASQUERADE and SNAT rewrite the source after routing (nat POSTROUTING), DNAT the destination before it (nat PREROUTING or OUTPUT), CT only exists in the raw table.',
      ko: 'iptables는 타깃을 정해진 체인 밖에서 쓰면 거부합니다. MASQUERADE와 SNAT는 라우팅 뒤에 출발지를 바꾸고(nat POSTROUTING), DNAT는 라우팅 전에 목적지를 바꾸며(nat PREROUTING 또는 OUTPUT), CT는 raw 테이블에만 있습니다.',
    },
  ),
  'cfg.iptables_unknown_target': def(
    'error',
    { en: "iptables has no target '{value}' and no chain of that name is created here", ko: "iptables에는 '{value}' 타깃이 없고, 이 파일에서 그런 이름의 체인을 만들지도 않습니다" },
    { en: "did you mean '{suggestion}'? iptables refuses the rule (\"Couldn't load target\"), so it does not exist", ko: "혹시 '{suggestion}'인가요? iptables가 이 규칙을 거부하므로(\"Couldn't load target\") 규칙이 만들어지지 않습니다" },
    {
      en: 'After -j comes a target (MASQUERADE, SNAT, DNAT, ACCEPT, DROP, REJECT, LOG, RETURN, CT, MARK, REDIRECT, ... as iptables-extensions(8) lists them) or a chain made with -N. Names are case-sensitive. Any other word makes iptables refuse the whole rule, so the post-up line fails and, for a NAT rule, the guests silently have no NAT.',
      ko: '-j 뒤에는 타깃(MASQUERADE, SNAT, DNAT, ACCEPT, DROP, REJECT, LOG, RETURN, CT, MARK, REDIRECT 등 iptables-extensions(8)에 나오는 것)이나 -N으로 만든 체인이 와야 합니다. 대소문자를 구분합니다. 그 밖의 단어를 쓰면 iptables가 규칙 전체를 거부하고 post-up 줄이 실패합니다. NAT 규칙이라면 게스트는 아무 경고 없이 NAT 없이 남습니다.',
    },
  ),
  'cfg.iptables_unknown_chain': def(
    'error',
    { en: "the {table} table has no chain '{chain}'", ko: "{table} 테이블에는 '{chain}' 체인이 없습니다" },
    { en: "did you mean '{suggestion}'? Chains of {table}: {chains}", ko: "혹시 '{suggestion}'인가요? {table} 테이블의 체인: {chains}" },
    {
      en: 'Each table has fixed built-in chains: filter INPUT, FORWARD, OUTPUT; nat PREROUTING, INPUT, OUTPUT, POSTROUTING; mangle all five; raw PREROUTING and OUTPUT. Other chains exist only after "iptables -N NAME". A rule for a chain that does not exist is refused ("No chain/target/match by that name").',
      ko: '테이블마다 기본 체인이 정해져 있습니다: filter는 INPUT, FORWARD, OUTPUT, nat은 PREROUTING, INPUT, OUTPUT, POSTROUTING, mangle은 다섯 개 모두, raw는 PREROUTING과 OUTPUT입니다. 다른 체인은 "iptables -N 이름"으로 만든 뒤에만 있습니다. 없는 체인에 넣는 규칙은 거부됩니다("No chain/target/match by that name").',
    },
  ),
  'cfg.iptables_chain_in_other_table': def(
    'error',
    { en: "the {table} table has no {chain} chain; {chain} is in the {other} table", ko: "{table} 테이블에는 {chain} 체인이 없습니다. {chain}은(는) {other} 테이블에 있습니다" },
    { en: "add '-t {other}' to the command", ko: "명령에 '-t {other}'를 추가하세요" },
    {
      en: 'Without -t, iptables works on the filter table, which has only INPUT, FORWARD and OUTPUT. NAT rules go to the nat table (-t nat), conntrack zones to raw (-t raw).',
      ko: '-t가 없으면 iptables는 filter 테이블을 씁니다. filter에는 INPUT, FORWARD, OUTPUT만 있습니다. NAT 규칙은 nat 테이블(-t nat)에, conntrack 존은 raw 테이블(-t raw)에 넣습니다.',
    },
  ),
  'cfg.iptables_unknown_match': def(
    'error',
    { en: "iptables has no match '{value}'", ko: "iptables에는 '{value}' 매치가 없습니다" },
    { en: "did you mean '{suggestion}'? iptables refuses the rule (\"Couldn't load match\")", ko: "혹시 '{suggestion}'인가요? iptables가 이 규칙을 거부합니다(\"Couldn't load match\")" },
    {
      en: 'After -m comes a match extension from iptables-extensions(8): state, conntrack, tcp, udp, multiport, comment, physdev, mac, limit, mark, ... Match names are lower case.',
      ko: '-m 뒤에는 iptables-extensions(8)에 나오는 매치 확장이 와야 합니다: state, conntrack, tcp, udp, multiport, comment, physdev, mac, limit, mark 등. 매치 이름은 소문자입니다.',
    },
  ),
  'cfg.iptables_unknown_option': def(
    'error',
    { en: "iptables has no option '{flag}' here", ko: "이 자리에서 iptables에는 '{flag}' 옵션이 없습니다" },
    { en: "did you mean '{suggestion}'? iptables stops with \"unknown option\" and adds no rule", ko: "혹시 '{suggestion}'인가요? iptables는 \"unknown option\"으로 멈추고 규칙을 넣지 않습니다" },
    {
      en: 'iptables knows its own options (-A, -s, -o, -j, ...) and, after -p tcp/udp, -m NAME or -j TARGET, the options that protocol, match or target adds (--dport, --ctstate, --to-destination, ...). Any other option stops the command.',
      ko: 'iptables는 자기 옵션(-A, -s, -o, -j 등)과, -p tcp/udp, -m 이름, -j 타깃 뒤에서 그 프로토콜·매치·타깃이 더하는 옵션(--dport, --ctstate, --to-destination 등)만 압니다. 그 밖의 옵션이 있으면 명령이 멈춥니다.',
    },
  ),
  'cfg.iptables_option_needs': def(
    'error',
    { en: "'{flag}' belongs to {owner}, which is not loaded before it", ko: "'{flag}'은(는) {owner}의 옵션인데, 그 앞에서 불러오지 않았습니다" },
    { en: "write '{write}' before '{flag}'", ko: "'{flag}' 앞에 '{write}'를 쓰세요" },
    {
      en: 'Options of a match or target only exist after it is named: --state after -m state, --ctstate after -m conntrack, --dports after -m multiport, --to-destination after -j DNAT. iptables reads left to right and stops with "unknown option" otherwise.',
      ko: '매치나 타깃의 옵션은 그 이름이 나온 뒤에만 있습니다: --state는 -m state 뒤, --ctstate는 -m conntrack 뒤, --dports는 -m multiport 뒤, --to-destination은 -j DNAT 뒤. iptables는 왼쪽부터 읽으며, 그렇지 않으면 "unknown option"으로 멈춥니다.',
    },
  ),
  'cfg.iptables_bad_argument': def(
    'error',
    { en: "iptables does not expect '{value}' here", ko: "iptables는 이 자리에서 '{value}'을(를) 받지 않습니다" },
    { en: 'every value follows the option it belongs to (-s ADDRESS, -o INTERFACE, -j TARGET)', ko: '값은 자기 옵션 바로 뒤에 씁니다(-s 주소, -o 인터페이스, -j 타깃)' },
    {
      en: 'iptables stops with "Bad argument" at a word that no option asked for, often a value whose option was misspelt or left out.',
      ko: 'iptables는 어느 옵션도 받지 않는 단어에서 "Bad argument"로 멈춥니다. 대개 옵션 이름을 잘못 썼거나 빠뜨린 값입니다.',
    },
  ),
  'cfg.unknown_sysctl': def(
    'error',
    { en: "the kernel has no setting '{key}'", ko: "커널에는 '{key}' 설정이 없습니다" },
    { en: "did you mean '{suggestion}'? The write fails (No such file or directory) and changes nothing", ko: "혹시 '{suggestion}'인가요? 이 쓰기는 실패하고(No such file or directory) 아무것도 바꾸지 않습니다" },
    {
      en: 'Kernel settings are files under /proc/sys; sysctl net.ipv4.ip_forward is /proc/sys/net/ipv4/ip_forward. A misspelt name is a file that does not exist: echo cannot create it, sysctl -w says "cannot stat", and the setting keeps its old value.',
      ko: '커널 설정은 /proc/sys 아래의 파일입니다. sysctl의 net.ipv4.ip_forward는 /proc/sys/net/ipv4/ip_forward입니다. 이름을 잘못 쓰면 없는 파일이 됩니다. echo는 그 파일을 만들 수 없고 sysctl -w는 "cannot stat"을 내며, 설정은 원래 값 그대로 남습니다.',
    },
  ),
  'cfg.ip_forward_misspelt': def(
    'warning',
    { en: "nothing turns on IP forwarding: line {line} writes '{key}', which is not a kernel setting", ko: "IP 포워딩을 켜는 설정이 없습니다. {line}번 줄은 커널에 없는 '{key}'에 씁니다" },
    { en: "write '{suggestion}' on line {line}", ko: "{line}번 줄에 '{suggestion}'을(를) 쓰세요" },
    {
      en: 'The line meant to turn forwarding on writes a setting that does not exist, so net.ipv4.ip_forward stays 0 and the host drops every packet it should forward: NAT and routed guests reach nothing even though the rest of the file is right.',
      ko: '포워딩을 켜려던 줄이 없는 설정에 쓰므로 net.ipv4.ip_forward는 0 그대로이고, 호스트는 포워딩해야 할 패킷을 모두 버립니다. 파일의 나머지가 맞아도 NAT나 라우팅 게스트는 아무 데도 닿지 못합니다.',
    },
  ),
  'cfg.bad_sysctl_value': def(
    'warning',
    { en: "'{value}' is not a valid value for {key}", ko: "'{value}'은(는) {key}에 쓸 수 없는 값입니다" },
    { en: 'use 0 or 1', ko: '0 또는 1을 쓰세요' },
    {
      en: 'ip_forward, forwarding and proxy_arp are switches: 0 turns them off, 1 turns them on.',
      ko: 'ip_forward, forwarding, proxy_arp는 스위치입니다. 0은 끄고 1은 켭니다.',
    },
  ),
  // ---- guests (VM/CT netN lines) ----
  'guest.bad_line': def(
    'error',
    { en: "cannot read '{text}' as a guest NIC line", ko: "'{text}'을(를) 게스트 NIC 줄로 읽을 수 없습니다" },
    { en: 'expected netN: MODEL=MAC,bridge=vmbrN[,firewall=1][,tag=N]', ko: 'netN: 모델=MAC,bridge=vmbrN[,firewall=1][,tag=N] 형식이어야 합니다' },
    {
      en: 'Proxmox stores each virtual NIC as one line of the guest config, for example net0: virtio=BC:24:11:3A:5C:01,bridge=vmbr0,firewall=1. Containers use name=eth0,bridge=...,hwaddr=...,ip=...,gw=....',
      ko: 'Proxmox는 가상 NIC 하나를 게스트 설정의 한 줄로 저장합니다. 예: net0: virtio=BC:24:11:3A:5C:01,bridge=vmbr0,firewall=1. 컨테이너는 name=eth0,bridge=...,hwaddr=...,ip=...,gw=... 형식을 씁니다.',
    },
  ),
  'guest.unknown_model': def(
    'error',
    { en: "unknown NIC model '{value}'", ko: "'{value}'은(는) 알 수 없는 NIC 모델입니다" },
    { en: "did you mean '{suggestion}'? Common models: virtio, e1000, rtl8139, vmxnet3", ko: "혹시 '{suggestion}'인가요? 흔히 쓰는 모델: virtio, e1000, rtl8139, vmxnet3" },
    {
      en: 'The first field of a VM NIC line is the emulated card: virtio (paravirtualised, fastest, the default), e1000/e1000e (Intel), rtl8139 (Realtek), vmxnet3 (VMware).',
      ko: 'VM NIC 줄의 첫 필드는 에뮬레이션할 네트워크 카드입니다: virtio(반가상화, 가장 빠르고 기본값), e1000/e1000e(Intel), rtl8139(Realtek), vmxnet3(VMware).',
    },
  ),
  'guest.bad_mac': def(
    'error',
    { en: "'{value}' is not a MAC address", ko: "'{value}'은(는) MAC 주소가 아닙니다" },
    { en: 'six hex bytes like BC:24:11:3A:5C:01, or leave it out and Proxmox generates one', ko: 'BC:24:11:3A:5C:01처럼 16진수 바이트 여섯 개를 쓰거나, 생략해서 Proxmox가 만들게 하세요' },
    {
      en: 'Without a MAC, Proxmox generates one with its BC:24:11 prefix; the checker does the same, deterministically from the VM id and NIC number.',
      ko: 'MAC을 생략하면 Proxmox가 BC:24:11 접두사로 하나 만들어 줍니다. 검사기도 VM ID와 NIC 번호로 같은 방식의 MAC을 항상 똑같이 만듭니다.',
    },
  ),
  'cfg.multicast_mac': MULTICAST_MAC,
  'guest.multicast_mac': MULTICAST_MAC,
  'guest.unknown_key': def(
    'warning',
    { en: "unknown NIC option '{key}'", ko: "'{key}'은(는) 알 수 없는 NIC 옵션입니다" },
    { en: "did you mean '{suggestion}'?", ko: "혹시 '{suggestion}'인가요?" },
    {
      en: 'VM NIC options are bridge, firewall, tag, link_down, mtu, queues, rate, trunks; containers add name, hwaddr, ip, gw, ip6, gw6, type.',
      ko: 'VM NIC 옵션은 bridge, firewall, tag, link_down, mtu, queues, rate, trunks입니다. 컨테이너에는 name, hwaddr, ip, gw, ip6, gw6, type이 더 있습니다.',
    },
  ),
  'guest.bad_value': def(
    'error',
    { en: "'{value}' is not a valid value for {key}", ko: "'{value}'은(는) {key}에 쓸 수 없는 값입니다" },
    undefined,
    {
      en: 'firewall and link_down take 0 or 1; mtu is a number of bytes.',
      ko: 'firewall과 link_down에는 0 또는 1을 쓰고, mtu는 바이트 수입니다.',
    },
  ),
  'guest.bad_tag': def(
    'error',
    { en: "VLAN tag '{value}' is out of range", ko: "VLAN 태그 '{value}'이(가) 범위를 벗어났습니다" },
    { en: 'VLAN ids are 1 to 4094', ko: 'VLAN ID는 1~4094입니다' },
    {
      en: 'tag=N puts the guest\'s NIC in VLAN N: on a VLAN-aware bridge the port gets that VLAN untagged for the guest.',
      ko: 'tag=N은 게스트 NIC를 VLAN N에 넣습니다. VLAN 인식 브리지에서는 그 포트가 게스트 쪽에 태그 없이 VLAN N을 전달합니다.',
    },
  ),
  'guest.bad_ip': def(
    'error',
    { en: "'{value}' is not a valid guest address", ko: "'{value}'은(는) 올바른 게스트 주소가 아닙니다" },
    { en: 'ip= takes A.B.C.D/PREFIX (or dhcp); gw= takes a plain address', ko: 'ip=에는 A.B.C.D/프리픽스(또는 dhcp), gw=에는 프리픽스 없는 주소를 씁니다' },
    {
      en: 'Container lines (and cloud-init ipconfigN lines) carry the guest\'s own IPv4 configuration: ip=192.168.10.50/24,gw=192.168.10.1.',
      ko: '컨테이너 줄(그리고 cloud-init의 ipconfigN 줄)에는 게스트 자신의 IPv4 설정이 들어갑니다: ip=192.168.10.50/24,gw=192.168.10.1.',
    },
  ),
  'guest.no_bridge': def(
    'info',
    { en: '{nic} has no bridge=: QEMU user-mode networking, not simulated', ko: '{nic}에 bridge=가 없습니다. QEMU 사용자 모드 네트워킹이라 시뮬레이션하지 않습니다' },
    { en: 'add bridge=vmbr0 to plug the NIC into a bridge', ko: 'NIC를 브리지에 꽂으려면 bridge=vmbr0을 추가하세요' },
    {
      en: 'A VM NIC without a bridge uses QEMU\'s built-in user networking (slirp): a private NAT inside the QEMU process, invisible to the host\'s bridges and iptables.',
      ko: '브리지가 없는 VM NIC는 QEMU에 내장된 사용자 모드 네트워킹(slirp)을 씁니다. QEMU 프로세스 안의 별도 NAT라서 호스트의 브리지나 iptables에는 보이지 않습니다.',
    },
  ),
  'guest.unknown_bridge': def(
    'error',
    { en: "bridge '{bridge}' does not exist on the host (bridges: {known})", ko: "호스트에 '{bridge}' 브리지가 없습니다(있는 브리지: {known})" },
    { en: "did you mean '{suggestion}'?", ko: "혹시 '{suggestion}'인가요?" },
    {
      en: 'A guest NIC plugs into a Linux bridge defined in /etc/network/interfaces. If the bridge does not exist, Proxmox refuses to start the guest ("bridge \'vmbr9\' does not exist").',
      ko: '게스트 NIC는 /etc/network/interfaces에 정의된 리눅스 브리지에 꽂힙니다. 브리지가 없으면 Proxmox가 게스트를 시작하지 않습니다("bridge \'vmbr9\' does not exist").',
    },
  ),
  'guest.bridge_maybe_sourced': def(
    'warning',
    {
      en: "bridge '{bridge}' is not in this interfaces file; it may be defined in a file it sources ({source})",
      ko: "'{bridge}' 브리지가 이 interfaces 파일에 없습니다. 이 파일이 불러오는 파일({source})에 정의되어 있을 수 있습니다",
    },
    {
      en: 'the checker reads a sourced file only when it is given too (Proxmox SDN writes its vnets to /etc/network/interfaces.d/sdn)',
      ko: '검사기는 불러오는 파일도 함께 주었을 때만 읽습니다(Proxmox SDN은 vnet을 /etc/network/interfaces.d/sdn에 씁니다)',
    },
    {
      en: 'The checker does not follow source lines, so it cannot tell whether the bridge exists. If it is not in a sourced file either, Proxmox refuses to start the guest ("bridge \'vnet1\' does not exist").',
      ko: '검사기는 source 줄을 따라가지 않으므로 브리지가 있는지 알 수 없습니다. 불러오는 파일에도 없다면 Proxmox가 게스트를 시작하지 않습니다("bridge \'vnet1\' does not exist").',
    },
  ),
  'guest.unknown_bridge_in': def(
    'error',
    { en: "bridge '{bridge}' does not exist in {file} (bridges: {known})", ko: "{file}에 '{bridge}' 브리지가 없습니다(있는 브리지: {known})" },
    { en: "did you mean '{suggestion}'?", ko: "혹시 '{suggestion}'인가요?" },
    {
      en: 'With several interfaces files (the nodes of a cluster), every guest is checked against each of them: a guest can be started on, or migrated to, any node, and Proxmox refuses to start it where its bridge is missing ("bridge \'vmbr9\' does not exist"). Give every node the same bridge names.',
      ko: 'interfaces 파일을 여러 개(클러스터의 노드들) 주면 게스트마다 모든 파일에 대해 검사합니다. 게스트는 어느 노드에서든 시작하거나 그 노드로 마이그레이션할 수 있는데, 브리지가 없는 노드에서는 Proxmox가 게스트를 시작하지 않습니다("bridge \'vmbr9\' does not exist"). 노드마다 브리지 이름을 똑같이 맞추세요.',
    },
  ),
  'guest.bridge_maybe_sourced_in': def(
    'warning',
    {
      en: "bridge '{bridge}' is not in {file}; it may be defined in a file it sources ({source})",
      ko: "'{bridge}' 브리지가 {file}에 없습니다. 이 파일이 불러오는 파일({source})에 정의되어 있을 수 있습니다",
    },
    {
      en: 'the checker reads a sourced file only when it is given too (Proxmox SDN writes its vnets to /etc/network/interfaces.d/sdn)',
      ko: '검사기는 불러오는 파일도 함께 주었을 때만 읽습니다(Proxmox SDN은 vnet을 /etc/network/interfaces.d/sdn에 씁니다)',
    },
    {
      en: 'Every guest is checked against each interfaces file given, because it may run on any of those nodes. This file does not define the bridge but sources others, which the checker does not follow. If the bridge is not there either, Proxmox refuses to start the guest on this node.',
      ko: '게스트는 어느 노드에서든 돌 수 있으므로, 주어진 interfaces 파일마다 검사합니다. 이 파일에는 브리지가 없지만 다른 파일을 불러오는데, 검사기는 그 파일을 따라가지 않습니다. 거기에도 브리지가 없다면 Proxmox는 이 노드에서 게스트를 시작하지 않습니다.',
    },
  ),
  'guest.tag_not_in_bridge_vids': def(
    'warning',
    { en: "VLAN {tag} of {nic} is not in bridge-vids of {bridge} ({vids})", ko: "{nic}의 VLAN {tag}이(가) {bridge}의 bridge-vids({vids})에 없습니다" },
    { en: "add {tag} to bridge-vids of {bridge} (the Proxmox GUI writes 2-4094)", ko: "{bridge}의 bridge-vids에 {tag}을(를) 넣으세요(Proxmox GUI는 2-4094를 씁니다)" },
    {
      en: 'On a VLAN-aware bridge Proxmox gives the guest\'s tap port the VLAN of tag= (untagged towards the guest), but the bridge\'s physical port only carries the VLANs listed in bridge-vids. Frames in any other VLAN are dropped at that port: the guest reaches other guests on the same VLAN and nothing outside the host.',
      ko: 'VLAN 인식 브리지에서 Proxmox는 게스트의 tap 포트에 tag=의 VLAN을 붙여 줍니다(게스트 쪽으로는 태그 없이). 하지만 브리지의 물리 포트는 bridge-vids에 적힌 VLAN만 통과시킵니다. 그 밖의 VLAN 프레임은 그 포트에서 버려지므로, 게스트는 같은 VLAN의 다른 게스트와는 통신해도 호스트 밖으로는 나가지 못합니다.',
    },
  ),
  'guest.duplicate_mac': def(
    'error',
    { en: 'MAC {value} is already used by {other}', ko: 'MAC {value}을(를) 이미 {other}에서 쓰고 있습니다' },
    { en: 'give every NIC its own MAC (or leave it out to have one generated)', ko: 'NIC마다 다른 MAC을 주세요(생략하면 새로 만들어집니다)' },
    {
      en: 'Two NICs with one MAC on the same network make the bridge\'s forwarding table flip between their ports, and both guests lose traffic.',
      ko: '같은 네트워크에 MAC이 같은 NIC가 둘 있으면 브리지의 포워딩 테이블이 두 포트 사이를 오가서 두 게스트 모두 트래픽을 잃습니다.',
    },
  ),
  'guest.gateway_not_on_link': def(
    'warning',
    { en: "gateway {value} of {nic} is not inside the guest's subnet", ko: '{nic}의 게이트웨이 {value}이(가) 게스트 서브넷 밖에 있습니다' },
    { en: "the guest cannot ARP for it; use an address on the guest's own subnet", ko: '게스트가 ARP로 찾을 수 없습니다. 게스트 서브넷 안의 주소를 쓰세요' },
    {
      en: 'A guest reaches its gateway by ARP on its own subnet. A gateway outside that subnet is refused by Linux guests and unreachable for others.',
      ko: '게스트는 자기 서브넷에서 ARP로 게이트웨이를 찾습니다. 서브넷 밖의 게이트웨이는 리눅스 게스트가 거부하고, 다른 OS에서도 닿지 않습니다.',
    },
  ),
  'guest.ct_gateway_onlink': def(
    'info',
    {
      en: "container gateway {value} of {nic} is outside its subnet: Proxmox adds an on-link route to it inside the container",
      ko: "컨테이너 {nic}의 게이트웨이 {value}은(는) 서브넷 밖에 있습니다. Proxmox가 컨테이너 안에 게이트웨이로 가는 온링크 경로를 추가합니다",
    },
    {
      en: "this is the routed set-up for containers; it works while something on '{bridge}' answers ARP for {value} (the host's own address there, or proxy_arp)",
      ko: "컨테이너용 라우팅 구성입니다. '{bridge}'에서 누군가 {value}에 대한 ARP에 답해야 동작합니다(그 브리지에 있는 호스트 자신의 주소, 또는 proxy_arp)",
    },
    {
      en: 'For a container, Proxmox writes the network config itself. When gw= is not inside ip= (for example ip=203.0.113.10/32,gw=198.51.100.5), it adds "post-up ip route add GW dev eth0" and then the default route via GW, so the container ARPs for the gateway directly on its interface. That is the documented way to give a container a single routed address. The host answers if GW is one of its own addresses on that bridge (Linux answers ARP for any local address), or if proxy_arp is on for the bridge.',
      ko: '컨테이너는 Proxmox가 네트워크 설정을 직접 써 줍니다. gw=가 ip= 범위 밖이면(예: ip=203.0.113.10/32,gw=198.51.100.5) "post-up ip route add GW dev eth0"를 넣고 GW를 거치는 기본 경로를 추가하므로, 컨테이너는 자기 인터페이스에서 게이트웨이를 바로 ARP로 찾습니다. 컨테이너에 라우팅된 주소 하나를 주는, 문서에 나온 방법입니다. GW가 그 브리지에 있는 호스트 자신의 주소라면(리눅스는 자기 주소라면 어느 것이든 ARP에 답합니다) 또는 그 브리지에 proxy_arp가 켜져 있다면 호스트가 답합니다.',
    },
  ),
  'guest.ct_gateway_unanswered': def(
    'warning',
    {
      en: "nobody on '{bridge}' answers ARP for gateway {value} of container {nic}",
      ko: "'{bridge}'에는 컨테이너 {nic}의 게이트웨이 {value}에 대한 ARP에 답할 곳이 없습니다",
    },
    {
      en: "'{bridge}' has no ports, {value} is not one of its addresses and proxy_arp is off: add {value} to '{bridge}' (as a /32, like the uplink's) or turn on proxy_arp there",
      ko: "'{bridge}'에는 포트가 없고, {value}은(는) 그 브리지의 주소가 아니며, proxy_arp도 꺼져 있습니다. '{bridge}'에 {value}을(를) 추가하거나(업링크처럼 /32로) 그 브리지에 proxy_arp를 켜세요",
    },
    {
      en: 'Proxmox gives the container an on-link route to its gateway, so the container asks "who has GW?" on its bridge. A bridge without ports reaches only the host and other guests; the host answers only for addresses it has on that bridge, or for any routed address with proxy_arp on. Otherwise the ARP goes unanswered and the container reaches nothing beyond the bridge.',
      ko: 'Proxmox는 컨테이너에 게이트웨이로 가는 온링크 경로를 넣어 주므로, 컨테이너는 자기 브리지에서 "GW는 누구인가요?"라고 묻습니다. 포트 없는 브리지에는 호스트와 다른 게스트만 있습니다. 호스트는 그 브리지에 둔 자기 주소나, proxy_arp가 켜져 있으면 라우팅 가능한 주소에 대해서만 답합니다. 그렇지 않으면 ARP에 아무도 답하지 않아 컨테이너는 브리지 밖으로 나가지 못합니다.',
    },
  ),
  // ---- lab files ----
  'lab.yaml_syntax': def(
    'error',
    { en: 'YAML syntax: {detail}', ko: 'YAML 구문 오류: {detail}' },
    { en: 'check indentation (spaces only) and quoting', ko: '들여쓰기(공백만)와 따옴표를 확인하세요' },
    {
      en: 'A lab file is YAML. Indentation must use spaces, a list item starts with "- ", and text containing ": " or "#" needs quotes.',
      ko: '랩 파일은 YAML입니다. 들여쓰기는 공백으로만 하고, 목록 항목은 "- "로 시작하며, ": "나 "#"이 들어간 텍스트는 따옴표로 감싸야 합니다.',
    },
  ),
  'lab.schema': def(
    'error',
    { en: '{path}: {detail}', ko: '{path} 항목: {detailKo}' },
    { en: 'see public/schemas/lab.schema.json for the format', ko: '형식은 public/schemas/lab.schema.json을 참고하세요' },
    {
      en: 'The lab file parsed as YAML but does not have the shape of a lab: a field is missing, misspelled, or has the wrong type.',
      ko: '랩 파일이 YAML로는 읽혔지만 랩의 형식에 맞지 않습니다. 필드가 빠졌거나, 철자가 틀렸거나, 타입이 다릅니다.',
    },
  ),
  'lab.file_not_found': def(
    'error',
    { en: "cannot read '{path}'", ko: "'{path}' 파일을 읽을 수 없습니다" },
    { en: 'paths are relative to the lab file', ko: '경로는 랩 파일 기준 상대 경로입니다' },
    {
      en: 'host.interfaces may name a file ({ file: ... }); it is read relative to the lab file\'s folder.',
      ko: 'host.interfaces에 파일을 지정할 수 있는데({ file: ... }), 랩 파일이 있는 폴더를 기준으로 읽습니다.',
    },
  ),
  'lab.duplicate_id': def(
    'error',
    { en: "'{name}' is used as an id twice", ko: "'{name}'이(가) id로 두 번 쓰였습니다" },
    { en: 'every node (host, guest, switch) and every step needs its own id', ko: '노드(호스트, 게스트, 스위치)와 단계마다 서로 다른 id가 필요합니다' },
    {
      en: 'Steps and goals find nodes and steps by id, so an id may name only one thing. A guest\'s id is its name, or its vmid when it has no name.',
      ko: '단계와 목표는 id로 노드와 단계를 찾으므로 id 하나는 한 대상만 가리켜야 합니다. 게스트의 id는 이름이고, 이름이 없으면 vmid입니다.',
    },
  ),
  'lab.unknown_ref': def(
    'error',
    { en: "'{name}' does not name any {what} in this lab", ko: "'{name}'은(는) 이 랩에 없는 {whatKo}입니다" },
    { en: "did you mean '{suggestion}'?", ko: "혹시 '{suggestion}'인가요?" },
    {
      en: 'Steps and goals refer to nodes (pve, guests by vmid or name, world hosts and switches) and to steps by their id.',
      ko: '단계와 목표는 노드(pve, vmid나 이름으로 가리키는 게스트, world의 호스트와 스위치)와 단계 id를 참조합니다.',
    },
  ),
} as const satisfies Record<string, MessageDef>;

export type ConfigCode = keyof typeof MESSAGES;

export function isConfigCode(code: string): code is ConfigCode {
  return Object.hasOwn(MESSAGES, code);
}

/** Fills `{name}` placeholders; unknown ones are left visible so a missing param is noticed. */
export function interpolate(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{([A-Za-z]+)\}/g, (whole, key: string) => {
    const v = params[key];
    return v === undefined ? whole : String(v);
  });
}
