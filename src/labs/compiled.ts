/**
 * A lab as the browser receives it: the lab file after loading, with the interfaces files already
 * parsed into host configs and every iptables command of an action turned into the kernel's rule.
 * Plain data (Maps and Sets included) that the build inlines into a page, so a lab page ships no
 * YAML reader, no schema and no interfaces parser.
 */
import type { GuestNic } from '../config/guest.ts';
import type { HostConfig } from '../config/interfaces/host.ts';
import type { IptablesCommand } from '../sim/core.ts';
import type { KernelCall } from './kernel-calls.ts';
import type { LabFile, LabStep } from './schema.ts';

/** A lab file that loaded without errors: `steps` is filled (from the solution when the file has none). */
export type LoadedLabFile = LabFile & { steps: LabStep[] };

export interface CompiledGuest {
  id: string;
  vmid: number;
  nics: GuestNic[];
}

export interface CompiledSetup {
  host: HostConfig;
  guests: CompiledGuest[];
}

export interface CompiledLab {
  lab: LoadedLabFile;
  setup: CompiledSetup;
  /** What a variant brings instead of the lab's own host or guests. */
  variants: Record<string, Partial<CompiledSetup>>;
  /** The kernel rule of every `iptables` step's text, or why there is none. */
  rules: Record<string, IptablesCommand | string>;
}

/** One variant's world as kernel calls (kernel-calls.ts), recorded at build time. */
export interface CompiledWorld {
  seed: number;
  hostId: string;
  /** Display names of the nodes, from the labels in the lab file. */
  names: Record<string, { en: string; ko: string }>;
  calls: KernelCall[];
  /** Per guest marked `later`: the calls that plug it in. */
  later: Record<string, KernelCall[]>;
  /** Cable endpoint -> kernel link id. */
  links: Array<[string, string]>;
}

/**
 * The part of a lab file a page uses: what the reader sees and does. The set-up (interfaces text,
 * guests, outside world) is in the recorded worlds instead.
 */
export type PageLab = Pick<LoadedLabFile, 'id' | 'title' | 'actions' | 'goals' | 'view'> & {
  variants?: Array<Pick<NonNullable<LoadedLabFile['variants']>[number], 'id' | 'label'>>;
};

/** What a lab page receives: the lab as the reader meets it, its compiled iptables rules and each variant's world ('' = no variants). */
export interface LabBundle {
  lab: PageLab;
  rules: CompiledLab['rules'];
  worlds: Record<string, CompiledWorld>;
}
