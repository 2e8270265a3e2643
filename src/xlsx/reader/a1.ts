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

/** "B12" or "$B$12" → position; null when not a cell reference. */
export function parseCell(ref: string): CellPos | null {
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
