/** Puts bonding, LACP and STP into the kernel (see optional-parts.ts). Imported for its effect. */
import { Bond } from './bond.ts';
import { LacpPort } from './lacp.ts';
import { optionalParts } from './optional-parts.ts';
import { Stp } from './stp.ts';

optionalParts.Bond = Bond;
optionalParts.Stp = Stp;
optionalParts.LacpPort = LacpPort;
