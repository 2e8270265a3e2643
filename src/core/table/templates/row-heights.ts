import type { SheetPlan } from "../plan";
import { columnIndex, columnLetter, parseRange } from "./a1";

const LINE_POINTS = 14.5;
const PADDING = 4;

/** Display width in character units: CJK and full-width forms take two. */
export function textUnits(s: string): number {
  let n = 0;
  for (const ch of s) n += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return n;
}

/**
 * Heights for rows whose wrapped text needs more than one line. Spreadsheets do not re-measure rows
 * written by a library (LibreOffice and WPS keep the default), so long 指标解释 would overlap.
 */
export function fitRowHeights(sheet: SheetPlan, defaultWidth = 9, lastColumn = Infinity): Record<number, number> {
  const widthOf = (col: number): number => sheet.columnWidths[columnLetter(col)] ?? defaultWidth;
  const span = new Map<string, number>();
  const tall = new Set<string>();
  for (const m of sheet.merges) {
    const r = parseRange(m);
    if (!r) continue;
    // Vertical merges already have several rows of room; growing their first row would waste it.
    if (r.r1 !== r.r2) tall.add(`${columnLetter(r.c1)}${r.r1}`);
    let w = 0;
    for (let c = r.c1; c <= r.c2; c++) w += widthOf(c);
    span.set(`${columnLetter(r.c1)}${r.r1}`, w);
  }
  const heights: Record<number, number> = {};
  for (const cell of sheet.cells) {
    if (!cell.style?.wrap || typeof cell.value !== "string" || cell.value === "" || tall.has(cell.addr)) continue;
    const m = /^([A-Z]+)(\d+)$/.exec(cell.addr);
    if (!m) continue;
    const row = Number(m[2]);
    if (columnIndex(m[1]!) > lastColumn) continue;
    const width = Math.max(2, (span.get(cell.addr) ?? widthOf(columnIndex(m[1]!))) - 1);
    const lines = cell.value.split("\n").reduce((n, part) => n + Math.max(1, Math.ceil(textUnits(part) / width)), 0);
    if (lines < 2) continue;
    const h = Math.min(409, lines * LINE_POINTS + PADDING);
    heights[row] = Math.max(heights[row] ?? 0, h);
  }
  return heights;
}
