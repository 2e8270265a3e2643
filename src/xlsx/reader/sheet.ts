import type { CellValue, Grid } from "../../core/table/grid";
import { colLetters, parseCell, parseRange, type CellPos } from "./a1";
import { LIMITS, LimitError } from "./limits";
import { slideFormula } from "./shared-formula";
import { decodeExcelEscapes, parseXml } from "./xml";

export interface SheetContext {
  sharedStrings: readonly string[];
  /** Number format per cell style index. */
  formats: readonly (string | null)[];
  date1904: boolean;
  /** Cells read so far in this workbook, shared so the cap covers the whole file. */
  cellCount: { n: number };
}

const MS_PER_DAY = 86_400_000;

/** An ISO date cell (t="d") as the serial Excel stores for it. */
function isoToSerial(text: string, date1904: boolean): number | null {
  const t = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text}Z`);
  return Number.isNaN(t) ? null : t / MS_PER_DAY + (date1904 ? 24107 : 25569);
}

function tooWide(what: string, ref: string): LimitError {
  return new LimitError(
    `工作表中的${what}“${ref}”超出可检查的范围（最多 ${LIMITS.extentCells.toLocaleString("en")} 个单元格）`,
    `${what === "合并区域" ? "merged range" : "dimension"} ${ref} spans more than ${LIMITS.extentCells} cells`,
  );
}

/** Bound the extent a reference claims, before anything is allocated for it. */
function checkExtent(what: string, ref: string): { from: CellPos; to: CellPos } | null {
  const r = parseRange(ref);
  if (!r) return null;
  if (r.to.row > LIMITS.maxRow || r.to.col > LIMITS.maxCol) throw tooWide(what, ref);
  if ((r.to.row - r.from.row + 1) * (r.to.col - r.from.col + 1) > LIMITS.extentCells) throw tooWide(what, ref);
  return r;
}

/** One <c> as read: where, what, and whether it holds anything beyond a style. */
interface RawCell {
  row: number;
  col: number;
  value: CellValue;
  formula: string | null;
  format: string | null;
  valued: boolean;
}

/**
 * One worksheet part straight into a Grid, in one SAX pass. The grid has the shape exceljs gave
 * (last row, widest row with values, merged ranges) but is sized from the cells present, never from
 * the <dimension> the file claims. Merged followers are empty, as Office.js reports them.
 */
export function readSheet(name: string, xml: string, ctx: SheetContext): Grid {
  const cells: RawCell[] = [];
  const merges: string[] = [];
  const mergeBoxes: { from: CellPos; to: CellPos }[] = [];
  const colFormats: { min: number; max: number; format: string | null }[] = [];
  const rowFormats = new Map<number, string | null>();
  const rowsWithValues = new Set<number>();
  const masters = new Map<string, { formula: string; at: CellPos }>();
  let lastRowElement = 0;
  let mergedArea = 0;

  let row = 0;
  let col = 0;
  // The cell being read.
  let t = "";
  let s = -1;
  let v: string | null = null;
  let f: string | null = null;
  let fAttrs: Record<string, string> | null = null;
  let inline: string[] | null = null;
  let reading: "v" | "f" | "t" | null = null;
  let phonetic = 0;

  parseXml(xml, {
    open(el, a) {
      switch (el) {
        case "row": {
          row = a.r ? Number(a.r) : row + 1;
          col = 0;
          if (!(row >= 1 && row <= LIMITS.maxRow)) throw tooWide("行", String(a.r));
          lastRowElement = Math.max(lastRowElement, row);
          // Style 0 is the default style: exceljs gave it no format, and so do we (here and below).
          if (a.s !== undefined && Number(a.s) > 0) rowFormats.set(row, ctx.formats[Number(a.s)] ?? null);
          return;
        }
        case "c": {
          if (++ctx.cellCount.n > LIMITS.cells) {
            throw new LimitError(`单元格超过 ${LIMITS.cells.toLocaleString("en")} 个的上限`, `more than ${LIMITS.cells} cells`);
          }
          const p = a.r ? parseCell(a.r) : null;
          if (p) {
            row = p.row || row;
            col = p.col;
          } else col++;
          if (row < 1) row = 1;
          if (col > LIMITS.maxCol || row > LIMITS.maxRow) throw tooWide("单元格", String(a.r));
          t = a.t ?? "n";
          s = a.s !== undefined ? Number(a.s) : -1;
          v = null;
          f = null;
          fAttrs = null;
          inline = null;
          return;
        }
        case "v":
          reading = "v";
          v = "";
          return;
        case "f":
          reading = "f";
          f = "";
          fAttrs = a;
          return;
        case "is":
          inline = [];
          return;
        case "rPh":
          phonetic++;
          return;
        case "t":
          if (inline && phonetic === 0) reading = "t";
          return;
        case "col": {
          const min = Number(a.min);
          const max = Math.min(Number(a.max), LIMITS.maxCol);
          if (a.style !== undefined && Number(a.style) > 0 && min >= 1 && max >= min) colFormats.push({ min, max, format: ctx.formats[Number(a.style)] ?? null });
          return;
        }
        case "dimension":
          if (a.ref) checkExtent("范围声明", a.ref);
          return;
        case "mergeCell": {
          const box = a.ref ? checkExtent("合并区域", a.ref) : null;
          if (box && a.ref) {
            // Merges do not overlap in a sound file, so together they never cover more than the grid.
            mergedArea += (box.to.row - box.from.row + 1) * (box.to.col - box.from.col + 1);
            if (mergedArea > LIMITS.extentCells) throw tooWide("合并区域", a.ref);
            merges.push(a.ref);
            mergeBoxes.push(box);
          }
          return;
        }
        default:
          return;
      }
    },
    text(x) {
      if (reading === "v") v += x;
      else if (reading === "f") f += x;
      else if (reading === "t" && inline) inline.push(x);
    },
    close(el) {
      if (el === "v" || el === "f" || el === "t") {
        reading = null;
        return;
      }
      if (el === "rPh") {
        phonetic--;
        return;
      }
      if (el !== "c") return;
      const format = s > 0 ? (ctx.formats[s] ?? null) : null;
      const isFormula = f !== null;
      let formula: string | null = null;
      if (isFormula) {
        const here = { row, col };
        if (fAttrs?.t === "shared" && fAttrs.si !== undefined) {
          if (fAttrs.ref && f) {
            masters.set(fAttrs.si, { formula: f, at: here });
            formula = f;
          } else {
            const m = masters.get(fAttrs.si);
            formula = m ? slideFormula(m.formula, m.at, here) : null;
          }
        } else formula = f || null;
      }
      let value: CellValue = null;
      if (isFormula) {
        // A cached result of "" is no result: the cell reads as blank, as exceljs gave it.
        if (v) value = t === "str" ? v : t === "b" ? Number(v) !== 0 : t === "e" ? v : numberOr(v);
      } else if (t === "inlineStr") {
        value = inline ? decodeExcelEscapes(inline.join("")) : null;
      } else if (v !== null) {
        if (t === "s") value = ctx.sharedStrings[Number(v)] ?? null;
        else if (t === "str") value = v;
        else if (t === "b") value = Number(v) !== 0;
        else if (t === "e") value = v;
        else if (t === "d") value = isoToSerial(v, ctx.date1904);
        else value = numberOr(v);
      }
      const valued = isFormula || v !== null || inline !== null || s <= 0;
      cells.push({ row, col, value, formula: formula ? formula.replace(/^=/, "") : null, format, valued });
      if (valued) rowsWithValues.add(row);
    },
  });

  // Extent: what values and merges need (refused past the cap), widened by style-only cells and rows
  // when that stays within the cap, as exceljs's rowCount/columnCount counted them.
  let rows = 0;
  let cols = 0;
  for (const c of cells) {
    if (!c.valued) continue;
    rows = Math.max(rows, c.row);
    cols = Math.max(cols, c.col);
  }
  for (const m of mergeBoxes) {
    rows = Math.max(rows, m.to.row);
    cols = Math.max(cols, m.to.col);
  }
  if (rows * cols > LIMITS.extentCells) throw tooWide("已用区域", `A1:${colLetters(cols)}${rows}`);
  let wideRows = Math.max(rows, lastRowElement);
  let wideCols = cols;
  // The widest of the rows that hold a value, style-only cells on those rows included.
  if (rowsWithValues.size > 0) for (const c of cells) if (c.col > wideCols && rowsWithValues.has(c.row)) wideCols = c.col;
  for (const c of cells) wideRows = Math.max(wideRows, c.row);
  if (wideRows * wideCols <= LIMITS.extentCells) {
    rows = wideRows;
    cols = wideCols;
  }

  const colFormat = (c: number): string | null => {
    for (let i = colFormats.length - 1; i >= 0; i--) {
      const cf = colFormats[i] as (typeof colFormats)[number];
      if (c >= cf.min && c <= cf.max) return cf.format;
    }
    return null;
  };
  const colDefault: (string | null)[] = Array.from({ length: cols }, (_, i) => (colFormats.length ? colFormat(i + 1) : null));
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  for (let r = 1; r <= rows; r++) {
    values.push(new Array<CellValue>(cols).fill(null));
    formulas.push(new Array<string | null>(cols).fill(null));
    const rf = rowFormats.get(r) ?? null;
    // A cell that is not in the file takes the row's format, else the column's (how exceljs styled it).
    numberFormats.push(rf !== null ? new Array<string | null>(cols).fill(rf) : colDefault.slice());
  }
  for (const c of cells) {
    if (c.row > rows || c.col > cols) continue;
    const r = c.row - 1;
    const k = c.col - 1;
    (values[r] as CellValue[])[k] = c.value;
    (formulas[r] as (string | null)[])[k] = c.formula;
    (numberFormats[r] as (string | null)[])[k] = c.format;
  }
  for (const m of mergeBoxes) {
    for (let r = m.from.row; r <= m.to.row; r++) {
      for (let k = m.from.col; k <= m.to.col; k++) {
        if (r === m.from.row && k === m.from.col) continue;
        (values[r - 1] as CellValue[])[k - 1] = null;
        (formulas[r - 1] as (string | null)[])[k - 1] = null;
        (numberFormats[r - 1] as (string | null)[])[k - 1] = null;
      }
    }
  }
  return { sheet: name, origin: { row: 1, col: 1 }, values, formulas, numberFormats, merges };
}

function numberOr(v: string): number | null {
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
}
