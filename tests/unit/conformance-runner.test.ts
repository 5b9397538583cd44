/**
 * The conformance runner's own pieces, checked without root: every scenario file is valid, the
 * real tools' output is read correctly, and the iptables text the scenarios give Linux becomes the
 * kernel rule it means. (The comparison with real Linux itself runs in `npm run conformance`.)
 */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { iptablesArgsToRule, iptablesPolicyOf } from '../../scripts/conformance/iptables-args.ts';
import { BASELINE_SYSCTLS, shellWords } from '../../scripts/conformance/linux-build.ts';
import { parseConntrack, parseNc, parsePing } from '../../scripts/conformance/linux-run.ts';
import { formatCt, emptyObservations, type Observations } from '../../scripts/conformance/observations.ts';
import { compareObservations } from '../../scripts/conformance/compare.ts';
import { scenarioFromLab } from '../../scripts/conformance/from-lab.ts';
import { loadScenario, ScenarioError, type Scenario } from '../../scripts/conformance/scenario.ts';
import { runInSim } from '../../scripts/conformance/sim-run.ts';
import { parse as parseYaml } from 'yaml';
import { readFileSync } from 'node:fs';

const DIR = join(import.meta.dirname, '..', 'conformance');
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.yaml'));
/** Scenario files carry a `conformance:` block; the others are lab files (content/labs format). */
function load(file: string): Scenario {
  const doc = parseYaml(readFileSync(file, 'utf8')) as Record<string, unknown>;
  if ('conformance' in doc) return loadScenario(file);
  const r = scenarioFromLab(file);
  if (!('scenario' in r)) throw new Error(`${file}: skipped: ${r.skip}`);
  return r.scenario;
}
const DOC_RANGES = [/^192\.0\.2\./, /^198\.51\.100\./, /^203\.0\.113\./, /^10\.10\.10\./, /^192\.168\.10\./];

describe('conformance scenarios', () => {
  it('there are at least 15, each valid (lab files too), with a unique id', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(15);
    const ids = FILES.map((f) => load(join(DIR, f)).id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('use documentation address ranges only', () => {
    for (const f of FILES) {
      const s = load(join(DIR, f));
      const text = JSON.stringify(s.conformance);
      for (const ip of text.match(/\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b/g) ?? []) {
        expect(DOC_RANGES.some((r) => r.test(ip)), `${f}: ${ip}`).toBe(true);
      }
    }
  });

  it('a broken scenario is reported by file and field, not with a stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nmc-'));
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'id: x\ntitle: { en: a, ko: b }\nconformance:\n  nodes: [{ id: pve, kind: proxmox, nics: [{ name: eno1, mac: nope }] }]\n  steps: [{ wait: { ms: 1 } }]\n');
    expect(() => loadScenario(bad)).toThrow(ScenarioError);
    expect(() => loadScenario(bad)).toThrow(/bad\.yaml: conformance\.nodes\.0\.nics\.0\.mac: a MAC address/);
    const dangling = join(dir, 'dangling.yaml');
    writeFileSync(dangling, 'id: y\ntitle: { en: a, ko: b }\nconformance:\n  nodes: [{ id: a, kind: guest }]\n  links: [[a:eth0, b:eth0]]\n  steps: [{ wait: { ms: 1 } }]\n');
    expect(() => loadScenario(dangling)).toThrow(/link end a:eth0 is not a NIC/);
    const yamlError = join(dir, 'syntax.yaml');
    writeFileSync(yamlError, 'id: [unclosed\n');
    expect(() => loadScenario(yamlError)).toThrow(/syntax\.yaml:\d+:\d+: YAML error/);
  });
});

