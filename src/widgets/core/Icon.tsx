/** Small inline SVG icons for the step controls (font glyphs such as ⏮ are missing on many systems). */
const PATHS = {
  first: 'M5 4h2v16H5zM20 4v16L9 12z',
  back: 'M18 4v16L6 12z',
  play: 'M7 4v16l13-8z',
  pause: 'M6 4h4v16H6zM14 4h4v16h-4z',
  forward: 'M6 4v16l12-8z M18 4h2v16h-2z',
  last: 'M4 4v16l11-8zM17 4h2v16h-2z',
} as const;

export function Icon({ name }: { name: keyof typeof PATHS }) {
  return (
    <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false" style={{ display: 'block', fill: 'currentColor' }}>
      <path d={PATHS[name]} />
    </svg>
  );
}
