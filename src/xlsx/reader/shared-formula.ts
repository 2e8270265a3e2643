import { colLetters, colNumber, type CellPos } from "./a1";

// The same candidates exceljs slides: optional sheet, a cell-like token, not followed by "(" (a function).
const CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const CELL = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

/**
 * A shared formula as it reads in a follower cell: relative references moved by the offset from the
 * master, absolute ($) parts kept. Matches what exceljs reported, so checks see the same text.
 */
export function slideFormula(formula: string, from: CellPos, to: CellPos): string {
  return formula.replace(CANDIDATE, (whole: string, sheet: string | undefined, _s: string, addr: string, paren: string | undefined) => {
    if (paren) return whole;
    const m = CELL.exec(addr);
    if (!m) return whole;
    const colStr = (m[2] as string).toUpperCase();
    if (colStr.length > 3 || (colStr.length === 3 && colStr > "XFD")) return whole;
    let col = colNumber(colStr);
    let row = Number(m[4]);
    if (!m[1]) col += to.col - from.col;
    if (!m[3]) row += to.row - from.row;
    return `${sheet ?? ""}${m[1] ?? ""}${colLetters(col)}${m[3] ?? ""}${row}`;
  });
}
