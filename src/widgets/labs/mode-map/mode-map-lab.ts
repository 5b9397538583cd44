/**
 * The mode map: content/labs/mode-map.yaml, one variant per mode (the bridge, routed and NAT set-ups
 * with two guests), one action (VM 100 pings the outside host).
 */
import modeMapFile from '../../../../content/labs/mode-map.yaml?lab';
import { siteLab } from '../../../labs/site-lab.ts';

export type ModeId = 'bridge' | 'routed' | 'nat';

export const MODES: readonly ModeId[] = ['bridge', 'routed', 'nat'];

export const modeMapLab = siteLab(modeMapFile);

export function isMode(v: string): v is ModeId {
  return (MODES as readonly string[]).includes(v);
}

export function modeOf(variant: string): ModeId {
  return isMode(variant) ? variant : 'bridge';
}

/** The Proxmox host and its guests; everything else in a scenario is outside the node. */
export const INSIDE: readonly string[] = ['pve', 'vm100', 'vm101'];

/** The host VM 100 pings in each mode: the LAN host (bridge) or the internet host (routed, NAT), from the lab file. */
export const OUTSIDE_IP = Object.fromEntries(
  MODES.map((mode) => {
    const ping = modeMapFile.lab.actions!.find((a) => a.variants?.includes(mode))!.do.find((s) => 'ping' in s);
    return [mode, ping && 'ping' in ping ? ping.ping.to : ''];
  }),
) as Record<ModeId, string>;
