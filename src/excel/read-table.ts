import type { CellValue, Grid, WorkbookGrids } from "../core/table/grid";
import { STAMP_SHEET } from "../core/table/templates/layout";
import { LIVE_SHEET } from "../core/live/stamp";
import { parseRange } from "./a1";
import { excelApiSupported } from "./support";

export interface ReadOptions {
  /** Hidden helper sheets read along with the active sheet (the library stamp lives there). */
  helperSheets?: string[];
  /** Workbook title for messages. */
  name?: string;
}

export interface ReadResult {
  grids: WorkbookGrids;
  activeSheet: string;
  syncs: number;
}

function toCell(v: unknown): CellValue {
  if (v === "" || v === undefined || v === null) return null;
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "string") return v;
  return String(v);
}

function toGrid(sheet: string, range: Excel.Range, merged: Excel.RangeAreas | null): Grid {
  const origin = parseRange(range.address);
  const values = (range.values as unknown[][]).map((r) => r.map(toCell));
  const formulas = (range.formulas as unknown[][]).map((r) =>
    r.map((f) => (typeof f === "string" && f.startsWith("=") ? f.slice(1) : null)),
  );
  const numberFormats = (range.numberFormat as unknown[][] | undefined)?.map((r) => r.map((f) => (typeof f === "string" && f !== "General" ? f : null)));
  const merges = merged && !merged.isNullObject && merged.address
    ? merged.address.split(",").map((a) => a.trim().slice(a.trim().lastIndexOf("!") + 1).replace(/\$/g, ""))
    : [];
  return { sheet, origin: { row: origin.top, col: origin.left }, values, formulas, ...(numberFormats ? { numberFormats } : {}), merges };
}

/**
 * Reads the active sheet's used range (values, formulas, number formats, merged areas), the helper sheets and
 * the workbook's names in ONE sync, as a WorkbookGrids for recognizeTables.
 */
export async function readActiveTable(context: Excel.RequestContext, options: ReadOptions = {}): Promise<ReadResult> {
  const wb = context.workbook;
  const active = wb.worksheets.getActiveWorksheet();
  active.load("name");
  const canMerged = excelApiSupported("1.13");
  const regions: { ws: Excel.Worksheet; used: Excel.Range; merged: Excel.RangeAreas | null; helper: boolean }[] = [];
  const addRegion = (ws: Excel.Worksheet, helper: boolean): void => {
    const used = ws.getUsedRangeOrNullObject();
    used.load("address,values,formulas,numberFormat");
    const merged = canMerged ? used.getMergedAreasOrNullObject() : null;
    merged?.load("address");
    regions.push({ ws, used, merged, helper });
  };
  addRegion(active, false);
  const helpers = (options.helperSheets ?? [STAMP_SHEET, LIVE_SHEET]).map((n) => {
    const ws = wb.worksheets.getItemOrNullObject(n);
    ws.load("name");
    return ws;
  });
  for (const h of helpers) addRegion(h, true);
  const names = wb.names.load("items/name,items/formula");
  await context.sync();

  const sheets: Grid[] = [];
  for (const r of regions) {
    if (r.ws.isNullObject || r.used.isNullObject) continue;
    sheets.push(toGrid(r.ws.name, r.used, r.merged));
  }
  const definedNames: Record<string, string> = {};
  for (const n of names.items) {
    const f = typeof n.formula === "string" ? n.formula : String(n.formula ?? "");
    definedNames[n.name] = f.startsWith("=") ? f.slice(1) : f;
  }
  return { grids: { name: options.name ?? "Excel", sheets, definedNames }, activeSheet: active.name, syncs: 1 };
}