describe('races (Linux itself nondeterministic)', () => {
  const race = { what: 'arp pc', oneOf: ['10 -> host', '10 -> guest'] };
  function withArp(rows: string[]): Observations {
    return { ...emptyObservations(), neigh: { pc: rows } };
  }
  it('either outcome Linux can produce agrees with the kernel\'s, and the row says it was a race', () => {
    const rows = compareObservations(withArp(['10 -> host', '20 -> host']), withArp(['10 -> guest', '20 -> host']), [], [race]);
    expect(rows.every((r) => r.same)).toBe(true);
    expect(rows.filter((r) => r.race)).toHaveLength(1);
  });
  it('an outcome outside the race, or both outcomes at once, still differs', () => {
    expect(compareObservations(withArp(['10 -> host']), withArp(['10 -> router']), [], [race]).some((r) => !r.same)).toBe(true);
    expect(compareObservations(withArp(['10 -> host', '10 -> guest']), withArp(['10 -> guest']), [], [race]).some((r) => !r.same)).toBe(true);
    expect(compareObservations(withArp([]), withArp(['10 -> guest']), [], [race]).some((r) => !r.same)).toBe(true);
  });
  it('rows outside the race compare as before', () => {
    expect(compareObservations(withArp(['20 -> host']), withArp(['20 -> guest']), [], [race]).some((r) => !r.same)).toBe(true);
  });
});

describe('namespace baseline', () => {
  it('every namespace starts from the values the kernel assumes, not the machine\'s (which new namespaces inherit)', () => {
    // A CI host with ip_forward 1 (Docker) or rp_filter 2 (systemd) must not leak into the nodes.
    const base = new Map(BASELINE_SYSCTLS);
    for (const c of ['all', 'default']) {
      for (const k of ['forwarding', 'rp_filter', 'accept_local', 'arp_ignore', 'proxy_arp']) expect(base.get(`net.ipv4.conf.${c}.${k}`)).toBe(0);
      expect(base.get(`net.ipv4.conf.${c}.promote_secondaries`)).toBe(1);
    }
    expect(base.get('net.ipv4.ip_forward')).toBe(0);
  });
});

describe('lab files as scenarios', () => {
  it('take the iptables commands ifupdown would run from the interfaces text', async () => {
    const { iptablesFromInterfaces } = await import('../../scripts/conformance/from-lab.ts');
    const text = `iface vmbr1 inet static
        post-up   echo 1 > /proc/sys/net/ipv4/ip_forward
        post-up   iptables -t nat -A POSTROUTING -s '10.10.10.0/24' -o vmbr0 -j MASQUERADE
        post-down iptables -t nat -D POSTROUTING -s '10.10.10.0/24' -o vmbr0 -j MASQUERADE
        up /sbin/iptables -t raw -I PREROUTING -i fwbr+ \\
           -j CT --zone 1`;
    expect(iptablesFromInterfaces(text).map((r) => r.replace(/\s+/g, ' '))).toEqual([`-t nat -A POSTROUTING -s '10.10.10.0/24' -o vmbr0 -j MASQUERADE`, '-t raw -I PREROUTING -i fwbr+ -j CT --zone 1']);
  });

  it('labs the namespaces cannot model are skipped with the reason', () => {
    const r = scenarioFromLab(join(import.meta.dirname, '..', '..', 'content', 'labs', 'bond-lacp.yaml'));
    expect(r).toMatchObject({ skip: expect.stringMatching(/bond/) });
  });

  it('a shipped lab becomes an explicit scenario with every MAC set', () => {
    const r = scenarioFromLab(join(import.meta.dirname, '..', '..', 'content', 'labs', 'bridge-basics.yaml'));
    if (!('scenario' in r)) throw new Error(r.skip);
    const pve = r.scenario.conformance.nodes.find((n) => n.id === 'pve');
    expect(pve && 'bridges' in pve ? pve.bridges.map((b) => b.ports) : []).toEqual([['eno1', 'tap100i0', 'tap101i0']]);
    expect(r.scenario.conformance.compare.fdb).toContain('pve:vmbr0');
  });
});

