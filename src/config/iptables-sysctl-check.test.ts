/**
 * The checker refuses what iptables and the kernel refuse (issue 17): an unknown target, chain, match
 * or option is an error at the word with a did-you-mean, as `iptables` itself stops there
 * ("Couldn't load target", "No chain/target/match by that name", "unknown option"; iptables(8),
 * iptables-extensions(8)); what iptables accepts but the simulation does not model is info that says
 * what the rule does in Linux. A misspelt sysctl key fails at its own line (no such /proc/sys file).
 */
import { describe, expect, it } from 'vitest';
import { hintText, messageText } from './diagnostic.ts';
import { formatDiagnostic } from './format.ts';
import { checkInterfaces } from './interfaces/index.ts';

const NAT = (lines: string) => `auto lo
iface lo inet loopback

auto eno1
iface eno1 inet static
        address 198.51.100.5/24
        gateway 198.51.100.1

auto vmbr1
iface vmbr1 inet static
        address 10.10.10.1/24
        bridge-ports none
        bridge-stp off
        bridge-fd 0
${lines}`;

/** Every diagnostic as "severity code line", and the word its span covers (which pins the column). */
function found(text: string) {
  const { diagnostics, index } = checkInterfaces(text);
  return diagnostics.map((d) => ({
    at: `${d.severity} ${d.code} ${d.span.line}`,
    word: index.text.slice(d.span.start, d.span.end),
    en: `${messageText(d, 'en')} | ${hintText(d, 'en') ?? ''}`,
    ko: `${messageText(d, 'ko')} | ${hintText(d, 'ko') ?? ''}`,
  }));
}
const errors = (text: string) => found(text).filter((d) => d.at.startsWith('error'));

describe('iptables words iptables itself refuses are errors at the word, with a did-you-mean', () => {
  it('a misspelt target (-j MASQURADE): the NAT rule does not exist, unlike a rule that is only not simulated', () => {
    const e = errors(NAT("        post-up echo 1 > /proc/sys/net/ipv4/ip_forward\n        post-up iptables -t nat -A POSTROUTING -s '10.10.10.0/24' -o eno1 -j MASQURADE\n"));
    expect(e.map((d) => [d.at, d.word])).toEqual([['error cfg.iptables_unknown_target 16', 'MASQURADE']]);
    expect(e[0]!.en).toContain("did you mean 'MASQUERADE'?");
    expect(e[0]!.ko).toContain("혹시 'MASQUERADE'인가요?");
    const { host } = checkInterfaces(NAT("        post-up iptables -t nat -A POSTROUTING -o eno1 -j MASQURADE\n"));
    expect(host.rules.filter((r) => r.rule.simulated)).toEqual([]);
  });
  it('a target in the wrong case is a different name to iptables', () => {
    expect(errors(NAT('        post-up iptables -t nat -A POSTROUTING -o eno1 -j masquerade\n')).map((d) => d.en)[0]).toContain("did you mean 'MASQUERADE'?");
  });
  it('a misspelt chain (-A POSTROUTNG), and a nat chain used without -t nat', () => {
    const e = errors(NAT('        post-up iptables -t nat -A POSTROUTNG -o eno1 -j MASQUERADE\n        post-up iptables -A POSTROUTING -o eno1 -j MASQUERADE\n'));
    expect(e.map((d) => [d.at, d.word])).toEqual([
      ['error cfg.iptables_unknown_chain 15', 'POSTROUTNG'],
      ['error cfg.iptables_chain_in_other_table 16', 'POSTROUTING'],
    ]);
    expect(e[0]!.en).toContain("did you mean 'POSTROUTING'?");
    expect(e[1]!.en).toBe("the filter table has no POSTROUTING chain; POSTROUTING is in the nat table | add '-t nat' to the command");
  });
  it('a misspelt option (--to-destinaton), an option before its match is loaded, an unknown match', () => {
    const e = errors(
      NAT(
        '        post-up iptables -t nat -A PREROUTING -i eno1 -p tcp --dport 2222 -j DNAT --to-destinaton 10.10.10.100:22\n' +
          '        post-up iptables -A FORWARD --state RELATED,ESTABLISHED -j ACCEPT\n' +
          '        post-up iptables -A FORWARD -m conntrak --ctstate RELATED,ESTABLISHED -j ACCEPT\n' +
          '        post-up iptables -A FORWARD -i vmbr1 -dport 22 -j ACCEPT\n',
      ),
    );
    expect(e.map((d) => [d.at, d.word])).toEqual([
      ['error cfg.iptables_unknown_option 15', '--to-destinaton'],
      ['error cfg.iptables_option_needs 16', '--state'],
      ['error cfg.iptables_unknown_match 17', 'conntrak'],
      ['error cfg.iptables_unknown_option 18', '-dport'],
    ]);
    expect(e.map((d) => d.en.split(' | ')[1]!.split('?')[0])).toEqual(["did you mean '--to-destination'", "write '-m state' before '--state'", "did you mean 'conntrack'", "did you mean '--dport'"]);
  });
  it('a user chain made with -N exists for -A and -j; a jump to a chain never made is refused', () => {
    const ok = found(NAT('        post-up iptables -N GUESTS; iptables -A GUESTS -j ACCEPT; iptables -A FORWARD -i vmbr1 -j GUESTS\n'));
    expect(ok.filter((d) => d.at.startsWith('error'))).toEqual([]);
    expect(errors(NAT('        post-up iptables -A FORWARD -i vmbr1 -j GUESTS\n')).map((d) => d.at)).toEqual(['error cfg.iptables_unknown_target 15']);
  });
  it('what iptables accepts but the simulation does not model stays info and says what it does in Linux', () => {
    const d = found(NAT('        post-up iptables -A FORWARD -j LOG --log-prefix "fw: "\n        post-up iptables -A FORWARD -m physdev --physdev-is-bridged -j ACCEPT\n'));
    expect(d.map((x) => [x.at, x.word])).toEqual([
      ['info cfg.iptables_not_simulated 15', 'LOG'],
      ['info cfg.iptables_not_simulated 16', 'physdev'],
    ]);
    expect(d[0]!.en).toContain('in Linux it writes a line about each matching packet to the kernel log');
    expect(d[0]!.ko).toContain('리눅스에서는 일치하는 패킷마다 커널 로그에 한 줄을 남기고');
  });
  it('abbreviations getopt accepts (--to, --to-port) and the options that only change output stay valid', () => {
    const e = errors(
      NAT(
        '        post-up iptables -t nat -A PREROUTING -i eno1 -p tcp --dport 2222 -j DNAT --to 10.10.10.100:22\n' +
          '        post-up iptables -w -v -t nat -A POSTROUTING -o eno1 -j MASQUERADE --to-port 1024-65535\n',
      ),
    );
    expect(e).toEqual([]);
  });
});

