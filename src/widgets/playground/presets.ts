/**
 * The starting configurations, exactly as in the course reference (what Proxmox and its
 * documentation write), one per mode.
 */
import { BOND_LACP, DEFAULT_BRIDGE, NAT, ROUTED } from '../../config/reference-configs.ts';

export const PRESET_IDS = ['bridge', 'routed', 'nat', 'bond'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export function isPresetId(value: unknown): value is PresetId {
  return typeof value === 'string' && (PRESET_IDS as readonly string[]).includes(value);
}

export const PRESETS: Record<PresetId, string> = {
  bridge: DEFAULT_BRIDGE,
  routed: ROUTED,
  nat: NAT,
  bond: BOND_LACP,
};
