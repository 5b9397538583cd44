/**
 * Benchmarks of the config layer (tinybench), run by `npm run bench` next to the kernel's. Each entry
 * is printed with its budget; a benchmark measures, it does not fail a unit test.
 */
import { Bench } from 'tinybench';
import { checkInterfaces } from './interfaces/index.ts';

export interface BenchResult {
  name: string;
  /** Mean time per run in milliseconds. */
  ms: number;
  budgetMs: number;
}

/** A host with `count` interfaces: NICs, bonds, VLAN devices and bridges with addresses, like a big node. */
export function bigInterfacesFile(count: number): string {
  const out = ['auto lo', 'iface lo inet loopback', ''];
  let n = 0;
  for (let i = 0; n < count; i++) {
    const a = `enp${i}s0f0`;
    const b = `enp${i}s0f1`;
    out.push(`iface ${a} inet manual`, '', `iface ${b} inet manual`, '');
    out.push(`auto bond${i}`, `iface bond${i} inet manual`, `        bond-slaves ${a} ${b}`, '        bond-miimon 100', '        bond-mode 802.3ad', '        bond-xmit-hash-policy layer3+4', '');
    // Host addresses (/32) from the documentation ranges only, as everywhere in the project.
    out.push(
      `auto vmbr${i}`,
      `iface vmbr${i} inet static`,
      `        address 10.10.10.${(i % 250) + 1}/32`,
      `        bridge-ports bond${i}`,
      '        bridge-stp off',
      '        bridge-fd 0',
      `        post-up iptables -t nat -A POSTROUTING -s '10.10.10.0/24' -o vmbr${i} -j MASQUERADE`,
      '',
    );
    out.push(`auto vmbr${i}.5`, `iface vmbr${i}.5 inet manual`, '');
    n += 5;
  }
  return out.join('\n');
}

export async function runConfigBenchmarks(): Promise<BenchResult[]> {
  const text = bigInterfacesFile(5000);
  const bench = new Bench({ time: 500, warmupTime: 100 });
  bench.add('parse and check a 5,000-interface file', () => {
    checkInterfaces(text);
  });
  await bench.run();
  return bench.tasks.map((t) => {
    const r = t.result as { latency?: { mean?: number }; mean?: number } | undefined;
    return { name: t.name, ms: r?.latency?.mean ?? r?.mean ?? NaN, budgetMs: 100 };
  });
}
