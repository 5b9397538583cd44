/** Can this machine run real-Linux scenarios? Root, the tools, and network namespaces that work. */
import { has, run } from './sh.ts';

export const REQUIRED_TOOLS: Array<[tool: string, debianPackage: string]> = [
  ['ip', 'iproute2'],
  ['bridge', 'iproute2'],
  ['iptables', 'iptables'],
  ['conntrack', 'conntrack'],
  ['ping', 'iputils-ping'],
  ['nc', 'netcat-openbsd'],
  ['ebtables', 'ebtables'],
  ['sysctl', 'procps'],
];

/** Returns why the suite cannot run here, or undefined when it can. */
export function whyNot(): string | undefined {
  if (process.platform !== 'linux') return `needs Linux network namespaces (this is ${process.platform})`;
  if (typeof process.getuid === 'function' && process.getuid() !== 0) return 'needs root to create network namespaces (run it as root, as CI does)';
  const missing = REQUIRED_TOOLS.filter(([t]) => !has(t));
  if (missing.length) {
    const pkgs = [...new Set(missing.map(([, p]) => p))].join(' ');
    return `missing tools: ${missing.map(([t]) => t).join(', ')} (apt-get install ${pkgs})`;
  }
  const nc = run(['nc', '-h']);
  if (!/OpenBSD netcat/i.test(nc.stdout + nc.stderr)) return 'nc is not OpenBSD netcat (apt-get install netcat-openbsd)';
  const probe = `nmc-probe-${process.pid}`;
  const add = run(['ip', 'netns', 'add', probe]);
  if (add.code !== 0) return `cannot create a network namespace: ${add.stderr.trim()}`;
  const br = run(['ip', 'netns', 'exec', probe, 'ip', 'link', 'add', 'nmcbr', 'type', 'bridge']);
  run(['ip', 'netns', 'del', probe]);
  if (br.code !== 0) return `cannot create a Linux bridge in a namespace: ${br.stderr.trim()}`;
  return undefined;
}
