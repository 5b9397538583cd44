import { describe, expect, it } from 'vitest';
import { replay } from '../../core/replay.ts';
import { compareRows, isPrivate, ROW_ANCHOR } from './compare.ts';
import { rvnNat, rvnRouted } from './rvn-labs.ts';

describe('routed vs NAT comparison, measured on the kernel', () => {
  const routed = replay(rvnRouted, 'default', ['out', 'in']);
  const nat = replay(rvnNat, 'default', ['out', 'in']);
  const rows = Object.fromEntries(compareRows(routed, nat, 'en').map((r) => [r.id, r]));

  it('addressing: the routed guest has a public address, the NAT guest a private one', () => {
    expect(rows.addressing!.routed).toContain('203.0.113.18/28 (public');
    expect(rows.addressing!.nat).toContain('10.10.10.100/24 (private');
    expect(rows.addressing!.differs).toBe(true);
  });

  it('set-up: routed needs sysctls but no iptables rule; NAT needs the MASQUERADE rule', () => {
    expect(rows.setup!.routed).toContain('0 iptables rules');
    expect(rows.setup!.routed).toContain('proxy_arp (eno0)=1');
    expect(rows.setup!.nat).toContain('1 iptables rule');
  });

  it('inbound: direct for routed; NAT fails until a DNAT port forward exists, then works through it', () => {
    expect(rows.inbound!.routed).toMatch(/^works: 203\.0\.113\.18:22 \(directly/);
    expect(rows.inbound!.nat).toMatch(/^fails: 198\.51\.100\.5:2222/);
    const natFwd = replay(rvnNat, 'default', ['out', 'forward', 'in']);
    const after = compareRows(routed, natFwd, 'en').find((r) => r.id === 'inbound')!;
    expect(after.nat).toMatch(/^works: 198\.51\.100\.5:2222 \(only through the DNAT/);
    expect(compareRows(routed, natFwd, 'en').find((r) => r.id === 'setup')!.nat).toContain('2 iptables rules');
  });

  it('public addresses: routed uses one per guest plus the host, NAT only the host address', () => {
    expect(rows.publicIps!.routed).toMatch(/^3: /);
    expect(rows.publicIps!.nat).toBe('1: 198.51.100.5');
  });

  it('what the internet sees: the guest address when routed, the host address with NAT; the provider only ever sees the host MAC', () => {
    expect(rows.providerView!.routed).toContain('packets come from 203.0.113.18');
    expect(rows.providerView!.nat).toContain('packets come from 198.51.100.5');
    expect(rows.providerView!.routed).toContain('A0:36:9F:12:34:56');
    expect(rows.providerView!.nat).toContain('A0:36:9F:12:34:57');
  });

  it('before any request, the measured rows stay empty instead of guessing', () => {
    const empty = compareRows(replay(rvnRouted, 'default', []), replay(rvnNat, 'default', []), 'ko');
    expect(empty.find((r) => r.id === 'inbound')!.routed).toBeUndefined();
    expect(empty.find((r) => r.id === 'providerView')!.nat).toBeUndefined();
    expect(empty.find((r) => r.id === 'addressing')!.routed).toContain('공인');
  });

  it('has the anchors the lessons link to and knows private ranges', () => {
    expect(Object.values(ROW_ANCHOR)).toEqual(['demo-addressing', 'demo-setup', 'demo-inbound', 'demo-public-ips', 'demo-provider-view']);
    expect(isPrivate('10.10.10.1')).toBe(true);
    expect(isPrivate('192.168.10.2')).toBe(true);
    expect(isPrivate('203.0.113.18')).toBe(false);
  });
});
