import { describe, expect, it } from 'vitest';
import { diagnose } from './diagnose.ts';
import { PRESETS } from './presets.ts';

describe('playground presets', () => {
  // The editor skips loading the checker until the first edit because of this.
  it('every preset is a clean Proxmox config', () => {
    for (const [id, text] of Object.entries(PRESETS)) expect(diagnose(text).map((d) => d.code), id).toEqual([]);
  });
});
