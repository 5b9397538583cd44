import { describe, expect, it } from 'vitest';
import { replay } from '../../core/replay.ts';
import { rvnEn } from '../../i18n/labs/rvn.en.ts';
import { rvnKo } from '../../i18n/labs/rvn.ko.ts';
import { rvnText } from '../../i18n/labs/routed-vs-nat.ts';
import { rvnNat, rvnRouted } from './rvn-labs.ts';
import { RVN_GOAL_IDS, RVN_GOALS } from './rvn-goals.ts';

function reached(routedActions: string[], natActions: string[]): Record<string, boolean> {
  const routed = replay(rvnRouted, 'default', routedActions);
  const nat = replay(rvnNat, 'default', natActions);
  return Object.fromEntries(RVN_GOALS.map((g) => [g.id, g.met(routed, nat)]));
}

describe('routed-vs-NAT goals, read from the two kernel runs', () => {
  it('none before a request', () => {
    expect(reached([], [])).toEqual({ routed: false, forward: false, provider: false });
  });

  it('routed: the SSH from the internet is established with no iptables rule on the host', () => {
    expect(reached(['in'], ['in']).routed).toBe(true);
    // A ping out is not a connection in.
    expect(reached(['out'], ['out']).routed).toBe(false);
  });

  it('forward: the NAT host refused the SSH before the port forward and DNAT let it through after', () => {
    const nat = replay(rvnNat, 'default', ['in']);
    expect(nat.actions[0]!.handles[0]!.outcome).toBe('refused');
    expect(reached([], ['in', 'forward', 'in']).forward).toBe(true);
    // The forward alone, or a try only after it, never showed the refusal.
    expect(reached([], ['forward', 'in']).forward).toBe(false);
    // Refused, forward added, but no second try: nothing got through yet.
    expect(reached([], ['in', 'forward']).forward).toBe(false);
  });

  it('provider: after the pings, one host MAC on both sides and different source addresses', () => {
    expect(reached(['out'], ['out']).provider).toBe(true);
    // Only one side pinged: there is nothing to compare.
    expect(reached(['out'], []).provider).toBe(false);
    // SSH in leaves the provider's switch a MAC to learn, but no ping ever left a guest.
    expect(reached(['in'], ['in']).provider).toBe(false);
  });

  it('every goal has text and a hint in both languages, and the hints quote real buttons', () => {
    const buttons = (lang: 'en' | 'ko') => new Set(Object.values(rvnText.actions).map((a) => a[lang]));
    for (const [lang, t] of [['en', rvnEn], ['ko', rvnKo]] as const) {
      expect(Object.keys(t.goals).sort()).toEqual([...RVN_GOAL_IDS].sort());
      for (const id of RVN_GOAL_IDS) {
        expect(t.goals[id].text.length).toBeGreaterThan(10);
        for (const m of t.goals[id].hint.matchAll(/"([^"]+)"/g)) expect(buttons(lang)).toContain(m[1]);
      }
    }
  });
});
