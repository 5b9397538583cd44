import { describe, expect, it } from 'vitest';
import { changeCable, DEFAULT_SETUP, distribute, PING_INTERVAL_MS } from './engine.ts';

const flowsOn = (d: ReturnType<typeof distribute>) => Object.fromEntries(d.slaves.map((s) => [s.name, s.flows]));

describe('bond lab on the kernel', () => {
  it('active-backup sends every flow on one slave; the other stays idle', () => {
    const d = distribute({ ...DEFAULT_SETUP, mode: 'active-backup' });
    expect(d.flows).toBe(200);
    expect(flowsOn(d)).toEqual({ eno1: 200, eno2: 0 });
  });

  it('802.3ad spreads flows over both links with an LACP switch, but uses one link with a plain switch', () => {
    const lacp = distribute({ ...DEFAULT_SETUP, mode: '802.3ad', switchKind: 'lacp' });
    expect(lacp.slaves.every((s) => s.flows > 0)).toBe(true);
    expect(lacp.splitFlows).toBe(0); // one flow, one link
    const plain = distribute({ ...DEFAULT_SETUP, mode: '802.3ad', switchKind: 'learning' });
    expect(plain.slaves.filter((s) => s.flows > 0)).toHaveLength(1);
  });

  it('balance-rr splits each flow over both links; a pulled cable carries nothing', () => {
    expect(distribute({ ...DEFAULT_SETUP, mode: 'balance-rr' }).splitFlows).toBe(200);
    const one = distribute({ ...DEFAULT_SETUP, mode: 'balance-xor', cables: { eno1: false, eno2: true } });
    expect(flowsOn(one)).toEqual({ eno1: 0, eno2: 200 });
  });

  it('pulling the active cable fails over and loses about one miimon interval of pings, never more', () => {
    for (const miimonMs of [100, 500]) {
      const c = changeCable({ ...DEFAULT_SETUP, mode: 'active-backup', miimonMs }, 'eno1');
      expect(c.plugged).toBe(false);
      expect(c.events.map((e) => e.code)).toEqual(expect.arrayContaining(['link.down', 'bond.link_down', 'bond.failover']));
      // The address is on vmbr0 above the bond: no gratuitous ARP (bonding.rst, num_grat_arp; see
      // src/sim/test/bond.test.ts), the switch relearns the MAC from the host's next frame.
      expect(c.events.map((e) => e.code)).not.toContain('arp.gratuitous');
      expect(c.lost).toBeGreaterThan(0);
      expect(c.gapMs).toBeLessThanOrEqual(miimonMs);
      expect(c.lost).toBeLessThanOrEqual(miimonMs / PING_INTERVAL_MS);
    }
  });

  it('pulling the idle backup cable costs nothing', () => {
    const c = changeCable({ ...DEFAULT_SETUP, mode: 'active-backup' }, 'eno2');
    expect(c.lost).toBe(0);
    expect(c.events.map((e) => e.code)).not.toContain('bond.failover');
  });
});
