import type { QrMatrix } from '../../server/qr.ts';

/** A QR code drawn from its module matrix as one SVG path (crisp at any projector size). */
export function Qr({ matrix, label, size = 200 }: { matrix: QrMatrix; label: string; size?: number }) {
  const quiet = 4;
  const n = matrix.size + quiet * 2;
  let d = '';
  matrix.rows.forEach((row, y) => {
    for (let x = 0; x < row.length; x += 1) if (row[x] === '1') d += `M${x + quiet} ${y + quiet}h1v1h-1z`;
  });
  return (
    <svg className="nm-qr" role="img" aria-label={label} viewBox={`0 0 ${n} ${n}`} width={size} height={size} shapeRendering="crispEdges">
      <rect width={n} height={n} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
