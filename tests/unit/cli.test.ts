// Runs the real `netmodes` binary as a user would (node bin/netmodes.mjs ...), in both languages.
// Each test starts a few Node processes; the timeouts leave room for a busy CI machine.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'bin/netmodes.mjs');
const tmp = mkdtempSync(join(tmpdir(), 'netmodes-cli-'));

function netmodes(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    timeout: 30_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const write = (name: string, text: string) => {
  const p = join(tmp, name);
  writeFileSync(p, text);
  return p;
};

const broken = write(
  'broken.interfaces',
  `auto vmbr0
iface vmbr0 inet static
        address 192.168.10.2/33
        bridge-prots eno1
`,
);
const clean = join(root, 'src/config/fixtures/clean/default-bridge.interfaces');

describe('netmodes check', { timeout: 90_000 }, () => {
  it('a clean file: exit 0 and an ok line', () => {
    const r = netmodes(['check', clean]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/default-bridge\.interfaces: ok \(0 errors, 0 warnings, 0 info\)/);
  });

  it('errors: exit 1, FILE:LINE:COL: severity: message, hint and caret, no stack trace', () => {
    const r = netmodes(['check', broken]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`${broken}:3:17: error: '192.168.10.2/33' is not a valid IPv4 address [cfg.bad_address]`);
    expect(r.out).toContain(`${broken}:4:9: warning: unknown option 'bridge-prots' [cfg.unknown_option]`);
    expect(r.out).toContain("hint: did you mean 'bridge-ports'?");
    expect(r.out).toMatch(/\n\s+\|\s+\^{15}\n/);
    expect(r.out + r.err).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
  });

  it('in Korean with --lang ko, and by default when LANG starts with ko', () => {
    const a = netmodes(['check', '--lang', 'ko', broken]);
    expect(a.out).toContain("'192.168.10.2/33'은 올바른 IPv4 주소가 아닙니다");
    expect(a.out).toContain("도움말: 혹시 'bridge-ports'인가요?");
    expect(a.out).toContain('오류 1개, 경고 1개');
    const b = netmodes(['check', broken], { LANG: 'ko_KR.UTF-8' });
    expect(b.out).toContain('올바른 IPv4 주소가 아닙니다');
    const c = netmodes(['check', broken], { LANG: 'ko_KR.UTF-8' }).out === netmodes(['check', '--lang', 'en', broken], { LANG: 'ko_KR.UTF-8' }).out;
    expect(c).toBe(false);
  });

  it('--json for machines', () => {
    const r = netmodes(['check', '--json', broken]);
    const j = JSON.parse(r.out) as { errors: number; files: Array<{ diagnostics: Array<{ line: number; col: number; code: string; severity: string }> }> };
    expect(j.errors).toBe(1);
    expect(j.files[0]!.diagnostics.map((d) => [d.line, d.col, d.code, d.severity])).toEqual([
      [3, 17, 'cfg.bad_address', 'error'],
      [4, 9, 'cfg.unknown_option', 'warning'],
    ]);
  });

  it('a guest config is checked against the interfaces file given with it', () => {
    const vm = write('100.conf', 'name: web\nnet0: virtio=BC:24:11:3A:5C:01,bridge=vmbr1,firewall=1\n');
    const r = netmodes(['check', clean, vm]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`${vm}:2:39: error: bridge 'vmbr1' does not exist on the host (bridges: vmbr0) [guest.unknown_bridge]`);
  });

  it('several interfaces files (cluster nodes): every guest is checked against each, and the missing bridge names its file', () => {
    const node2 = write('node2.interfaces', 'auto vmbr1\niface vmbr1 inet static\n        address 192.168.10.3/24\n        bridge-ports eno1\n');
    const vm = write('101.conf', 'net0: virtio=BC:24:11:3A:5C:02,bridge=vmbr0\n');
    const r = netmodes(['check', clean, node2, vm]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`${vm}:1:39: error: bridge 'vmbr0' does not exist in ${node2} (bridges: vmbr1) [guest.unknown_bridge_in]`);
    expect(r.out).not.toContain(`does not exist in ${clean}`);
    const ko = netmodes(['check', '--lang', 'ko', clean, node2, vm]);
    expect(ko.out).toContain(`${node2}에 'vmbr0' 브리지가 없습니다(있는 브리지: vmbr1)`);
  });

  it('a file that cannot be read is an error without a stack trace', () => {
    const r = netmodes(['check', join(tmp, 'missing.interfaces')]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('cannot read the file');
    expect(r.err).not.toMatch(/ENOENT|\n\s+at /);
  });
});

describe('netmodes run --solve', { timeout: 90_000 }, () => {
  it('runs the solution in every variant and prints the goals met; exit 0', () => {
    const r = netmodes(['run', 'content/labs/routed.yaml', '--solve']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('== variant: Bridged (vmbr0 with eno0 as a port) [bridged]');
    expect(r.out).toContain('== variant: Routed (ip_forward + proxy_arp) [routed]');
    expect(r.out).toMatch(/✔ proxy: all 2 checks pass/);
    expect(r.out.match(/the solution reaches every goal/g)).toHaveLength(2);
  });

  it('a goal the solution cannot reach: exit 1, the goal named', () => {
    const lab = write(
      'unreachable.yaml',
      `id: stuck
title: { en: Stuck, ko: 막힘 }
description: { en: A goal no action reaches., ko: 어떤 동작으로도 닿지 않는 목표. }
host:
  interfaces: |
    auto vmbr0
    iface vmbr0 inet static
        address 192.168.10.2/24
        bridge-ports none
guests:
  - { vmid: 100, net: ["net0: virtio=BC:24:11:00:01:00,bridge=vmbr0"], ip: 192.168.10.100/24 }
actions:
  - { id: ping, label: { en: Ping, ko: ping }, do: [{ ping: { from: 100, to: 192.168.10.50, count: 1 } }] }
goals:
  - { id: reach-the-laptop, reachable: ping }
solution: [ping]
`,
    );
    const r = netmodes(['run', lab, '--solve']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('✘ reach-the-laptop:');
    expect(r.out).toContain('not reached by the solution: reach-the-laptop');
    const ko = netmodes(['run', '--lang', 'ko', lab, '--solve']);
    expect(ko.out).toContain('풀이로 닿지 못한 목표: reach-the-laptop');
  });

  it('--help documents --solve', () => {
    expect(netmodes(['run', '--help']).out).toContain('--solve');
    expect(netmodes(['run', '--help', '--lang', 'ko']).out).toContain('--solve');
  });
});

describe('netmodes run', { timeout: 90_000 }, () => {
  it('prints the steps, the narrated trace and the goals; exit 0 when all pass', () => {
    const r = netmodes(['run', 'content/labs/routed-provider-bridged.yaml']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('[2/3] ping 100 -> 192.0.2.10: 2 sent, 0 received (unreachable)');
    expect(r.out).toContain('content/labs/routed-provider-bridged.yaml:59');
    expect(r.out).toMatch(/✔ 'provider\.mac_rejected' appears in the trace/);
    expect(r.out).toContain('3 of 3 goals passed');
    expect(r.out).not.toContain('\x1b[');
  });

  it('in Korean', () => {
    const r = netmodes(['run', '--lang', 'ko', 'content/labs/nat.yaml']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('NAT: 호스트의 주소 하나 뒤에 숨은 사설 게스트와 포트 포워딩');
    expect(r.out).toMatch(/목표 9개 중 9개 통과/);
  });

  it('--json gives steps with trace events and goal results', () => {
    const r = netmodes(['run', '--json', 'content/labs/bridge-basics.yaml']);
    const j = JSON.parse(r.out) as { passed: boolean; steps: Array<{ events: Array<{ code: string }> }>; goals: Array<{ passed: boolean; text: string }> };
    expect(j.passed).toBe(true);
    expect(j.steps[1]!.events.some((e) => e.code === 'fdb.flood')).toBe(true);
    expect(j.goals.every((g) => g.passed && g.text.length > 0)).toBe(true);
  });

  it('a failing goal exits 1', () => {
    const lab = write(
      'fail.yaml',
      `id: fail
title: { en: Failing, ko: 실패 }
description: { en: A goal that cannot pass., ko: 통과할 수 없는 목표입니다. }
host:
  interfaces: |
    auto vmbr0
    iface vmbr0 inet static
            address 192.168.10.2/24
            bridge-ports none
steps:
  - id: nowhere
    ping: { from: pve, to: 192.168.10.9, count: 1 }
goals:
  - reachable: nowhere
`,
    );
    const r = netmodes(['run', lab]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/✘ nowhere: 192\.168\.10\.9 should be reachable from pve/);
    expect(r.out).toContain('0 of 1 goals passed');
  });

  it('a broken lab file names file:line:col and does not run', () => {
    const lab = write(
      'broken.yaml',
      `id: broken
title: { en: Broken, ko: 깨짐 }
description: { en: Broken., ko: 깨졌습니다. }
host:
  interfaces: |
    auto vmbr0
    iface vmbr0 inet static
            address 192.168.10.2/24
            bridge-prots none
steps:
  - pign: { from: pve, to: 192.168.10.9 }
`,
    );
    const r = netmodes(['run', lab]);
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${lab}:11:5: error: steps[0].pign: unknown step 'pign' (did you mean 'ping'?); expected one of: ping, tcp, udp, unplug, plug, wait, show, sysctl, flushNeigh, iptables, bridge, attach [lab.schema]`);
    expect(r.err).toContain('The lab was not run');
    const ko = netmodes(['run', '--lang', 'ko', lab]);
    expect(ko.err).toContain("steps[0].pign 항목: 'pign'은 알 수 없는 단계입니다 (혹시 'ping'인가요?). 다음 중 하나여야 합니다");
  });

  it('--step without a terminal just prints everything', () => {
    const r = netmodes(['run', '--step', 'content/labs/bridge-basics.yaml']);
    expect(r.code).toBe(0);
    expect(r.out).not.toContain('Enter');
  });
});

describe('netmodes explain and help', { timeout: 90_000 }, () => {
  it('explains diagnostic codes and kernel trace codes in both languages', () => {
    expect(netmodes(['explain', 'cfg.routed_without_proxy_arp']).out).toMatch(/proxy_arp makes the host answer with its own MAC/);
    expect(netmodes(['explain', '--lang', 'ko', 'cfg.routed_without_proxy_arp']).out).toMatch(/proxy_arp를 켜면/);
    expect(netmodes(['explain', 'provider.mac_rejected']).out).toMatch(/registered MAC/);
    expect(netmodes(['explain', '--lang', 'ko', 'fdb.flood']).out).toContain('플러딩');
  });

  it('an unknown code exits 1 with a suggestion', () => {
    const r = netmodes(['explain', 'nat.masqerade']);
    expect(r.code).toBe(1);
    expect(r.err).toContain("did you mean 'nat.masquerade'?");
  });

  it('--help per command, in both languages; usage errors exit 2', () => {
    expect(netmodes(['--help']).out).toContain('netmodes check FILE...');
    expect(netmodes(['check', '--help']).out).toContain('Usage: netmodes check');
    expect(netmodes(['run', '--help', '--lang', 'ko']).out).toContain('사용법: netmodes run');
    expect(netmodes(['explain', '-h']).out).toContain('Usage: netmodes explain');
    const bad = netmodes(['check', '--frobnicate', clean]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("Try 'netmodes check --help'.");
    expect(netmodes(['frob']).code).toBe(2);
    expect(netmodes(['check', '--lang', 'fr', clean]).code).toBe(2);
  });
});
