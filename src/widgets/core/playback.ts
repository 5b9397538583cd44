/** Playback speeds: milliseconds per step when playing, and how long a frame takes to cross a link. */
export type Speed = 'slow' | 'normal' | 'fast';

/** The speed a lab starts at; the URL only names another one. */
export const DEFAULT_SPEED: Speed = 'normal';

export const STEP_MS: Record<Speed, number> = { slow: 1800, normal: 1000, fast: 350 };
export const TRAVEL_MS: Record<Speed, number> = { slow: 1200, normal: 650, fast: 220 };

export function isSpeed(v: unknown): v is Speed {
  return v === 'slow' || v === 'normal' || v === 'fast';
}
