/**
 * The QR code of a student link as a module matrix. The browser draws it as an SVG with React
 * (no HTML injection, and the qrcode library stays on the server).
 */
import QRCode from 'qrcode';

export interface QrMatrix {
  size: number;
  /** One string per row, '1' for a dark module. */
  rows: string[];
}

export function qrMatrix(text: string): QrMatrix {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const rows: string[] = [];
  for (let r = 0; r < modules.size; r += 1) {
    let row = '';
    for (let c = 0; c < modules.size; c += 1) row += modules.get(r, c) ? '1' : '0';
    rows.push(row);
  }
  return { size: modules.size, rows };
}
