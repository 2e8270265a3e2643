/**
 * exceljs adapter of live scoring: applies LivePatches to a workbook loaded from the person's file,
 * and removes them again. The input file is never written: callers save to a new path.
 */
import ExcelJS from "exceljs";
import type { LivePatch, LiveStamp } from "../core/live/types";
import { LIVE_SHEET, readLiveStamps, stampNameRefs, stampRows } from "../core/live/stamp";
import type { CellValue, WorkbookGrids } from "../core/table/grid";
import { normalizeFormula } from "../core/checks/normalize";

const argb = (hex: string): string => `FF${hex.replace(/^#/, "").toUpperCase()}`;

/** The stamps already in the workbook (a second table upgraded later keeps the first one's). */
function stampsOf(wb: ExcelJS.Workbook): LiveStamp[] {
  const ws = wb.getWorksheet(LIVE_SHEET);
  if (!ws) return [];
  const values: CellValue[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    const out: CellValue[] = [];
    for (let c = 1; c <= 7; c++) {
      const v = row.getCell(c).value;
      out.push(v === null || v === undefined ? null : typeof v === "object" ? String((v as { result?: unknown }).result ?? "") : (v as CellValue));
    }
    values[n - 1] = out;
  });
  const grids: WorkbookGrids = { name: "", sheets: [{ sheet: LIVE_SHEET, origin: { row: 1, col: 1 }, values: Array.from(values, (r) => r ?? []), formulas: [], merges: [] }] };
  return readLiveStamps(grids);
}

function writeStamp(wb: ExcelJS.Workbook, stamps: readonly LiveStamp[]): void {
  const old = wb.getWorksheet(LIVE_SHEET);
  if (old) wb.removeWorksheet(old.id);
  removeNames(wb);
  if (stamps.length === 0) return;
  const ws = wb.addWorksheet(LIVE_SHEET, { state: "hidden" });
  stampRows(stamps).forEach((row, i) => row.forEach((v, j) => (ws.getCell(i + 1, j + 1).value = v as ExcelJS.CellValue)));
  for (const [name, ref] of Object.entries(stampNameRefs())) wb.definedNames.add(ref, name);
}

function removeNames(wb: ExcelJS.Workbook): void {
  for (const [name, ref] of Object.entries(stampNameRefs())) {
    try {
      wb.definedNames.remove(ref, name);
    } catch {
      // not there
    }
  }
}

/** Writes the patches into the workbook; refuses a cell that is not empty (nothing is overwritten). */
export function applyLivePatches(wb: ExcelJS.Workbook, patches: readonly LivePatch[]): void {
  for (const p of patches) {
    const ws = wb.getWorksheet(p.sheet);
    if (!ws) throw new Error(`找不到工作表“${p.sheet}” / sheet ${p.sheet} not found`);
    for (const c of p.cells) {
      const cell = ws.getCell(c.addr);
      const v = cell.value;
      if (v !== null && v !== undefined && !(typeof v === "string" && v.trim() === "")) {
        throw new Error(`单元格 ${p.sheet}!${c.addr} 不为空，未写入 / cell ${p.sheet}!${c.addr} is not empty; nothing written`);
      }
    }
  }
  for (const p of patches) {
    const ws = wb.getWorksheet(p.sheet) as ExcelJS.Worksheet;
    for (const c of p.cells) {
      const cell = ws.getCell(c.addr);
      cell.value = c.formula !== undefined ? ({ formula: c.formula } as ExcelJS.CellFormulaValue) : (c.value ?? null);
      if (c.numberFormat) cell.numFmt = c.numberFormat;
      if (c.role === "header") cell.font = { bold: true };
    }
    p.conditionalFormats.forEach((cf, i) => {
      const style: Partial<ExcelJS.Style> = {
        ...(cf.style.fill ? { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(cf.style.fill) } } } : {}),
        font: { ...(cf.style.fontColor ? { color: { argb: argb(cf.style.fontColor) } } : {}), ...(cf.style.bold ? { bold: true } : {}) },
      };
      ws.addConditionalFormatting({ ref: cf.range, rules: [{ type: "expression", priority: i + 1, formulae: [cf.formula], style }] });
    });
  }
  const kept = stampsOf(wb).filter((s) => !patches.some((p) => p.sheet === s.sheet));
  writeStamp(wb, [...kept, ...patches.map((p) => p.stamp)]);
  wb.calcProperties = { ...wb.calcProperties, fullCalcOnLoad: true };
}

const same = (cell: ExcelJS.Cell, c: LiveStamp["cells"][number]): boolean => {
  const v = cell.value;
  if (c.formula !== undefined) {
    const f = v && typeof v === "object" && "formula" in v ? String((v as ExcelJS.CellFormulaValue).formula) : null;
    return f !== null && normalizeFormula(f) === normalizeFormula(c.formula);
  }
  return v === (c.value ?? "");
};

/**
 * Removes live scoring from the sheets given (all when none): every added cell still holding what was
 * added is emptied, the difference marks and the stamp go. Cells a person has since changed are kept
 * and returned.
 */
export function removeLiveScoring(wb: ExcelJS.Workbook, sheets?: readonly string[]): { removed: number; kept: string[] } {
  const stamps = stampsOf(wb);
  let removed = 0;
  const kept: string[] = [];
  const left: LiveStamp[] = [];
  for (const s of stamps) {
    const ws = wb.getWorksheet(s.sheet);
    if (sheets && !sheets.includes(s.sheet)) {
      left.push(s);
      continue;
    }
    if (!ws) continue;
    for (const c of s.cells) {
      const cell = ws.getCell(c.addr);
      if (same(cell, c)) {
        cell.value = null;
        // Cells in the added columns were blank and unformatted before: drop what the upgrade set.
        if (c.numberFormat || (c.value !== undefined && /^(〔核算〕|核算得分)/.test(c.value))) cell.style = {};
        removed++;
      } else kept.push(`${s.sheet}!${c.addr}`);
    }
    const marks = new Set(s.marks);
    const cfs = (ws as unknown as { conditionalFormattings: { ref: string }[] }).conditionalFormattings;
    if (Array.isArray(cfs)) {
      for (let i = cfs.length - 1; i >= 0; i--) if (marks.has((cfs[i] as { ref: string }).ref)) cfs.splice(i, 1);
    }
  }
  writeStamp(wb, left);
  return { removed, kept };
}
