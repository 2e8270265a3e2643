/** A1 address arithmetic the adapter needs, on the core's one A1 module (src/core/a1.ts). */
import { colLetter, colNumber } from "../core/a1";

export const colToLetters = colLetter;
export const lettersToCol = colNumber;

export interface CellRef {
  row: number;
  col: number;
}

/** "$B$12" or "B12" → { row: 12, col: 2 }; a sheet prefix ("'表'!B12") is ignored. */
export function parseCell(addr: string): CellRef {
  const bare = addr.includes("!") ? addr.slice(addr.lastIndexOf("!") + 1) : addr;
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(bare.trim());
  if (!m) throw new Error(`无法识别的单元格地址 "${addr}" / not a cell address`);
  return { row: Number(m[2]), col: lettersToCol(m[1] as string) };
}

export function cellAddr(row: number, col: number): string {
  return `${colToLetters(col)}${row}`;
}

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "A1:C3" or "B2" → a rectangle. */
export function parseRange(range: string): Rect {
  const bare = range.includes("!") ? range.slice(range.lastIndexOf("!") + 1) : range;
  const [a, b] = bare.split(":");
  const p = parseCell(a as string);
  const q = b === undefined ? p : parseCell(b);
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}

export function rectAddr(r: Rect): string {
  const a = cellAddr(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${cellAddr(r.bottom, r.right)}`;
}

/** Quotes a sheet name for use in a reference when Excel requires it. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
