import type { Grid, WorkbookGrids } from "../core/table/grid";
import { STAMP_SHEET } from "../core/table/templates/layout";
import { rectAddr } from "../excel/a1";
import { toCell } from "../excel/read-table";
import { activeWorkbook, as2D, findSheet, type EtApplication, type EtRange, type EtWorksheet } from "./et";

export interface WpsReadResult {
  grids: WorkbookGrids;
  activeSheet: string;
}

/**
 * Number formats of the used range: one read when the whole range shares a format (Range.NumberFormat is a
 * string then), one per column when not, and per cell only in the columns that mix formats.
 */
function numberFormats(ws: EtWorksheet, used: EtRange, rows: number, cols: number): (string | null)[][] {
  const out: (string | null)[][] = Array.from({ length: rows }, () => new Array<string | null>(cols).fill(null));
  const keep = (f: string | null): string | null => (typeof f === "string" && f !== "General" && f !== "G/通用格式" ? f : null);
  const whole = used.NumberFormat;
  if (typeof whole === "string") {
    const f = keep(whole);
    if (f) for (const r of out) r.fill(f);
    return out;
  }
  for (let j = 0; j < cols; j++) {
    const col = used.Column + j;
    const colRange = ws.Range(rectAddr({ top: used.Row, bottom: used.Row + rows - 1, left: col, right: col }));
    const cf = colRange.NumberFormat;
    if (typeof cf === "string") {
      const f = keep(cf);
      for (let i = 0; i < rows; i++) (out[i] as (string | null)[])[j] = f;
      continue;
    }
    for (let i = 0; i < rows; i++) (out[i] as (string | null)[])[j] = keep(ws.Cells(used.Row + i, col).NumberFormat);
  }
  return out;
}

/**
 * Merged areas inside the used range. ET has no "merged areas" collection; Range.MergeCells is false when no
 * cell of a range is merged, so whole rows without merges are skipped and only rows that have some are walked.
 */
function mergedAreas(ws: EtWorksheet, used: EtRange, rows: number, cols: number): string[] {
  if (used.MergeCells === false) return [];
  const seen = new Set<string>();
  const out: string[] = [];
  const right = used.Column + cols - 1;
  for (let i = 0; i < rows; i++) {
    const row = used.Row + i;
    if (ws.Range(rectAddr({ top: row, bottom: row, left: used.Column, right })).MergeCells === false) continue;
    for (let c = used.Column; c <= right; c++) {
      const cell = ws.Cells(row, c);
      if (cell.MergeCells !== true) continue;
      const area = cell.MergeArea.Address(false, false);
      if (!seen.has(area)) {
        seen.add(area);
        out.push(area);
      }
    }
  }
  return out;
}

export function sheetGrid(ws: EtWorksheet): Grid | null {
  const used = ws.UsedRange;
  const rows = used.Rows.Count;
  const cols = used.Columns.Count;
  const values = as2D(used.Value2, rows, cols).map((r) => r.map(toCell));
  // An empty sheet's used range is its first cell, empty: nothing to read.
  if (rows === 1 && cols === 1 && values[0]?.[0] === null && used.HasFormula !== true) return null;
  const formulas = as2D(used.Formula, rows, cols).map((r) => r.map((f) => (typeof f === "string" && f.startsWith("=") ? f.slice(1) : null)));
  return {
    sheet: ws.Name,
    origin: { row: used.Row, col: used.Column },
    values,
    formulas,
    numberFormats: numberFormats(ws, used, rows, cols),
    merges: mergedAreas(ws, used, rows, cols),
  };
}

/** Reads the active sheet's used range, the hidden stamp sheet and the workbook's names, as the core wants them. */
export function readActiveTable(app: EtApplication, helperSheets: string[] = [STAMP_SHEET]): WpsReadResult {
  const wb = activeWorkbook(app);
  const active = app.ActiveSheet ?? wb.ActiveSheet;
  const sheets: Grid[] = [];
  const own = sheetGrid(active);
  if (own) sheets.push(own);
  for (const name of helperSheets) {
    if (name === active.Name) continue;
    const ws = findSheet(wb, name);
    const g = ws ? sheetGrid(ws) : null;
    if (g) sheets.push(g);
  }
  const definedNames: Record<string, string> = {};
  for (let i = 1; i <= wb.Names.Count; i++) {
    const n = wb.Names.Item(i);
    const ref = String(n.RefersTo ?? "");
    definedNames[n.Name] = ref.startsWith("=") ? ref.slice(1) : ref;
  }
  return { grids: { name: wb.Name || "WPS", sheets, definedNames }, activeSheet: active.Name };
}
