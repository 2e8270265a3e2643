/** A1 address helpers; rows and columns are 1-based sheet coordinates. */
const LETTERS: string[] = [];

/** Column letters; every cell of every table asks for its address, so the first 702 (A…ZZ) are kept. */
export function colLetter(col: number): string {
  const hit = LETTERS[col];
  if (hit !== undefined) return hit;
  let s = "";
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  if (col > 0 && col <= 702) LETTERS[col] = s;
  return s;
}

export function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export const addr = (row: number, col: number): string => `${colLetter(col)}${row}`;

export function parseAddr(a1: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a1.trim());
  if (!m) return null;
  return { row: Number(m[2]), col: colNumber(m[1] as string) };
}

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function parseRange(range: string): Rect | null {
  const bare = range.includes("!") ? range.slice(range.lastIndexOf("!") + 1) : range;
  const [a, b] = bare.split(":");
  const p = a ? parseAddr(a) : null;
  const q = b ? parseAddr(b) : p;
  if (!p || !q) return null;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

export const rangeOf = (r: Rect): string => `${addr(r.top, r.left)}:${addr(r.bottom, r.right)}`;