describe('sysctl keys the kernel does not have', () => {
  it('echo into a misspelt /proc/sys file: an error at its own line with the key meant; the forwarding warning names that line', () => {
    const d = found(NAT("        post-up echo 1 > /proc/sys/net/ipv4/ip_foward\n        post-up iptables -t nat -A POSTROUTING -s '10.10.10.0/24' -o eno1 -j MASQUERADE\n"));
    const key = d.find((x) => x.at.includes('cfg.unknown_sysctl'))!;
    expect([key.at, key.word]).toEqual(['error cfg.unknown_sysctl 15', '/proc/sys/net/ipv4/ip_foward']);
    expect(key.en).toContain("did you mean 'net.ipv4.ip_forward'?");
    const warn = d.find((x) => x.at.startsWith('warning'))!;
    expect(warn.at).toBe('warning cfg.ip_forward_misspelt 16');
    expect(warn.en).toBe("nothing turns on IP forwarding: line 15 writes 'net.ipv4.ip_foward', which is not a kernel setting | write 'net.ipv4.ip_forward' on line 15");
    expect(warn.ko).toBe("IP 포워딩을 켜는 설정이 없습니다. 15번 줄은 커널에 없는 'net.ipv4.ip_foward'에 씁니다 | 15번 줄에 'net.ipv4.ip_forward'를 쓰세요");
  });
  it('sysctl -w with a misspelt per-interface key points at the key; real keys, even ones the simulation ignores, are quiet', () => {
    expect(errors(NAT('        post-up sysctl -w net.ipv4.conf.vmbr1.proxy_arpp=1\n')).map((d) => [d.at, d.word])).toEqual([
      ['error cfg.unknown_sysctl 15', 'net.ipv4.conf.vmbr1.proxy_arpp'],
    ]);
    const quiet = NAT('        post-up sysctl -w net.ipv4.conf.all.rp_filter=2 net.core.somaxconn=1024; echo 0 > /proc/sys/net/ipv6/conf/vmbr1/disable_ipv6\n');
    expect(found(quiet).filter((d) => d.at.includes('unknown_sysctl'))).toEqual([]);
  });
});

describe('a file that is not text', () => {
  it('says so at the first NUL or undecodable byte, and prints no raw control character anywhere', () => {
    const text = 'auto lo\niface lo inet loopback\n\x00\x01junk\ufffd\n\tbridge-ports\x1b[31m eno1\u202e\n';
    const { diagnostics, index } = checkInterfaces(text);
    const first = diagnostics.find((d) => d.code === 'cfg.not_text')!;
    expect([first.span.line, first.span.col]).toEqual([3, 1]);
    expect(messageText(first, 'en')).toBe('this is not a text file: it holds a NUL byte (\\x00) here');
    expect(messageText(first, 'ko')).toBe('텍스트 파일이 아닙니다. 여기에 NUL 바이트(\\x00)가 있습니다');
    const printed = diagnostics.map((d) => formatDiagnostic(d, { lang: 'en', file: 'interfaces', index })).join('\n');
    expect(printed).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f\u202e]/);
    expect(printed).toContain("unknown option 'bridge-ports\\x1b[31m'");
    // The caret stays under the escaped word: tabs expanded, escapes counted.
    expect(printed).toContain('  4 |         bridge-ports\\x1b[31m eno1\\u202e\n    |         ^^^^^^^^^^^^^^^^^^^^');
  });
  it('bytes that were not UTF-8 (decoded as U+FFFD) are named as such, with line and column', () => {
    const d = checkInterfaces('auto lo\niface lo inet loopback\n  address 10.10.10.1/24 caf\ufffd\n').diagnostics.find((x) => x.code === 'cfg.not_text')!;
    expect([d.span.line, d.span.col, messageText(d, 'en')]).toEqual([3, 28, 'this is not a text file: bytes here are not valid UTF-8 (shown as \\ufffd)']);
  });
});
