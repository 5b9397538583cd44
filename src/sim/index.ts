/**
 * Public API of the netmodes simulation kernel, with every part installed. Import from here:
 *   import { Sim, recordRun, TRACE_CODES } from '../sim/index.ts';
 * Widgets that never build a bond, a LACP switch or an STP bridge may import `core.ts` instead
 * (see optional-parts.ts). See src/sim/README.md.
 */
import './install-optional.ts';

export * from './core.ts';
