import { colLetter, colNumber } from "../../a1";

/** The template builders' names for the one A1 arithmetic (src/core/a1.ts). */
export const columnLetter = colLetter;
export const columnIndex = colNumber;

export const addr = (col: string, row: number): string => `${col}${row}`;
export const abs = (col: string, row: number): string => `$${col}$${row}`;
export const range = (c1: string, r1: number, c2: string, r2: number): string => `${c1}${r1}:${c2}${r2}`;

/** Excel's limits: columns A..XFD, rows 1..1048576. */
const CELL = /^([A-Z]{1,3})([1-9][0-9]{0,6})$/;

export function parseCell(a: string): { col: number; row: number } | null {
  const m = CELL.exec(a);
  if (!m) return null;
  const col = columnIndex(m[1]!);
  const row = Number(m[2]);
  if (col > 16384 || row > 1048576) return null;
  return { col, row };
}

export function parseRange(r: string): { c1: number; r1: number; c2: number; r2: number } | null {
  const [a, b] = r.split(":");
  if (a === undefined) return null;
  const p = parseCell(a);
  const q = parseCell(b ?? a);
  if (!p || !q || q.col < p.col || q.row < p.row) return null;
  return { c1: p.col, r1: p.row, c2: q.col, r2: q.row };
}

/** Sheet names in formulas: always quoted, quotes doubled, so any name is safe. */
export const sheetRef = (sheet: string): string => `'${sheet.replace(/'/g, "''")}'`;
