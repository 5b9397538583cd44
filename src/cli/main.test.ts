import { describe, expect, it } from 'vitest';
import type { Io } from './io.ts';
import { main } from './main.ts';
import { dirname, resolve } from 'node:path';

/** Runs the command line in-process and collects what it prints. */
async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    out: (t) => void out.push(t),
    err: (t) => void err.push(t),
    readFile: () => undefined,
    resolve: (_from, p) => p,
    isTty: false,
    color: false,
    waitForEnter: async () => false,
    env: {},
  };
  const code = await main(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('usage errors from the argument parser', () => {
  it("are in the reader's language, name the option, and suggest the one meant", async () => {
    const en = await run(['check', '--lnag', 'ko', 'x']);
    expect(en.code).toBe(2);
    expect(en.err).toBe("netmodes: unknown option '--lnag' (did you mean '--lang'?)\nTry 'netmodes check --help'.");
    const ko = await run(['check', '--lang', 'ko', '--jsn', 'x']);
    expect(ko.err.split('\n')[0]).toBe("netmodes: '--jsn'은(는) 모르는 옵션입니다. 혹시 '--json'인가요?");
    expect((await run(['check', '--json=1', 'x'])).err.split('\n')[0]).toBe("netmodes: option '--json' takes no value");
    // No hint of Node's own wording (positional arguments after '--') reaches the reader.
    expect((await run(['run', '-x', 'lab.yaml'])).err).not.toMatch(/positional/);
  });
});

/** Runs `netmodes check` in-process over files held in memory, resolving paths as the real command does. */
async function checkInMemory(files: Record<string, string>, args: string[]) {
  const out: string[] = [];
  const io: Io = {
    out: (t) => void out.push(t),
    err: (t) => void out.push(t),
    readFile: (p) => files[p],
    resolve: (from, p) => resolve(dirname(from), p),
    isTty: false,
    color: false,
    waitForEnter: async () => false,
    env: {},
  };
  const code = await main(['check', '--lang', 'en', '--json', ...args], io);
  const json = JSON.parse(out.join('\n')) as { files: Array<{ file: string; diagnostics: Array<{ code: string; line: number; col: number; severity: string }> }> };
  return { code, byFile: Object.fromEntries(json.files.map((f) => [f.file, f.diagnostics.map((d) => `${d.severity} ${d.code} ${d.line}:${d.col}`)])) };
}

describe('netmodes check with the files an interfaces file sources', () => {
  const main_ = `auto lo
iface lo inet loopback

iface eno1 inet manual

auto vmbr0
iface vmbr0 inet static
        address 192.0.2.1/24
        gateway 192.0.2.254
        bridge-ports eno1
        bridge-vlan-aware yes
        bridge-vids 2-4094

source /etc/network/interfaces.d/*
`;
  // What Proxmox SDN writes for a VLAN zone on a VLAN-aware vmbr0: its port is vmbr0.TAG from the main file.
  const sdn = `#version:2

auto vnet0
iface vnet0
\tbridge_ports vmbr0.10
\tbridge_stp off
\tbridge_fd 0
\tbridge-prots x
`;
  const guest = 'net0: virtio=BC:24:11:3A:5C:09,bridge=vnet0\nnet1: virtio=BC:24:11:3A:5C:0A,bridge=vmbr0,tag=10\n';

  it('ifupdown reads a sourced file as part of the main one: SDN vnets on vmbr0.TAG and guests on either file are no errors', async () => {
    const r = await checkInMemory(
      { '/etc/network/interfaces': main_, '/etc/network/interfaces.d/sdn': sdn, '/etc/pve/qemu-server/100.conf': guest },
      ['/etc/network/interfaces', '/etc/network/interfaces.d/sdn', '/etc/pve/qemu-server/100.conf'],
    );
    expect(r.code).toBe(0);
    // The source line is followed now, so no 'not followed' info; the sdn file's diagnostics keep its own line:col.
    expect(r.byFile['/etc/network/interfaces']).toEqual([]);
    expect(r.byFile['/etc/network/interfaces.d/sdn']).toEqual(['info cfg.port_assumed_physical 5:15', 'warning cfg.unknown_option 8:2']);
    expect(r.byFile['/etc/pve/qemu-server/100.conf']).toEqual([]);
  });

  it('an SDN file copied elsewhere is recognised by its #version header; alone it still cannot see vmbr0', async () => {
    const files = { '/tmp/node1': main_, '/tmp/sdn': sdn, '/tmp/100.conf': guest };
    expect((await checkInMemory(files, ['/tmp/node1', '/tmp/sdn', '/tmp/100.conf'])).code).toBe(0);
    const alone = await checkInMemory(files, ['/tmp/sdn']);
    expect(alone.code).toBe(1);
    expect(alone.byFile['/tmp/sdn']).toContain('error cfg.port_not_defined 5:15');
  });
});

describe('netmodes check refuses what iptables and the kernel refuse (issue 17)', () => {
  const file = `auto eno1
iface eno1 inet static
        address 198.51.100.5/24
        gateway 198.51.100.1

auto vmbr1
iface vmbr1 inet static
        address 10.10.10.1/24
        bridge-ports none
        post-up echo 1 > /proc/sys/net/ipv4/ip_foward
        post-up iptables -t nat -A POSTROUTNG -o eno1 -j MASQUERADE
        post-up iptables -t nat -A POSTROUTING -o eno1 -j MASQURADE
        post-up iptables -t nat -A PREROUTING -i eno1 -p tcp --dport 2222 -j DNAT --to-destinaton 10.10.10.100:22
`;
  const col = (line: number, word: string) => `${line}:${file.split('\n')[line - 1]!.indexOf(word) + 1}`;
  it('exits 1 with an error at the line and column of a misspelt chain, target and option, and the sysctl key at its own line', async () => {
    const { code, byFile } = await checkInMemory({ '/etc/network/interfaces': file }, ['/etc/network/interfaces']);
    expect(code).toBe(1);
    expect(byFile['/etc/network/interfaces']!.filter((d) => d.startsWith('error'))).toEqual([
      `error cfg.unknown_sysctl ${col(10, '/proc/sys')}`,
      `error cfg.iptables_unknown_chain ${col(11, 'POSTROUTNG')}`,
      `error cfg.iptables_unknown_target ${col(12, 'MASQURADE')}`,
      `error cfg.iptables_unknown_option ${col(13, '--to-destinaton')}`,
    ]);
  });
});
