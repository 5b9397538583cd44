// The office's active-backup config names eno1 as bond-primary; the lesson promises that a cable
// plugged back in takes the traffic again, which Linux only does with a primary slave.
import { describe, expect, it } from 'vitest';
import { checkInterfaces } from '../../../config/index.ts';
import { changeCable, DEFAULT_SETUP } from '../bond/engine.ts';
import { officeConfig } from './office-config.ts';

describe('small-office config and kernel agree about the primary cable', () => {
  it('shows bond-primary eno1 with active-backup (not with 802.3ad) and checks clean', () => {
    const ab = officeConfig(false);
    expect(ab.text).toContain('bond-primary eno1');
    expect(ab.rows.flat()).toContain('bond-primary eno1');
    expect(officeConfig(true).text).not.toContain('bond-primary');
    for (const c of [ab, officeConfig(true)]) {
      expect(checkInterfaces(c.text).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    }
  });

  it('with bond-primary the bond goes back to eno1 when its cable returns; without it, eno2 keeps the traffic', () => {
    const eno1Out = { ...DEFAULT_SETUP, cables: { eno1: false, eno2: true } };
    expect(changeCable({ ...eno1Out, primary: 'eno1' }, 'eno1').bondAfter?.activeSlave).toBe('eno1');
    expect(changeCable(eno1Out, 'eno1').bondAfter?.activeSlave).toBe('eno2');
  });
});