describe('change steps (an admin edits the host between two steps)', () => {
  it('a sysctl written mid-scenario takes effect on the kernel side: ip_forward 0 drops, 1 forwards', () => {
    const obs = runInSim(loadScenario(join(DIR, '35-two-bridges-routed-forwarding.yaml')));
    expect(obs.steps.slice(1, 4)).toEqual(['replies 0/1', 'changed', 'replies 2/2 ttl=63']);
    // ping writes the kind of unreachable it got; the kernel side says the same words.
    expect(obs.steps[6]).toBe('replies 0/1 (destination-net-unreachable from 192.168.10.1)');
  });

  it('iptables -D and address changes reach the kernel side', () => {
    const del = runInSim(loadScenario(join(DIR, '38-conntrack-survives-rule-deletion.yaml')));
    expect(del.conntrack['pve']).toContain('udp zone 0 10.10.10.100:40061 > 198.51.100.20:5353 | reply 198.51.100.20:=dport > 10.10.10.100:=sport [unreplied]');
    const moved = runInSim(loadScenario(join(DIR, '39-masquerade-vs-snat-address-change.yaml')));
    expect(moved.conntrack['pve']).toContain('udp zone 0 10.10.10.100:40070 > 198.51.100.20:5353 | reply 198.51.100.20:=dport > 198.51.100.6:=sport [unreplied]');
  });

  it('a scenario of a behaviour the kernel does not model says why it is skipped, and stays valid', () => {
    const s = loadScenario(join(DIR, '44-guest-gateway-forwards-back.yaml'));
    expect(s.skip).toMatch(/ICMP redirects are not modelled/);
  });

  it('a change on a node that is not a host is reported by file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nmc-change-'));
    const file = join(dir, 'bad.yaml');
    writeFileSync(
      file,
      `id: bad\ntitle: { en: x, ko: x }\nconformance:\n  nodes:\n    - { id: sw, kind: switch, ports: [p1] }\n  steps:\n    - change: { on: sw, sysctls: { net.ipv4.ip_forward: 1 } }\n`,
    );
    expect(() => loadScenario(file)).toThrow(/bad\.yaml: step host sw is not a host/);
  });
});

describe('reading the real tools', () => {
  it('ping: replies, reply TTLs and ICMP errors with their sender', () => {
    const ok = `PING 203.0.113.10 (203.0.113.10) 56(84) bytes of data.
64 bytes from 203.0.113.10: icmp_seq=1 ttl=62 time=0.101 ms
64 bytes from 203.0.113.10: icmp_seq=2 ttl=62 time=0.090 ms

--- 203.0.113.10 ping statistics ---
2 packets transmitted, 2 received, 0% packet loss, time 201ms`;
    expect(parsePing(ok, 2)).toBe('replies 2/2 ttl=62');
    const ttl = `PING 203.0.113.10 (203.0.113.10) 56(84) bytes of data.
From 10.10.10.1 icmp_seq=1 Time to live exceeded

--- 203.0.113.10 ping statistics ---
1 packets transmitted, 0 received, +1 errors, 100% packet loss, time 0ms`;
    expect(parsePing(ttl, 1)).toBe('replies 0/1 (time-to-live-exceeded from 10.10.10.1)');
    expect(parsePing('1 packets transmitted, 0 received, 100% packet loss', 1)).toBe('replies 0/1');
  });

  it('nc -zv: established, refused, unreachable, timeout', () => {
    expect(parseNc('Connection to 198.51.100.20 80 port [tcp/*] succeeded!', 0)).toBe('established');
    expect(parseNc('nc: connect to 198.51.100.5 port 2222 (tcp) failed: Connection refused', 1)).toBe('refused');
    expect(parseNc('nc: connect to 10.10.10.100 port 22 (tcp) failed: Network is unreachable', 1)).toBe('unreachable');
    expect(parseNc('nc: connect to 10.10.10.100 port 22 (tcp) failed: No route to host', 1)).toBe('unreachable');
    expect(parseNc('nc: connect to 192.0.2.9 port 22 (tcp) timed out: Operation now in progress', 1)).toBe('timeout');
  });

  it('conntrack -L: original and reply tuples, zone, unreplied flag', () => {
    const text = `tcp      6 431999 ESTABLISHED src=10.10.10.101 dst=198.51.100.20 sport=40000 dport=80 src=198.51.100.20 dst=198.51.100.5 sport=80 dport=27811 [ASSURED] mark=0 use=1
icmp     1 27 src=10.10.10.100 dst=198.51.100.20 type=8 code=0 id=9065 [UNREPLIED] src=198.51.100.20 dst=198.51.100.5 type=0 code=0 id=9065 mark=0 zone=1 use=1
conntrack v1.4.7 (conntrack-tools): 2 flow entries have been shown.`;
    const rows = parseConntrack(text);
    expect(rows).toEqual([
      { proto: 'tcp', zone: 0, orig: { src: '10.10.10.101', dst: '198.51.100.20', sport: 40000, dport: 80 }, reply: { src: '198.51.100.20', dst: '198.51.100.5', sport: 80, dport: 27811 }, unreplied: false },
      { proto: 'icmp', zone: 1, orig: { src: '10.10.10.100', dst: '198.51.100.20', sport: 9065 }, reply: { src: '198.51.100.20', dst: '198.51.100.5', sport: 9065 }, unreplied: true },
    ]);
    expect(rows.map(formatCt)).toEqual([
      'tcp zone 0 10.10.10.101:40000 > 198.51.100.20:80 | reply 198.51.100.20:=dport > 198.51.100.5:remapped',
      'icmp zone 1 10.10.10.100 > 198.51.100.20 | reply 198.51.100.20 > 198.51.100.5 id kept [unreplied]',
    ]);
  });
});

