/** "A1"-style references: parsing and printing, 1-based rows and columns. */
export interface CellPos {
  row: number;
  col: number;
}

/** Column letters to number (A → 1); 0 when not letters. */
export function colNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) {
    const c = letters.charCodeAt(i) | 0x20; // lower-case
    if (c < 97 || c > 122) return 0;
    n = n * 26 + (c - 96);
  }
  return n;
}

export function colLetters(n: number): string {
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

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
