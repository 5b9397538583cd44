/** The mode map as a lab definition: one variant per mode, one action (VM 100 pings outside). */
import type { LabDefinition } from '../../core/lab-model.ts';
import { modeMapText as T } from '../../i18n/mode-map.ts';
import { buildModeMap, MODES, type ModeMapWorld } from './mode-map-worlds.ts';

export const modeMapLab: LabDefinition<ModeMapWorld> = {
  id: 'mode-map',
  title: T.title,
  variants: MODES.map((id) => ({ id, label: T.variants[id] })),
  variantsLabel: T.variantsLabel,
  build: buildModeMap,
  initialTab: 'fdb',
  tableTabs: ['fdb', 'neigh', 'routes', 'conntrack'],
  focus: { neigh: ['pve', 'vm100'] },
  actions: [{ id: 'ping', label: T.actions.ping, run: (w) => ({ handle: w.sim.ping('vm100', w.outsideIp, { count: 1 }) }) }],
  goals: [],
};
