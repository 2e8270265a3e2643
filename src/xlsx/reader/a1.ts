/** "A1"-style references: parsing and printing, 1-based rows and columns. */
export interface CellPos {
  row: number;
  col: number;
}

import { colLetter, colNumber as coreColNumber } from "../../core/a1";

/** Column letters to number (A → 1); 0 when not letters (the core's conversion, guarded for raw XML). */
export function colNumber(letters: string): number {
  return /^[A-Za-z]+$/.test(letters) ? coreColNumber(letters) : 0;
}

export const colLetters = colLetter;

const CELL = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/;

/**
 * "B12" or "$B$12" → position; null when not a cell reference. Every <c r="…"> of a sheet comes
 * through here, so the plain form (letters then digits) is read by hand; anything else takes the pattern.
 */
export function parseCell(ref: string): CellPos | null {
  let i = 0;
  let col = 0;
  for (; i < ref.length && i < 3; i++) {
    const ch = ref.charCodeAt(i);
    if (ch >= 65 && ch <= 90) col = col * 26 + (ch - 64);
    else break;
  }
  let row = 0;
  const digitsFrom = i;
  for (; i < ref.length && i - digitsFrom < 7; i++) {
    const ch = ref.charCodeAt(i);
    if (ch >= 48 && ch <= 57) row = row * 10 + (ch - 48);
    else break;
  }
  if (col > 0 && i > digitsFrom && i === ref.length) return { row, col };
  const m = CELL.exec(ref);
  if (!m) return null;
  return { row: Number(m[2]), col: colNumber(m[1] as string) };
}

/** "A1:D4" (or a single cell) → corners; null when malformed. */
export function parseRange(ref: string): { from: CellPos; to: CellPos } | null {
  const [a, b] = ref.split(":");
  const from = parseCell(a ?? "");
  const to = b === undefined ? from : parseCell(b);
  if (!from || !to) return null;
  return {
    from: { row: Math.min(from.row, to.row), col: Math.min(from.col, to.col) },
    to: { row: Math.max(from.row, to.row), col: Math.max(from.col, to.col) },
  };
}
