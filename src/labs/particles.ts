/** The particle resolver lives with the message table it serves first; lab texts use the same one. */
export { particleFor, resolveParticles } from '../config/particles.ts';
