/**
 * "What the outside sees": the source MAC and source IP of VM 100's echo request as it leaves the
 * Proxmox node on its uplink cable, i.e. the frame the first device outside the node (LAN switch,
 * provider switch) receives. Read from the kernel trace, never typed in: the MAC there is the one
 * switch tables and provider MAC filters act on, and the IP is what every host beyond will see.
 */
import type { SimSnapshot, TraceEvent } from '../../../sim/core.ts';

export interface OutsideView {
  mac: string;
  ip: string;
  /** Node that sent the frame onto the uplink (the Proxmox host) and its port. */
  from: { node: string; port: string };
  /** Node and port on the far end of the uplink cable. */
  to: { node: string; port: string };
  /** Trace sequence number of the link.tx event (to find the step that shows it). */
  seq: number;
}

/** First echo request from `srcHost` to `dstIp` put on a cable from an inside node to an outside one. */
export function outsideView(trace: readonly TraceEvent[], inside: readonly string[], dstIp: string): OutsideView | undefined {
  for (const e of trace) {
    if (e.code !== 'link.tx' || !inside.includes(e.node)) continue;
    const f = e.frame;
    if (f?.type !== 'ipv4' || f.ip?.dst !== dstIp || f.ip.icmp?.kind !== 'echo-request') continue;
    const to = typeof e.params.to === 'string' ? e.params.to : '';
    const sep = to.indexOf(':');
    const toNode = sep < 0 ? to : to.slice(0, sep);
    if (inside.includes(toNode)) continue;
    return {
      mac: f.src,
      ip: f.ip.src,
      from: { node: e.node, port: e.port ?? e.dev ?? '' },
      to: { node: toNode, port: sep < 0 ? '' : to.slice(sep + 1) },
      seq: e.seq,
    };
  }
  return undefined;
}

export interface Owner {
  host: string;
  dev: string;
}

/**
 * Which node a MAC belongs to, from a kernel snapshot. A bridge takes its port's MAC, so when the
 * sending host owns it the sending port is named (eno1 rather than vmbr0 with the same MAC).
 */
export function macOwner(snapshot: SimSnapshot, mac: string, sender?: { node: string; port: string }): Owner | undefined {
  for (const h of snapshot.hosts) {
    const devs = h.devices.filter((d) => d.mac === mac);
    if (!devs.length) continue;
    const dev = h.id === sender?.node && devs.some((d) => d.name === sender.port) ? sender.port : devs[0]!.name;
    return { host: h.id, dev };
  }
  return undefined;
}

/** Which node has the IPv4 address configured, from a kernel snapshot. */
export function ipOwner(snapshot: SimSnapshot, ip: string): Owner | undefined {
  for (const h of snapshot.hosts) {
    const d = h.devices.find((x) => x.addresses.some((a) => a.split('/')[0] === ip));
    if (d) return { host: h.id, dev: d.name };
  }
  return undefined;
}
