import { describe, expect, it } from 'vitest';
import { isComplete, recommend, visibleQuestions, type Answers } from './recommend.ts';

const base: Answers = { inbound: 'few', nics: 'one', cluster: 'no' };

describe('mode chooser rules', () => {
  it('asks about MAC filtering and public IPs only for rented servers, and LACP only with two NICs', () => {
    expect(visibleQuestions({ where: 'home' })).toEqual(['where', 'inbound', 'nics', 'cluster']);
    expect(visibleQuestions({ where: 'rented', nics: 'two' })).toEqual(['where', 'oneMac', 'publicIps', 'inbound', 'nics', 'lacp', 'cluster']);
  });

  it('gives no recommendation until every visible question is answered', () => {
    expect(recommend({ where: 'rented', ...base })).toBeUndefined();
    expect(isComplete({ where: 'home', ...base })).toBe(true);
  });

  it('recommends a bridge on a LAN the reader controls', () => {
    expect(recommend({ where: 'office', ...base })).toMatchObject({ mode: 'bridge', reasons: ['lan_bridge', 'lan_inbound_router'] });
  });

  it('recommends routed for a one-MAC provider with a subnet, and says guests are directly reachable', () => {
    const r = recommend({ where: 'rented', oneMac: 'yes', publicIps: 'subnet', ...base });
    expect(r?.mode).toBe('routed');
    expect(r?.reasons).toContain('routed_inbound_direct');
  });

  it('recommends NAT with only the host address, and routed instead when every guest must be a full server', () => {
    expect(recommend({ where: 'rented', oneMac: 'yes', publicIps: 'single', ...base })).toMatchObject({ mode: 'nat', reasons: ['single_ip_nat', 'nat_port_forward'] });
    const all = recommend({ where: 'rented', oneMac: 'yes', publicIps: 'single', ...base, inbound: 'all' });
    expect(all).toMatchObject({ mode: 'nat', alsoConsider: 'routed' });
  });

  it('allows a bridge when the provider accepts virtual MACs, and flags the one-MAC assumption when unsure', () => {
    expect(recommend({ where: 'rented', oneMac: 'no', publicIps: 'subnet', ...base })?.mode).toBe('bridge');
    expect(recommend({ where: 'rented', oneMac: 'unsure', publicIps: 'subnet', ...base })?.reasons[0]).toBe('unsure_one_mac');
  });

  it('bonds two NICs with LACP only when the switch speaks it, and keeps a cluster link separate', () => {
    const two = { where: 'home' as const, inbound: 'none' as const, nics: 'two' as const };
    expect(recommend({ ...two, lacp: 'yes', cluster: 'no' })?.extras).toEqual(['bond_lacp']);
    expect(recommend({ ...two, lacp: 'unsure', cluster: 'no' })?.extras).toEqual(['bond_active_backup']);
    expect(recommend({ ...two, lacp: 'yes', cluster: 'yes' })?.extras).toEqual(['cluster_separate']);
    expect(recommend({ where: 'home', inbound: 'none', nics: 'one', cluster: 'yes' })?.extras).toEqual(['cluster_one_nic']);
  });
});
