/**
 * `ip neigh` as iproute2 prints it (ip/ipneigh.c, print_neigh; checked against iproute2 6.1):
 * "ADDR dev DEV lladdr MAC STATE ", one line per entry, every field followed by a space (the line
 * ends in one too). The MAC is given only while the entry is valid (the kernel's neigh_fill_info
 * puts NDA_LLADDR only for NUD_VALID states), so INCOMPLETE and FAILED entries read
 * "ADDR dev DEV FAILED ". `ip neigh show dev DEV` leaves out "dev DEV".
 */
import type { HostSnapshot } from './host.ts';

export function formatIpNeigh(host: Pick<HostSnapshot, 'neighbours'>, opts: { dev?: string } = {}): string {
  let out = '';
  for (const n of host.neighbours) {
    if (opts.dev !== undefined && n.dev !== opts.dev) continue;
    const fields = [n.ip];
    if (opts.dev === undefined) fields.push('dev', n.dev);
    if (n.state !== 'INCOMPLETE' && n.state !== 'FAILED' && n.mac) fields.push('lladdr', n.mac);
    fields.push(n.state);
    out += `${fields.map((f) => `${f} `).join('')}\n`;
  }
  return out;
}