describe('iptables text to kernel rules', () => {
  it('splits quoted words as a shell does', () => {
    expect(shellWords(`-t nat -A POSTROUTING -s '10.10.10.0/24' -o vmbr0 -j MASQUERADE`)).toEqual(['-t', 'nat', '-A', 'POSTROUTING', '-s', '10.10.10.0/24', '-o', 'vmbr0', '-j', 'MASQUERADE']);
  });

  it('the reference NAT config rules', () => {
    expect(iptablesArgsToRule(`-t nat -A POSTROUTING -s '10.10.10.0/24' -o vmbr0 -j MASQUERADE`)).toEqual({
      table: 'nat', chain: 'POSTROUTING', op: 'append', match: { src: '10.10.10.0/24', outIface: 'vmbr0' }, target: { kind: 'MASQUERADE' },
    });
    expect(iptablesArgsToRule('-t raw -I PREROUTING -i fwbr+ -j CT --zone 1')).toEqual({
      table: 'raw', chain: 'PREROUTING', op: 'insert', match: { inIface: 'fwbr+' }, target: { kind: 'CT', zone: 1 },
    });
    expect(iptablesArgsToRule('-t nat -A PREROUTING -i vmbr0 -p tcp --dport 2222 -j DNAT --to 10.10.10.100:22')).toEqual({
      table: 'nat', chain: 'PREROUTING', op: 'append', match: { inIface: 'vmbr0', proto: 'tcp', dport: 2222 }, target: { kind: 'DNAT', toDestination: '10.10.10.100:22' },
    });
    expect(iptablesArgsToRule('-A FORWARD ! -s 10.10.10.0/24 -j DROP')).toEqual({
      table: 'filter', chain: 'FORWARD', op: 'append', match: { src: '10.10.10.0/24', not: { src: true } }, target: { kind: 'DROP' },
    });
  });

  it('forwarding policy and conntrack state matches', () => {
    expect(iptablesPolicyOf('-P FORWARD DROP')).toEqual({ table: 'filter', chain: 'FORWARD', policy: 'DROP' });
    expect(iptablesPolicyOf('-A FORWARD -j ACCEPT')).toBeUndefined();
    expect(iptablesArgsToRule('-A FORWARD -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT')).toEqual({
      table: 'filter', chain: 'FORWARD', op: 'append', match: { ctstate: ['RELATED', 'ESTABLISHED'] }, target: { kind: 'ACCEPT' },
    });
  });

  it('refuses options it does not understand instead of testing less than the scenario says', () => {
    expect(() => iptablesArgsToRule('-t nat -A POSTROUTING -m comment --comment x -j MASQUERADE')).toThrow(/match module comment/);
    expect(() => iptablesArgsToRule('-t nat -A POSTROUTING -j LOG')).toThrow(/target LOG/);
  });
});
