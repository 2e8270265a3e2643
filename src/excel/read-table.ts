import type { CellValue, Grid, WorkbookGrids } from "../core/table/grid";
import { STAMP_SHEET } from "../core/table/templates/layout";
import { LIVE_SHEET } from "../core/live/stamp";
import { colToLetters, parseRange } from "./a1";
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

/** A host's cell value as the Grid holds it. An empty cell is "" in Office.js, and Empty (undefined) or "" in ET by build: all mean no value. */
export function toCell(v: unknown): CellValue {
  if (v === "" || v === undefined || v === null) return null;
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "string") return v;
  return String(v);
}

const mergesOf = (merged: Excel.RangeAreas | null): string[] =>
  merged && !merged.isNullObject && merged.address
    ? merged.address.split(",").map((a) => a.trim().slice(a.trim().lastIndexOf("!") + 1).replace(/\$/g, ""))
    : [];

interface Block {
  values: unknown[][];
  formulas: unknown[][];
  numberFormat?: unknown[][];
}

function toGrid(sheet: string, address: string, blocks: readonly Block[], merges: string[]): Grid {
  const origin = parseRange(address);
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  let haveFormats = true;
  for (const b of blocks) {
    for (const r of b.values) values.push(r.map(toCell));
    for (const r of b.formulas) formulas.push(r.map((f) => (typeof f === "string" && f.startsWith("=") ? f.slice(1) : null)));
    if (!b.numberFormat) haveFormats = false;
    else for (const r of b.numberFormat) numberFormats.push(r.map((f) => (typeof f === "string" && f !== "General" ? f : null)));
  }
  return { sheet, origin: { row: origin.top, col: origin.left }, values, formulas, ...(haveFormats ? { numberFormats } : {}), merges };
}

/**
 * Excel on the web refuses a response over 5 MB; reads stay under this, with room for the JSON around them.
 * Values, formulas and number formats of one cell take about 3 × its text.
 */
export const READ_BUDGET_BYTES = 4 * 1024 * 1024;
/** Assumed bytes per cell (three arrays) before anything was measured: generous, so the first chunk stays small enough. */
const GUESS_BYTES_PER_CELL = 240;

/** What the last read of a sheet taught: its used range and how many bytes a row took. */
export interface ReadHint {
  address: string;
  bytesPerRow: number;
}

export interface ChunkedReadOptions extends ReadOptions {
  /** From the previous read: a small used range that has not changed is read with everything else in ONE sync. */
  hint?: ReadHint;
  budgetBytes?: number;
}

const bytesOf = (b: Block): number => {
  // A cheap size estimate (UTF-8 of the JSON), the unit of the 5 MB limit.
  let n = 0;
  for (const arr of [b.values, b.formulas, b.numberFormat]) if (arr) for (const row of arr) for (const v of row) n += typeof v === "string" ? v.length * 3 + 3 : 8;
  return n;
};

/**
 * Reads the active sheet's used range (values, formulas, number formats, merged areas), the helper sheets and
 * the workbook's names, as a WorkbookGrids for recognizeTables. A sheet the last read found small is read in
 * ONE sync; otherwise the first sync learns the used range and the cells follow in row chunks, each response
 * under READ_BUDGET_BYTES (Excel on the web's 5 MB limit), sized by the bytes per row measured so far.
 */
export async function readActiveTable(context: Excel.RequestContext, options: ChunkedReadOptions = {}): Promise<ReadResult & { hint: ReadHint | null }> {
  if (!options.hint) return readOnce(context, options);
  try {
    return await readOnce(context, options);
  } catch {
    // The sheet grew past the hint (a big paste) and the one-sync read was refused: read it in chunks.
    const { hint: _ignored, ...rest } = options;
    return readOnce(context, rest);
  }
}

async function readOnce(context: Excel.RequestContext, options: ChunkedReadOptions): Promise<ReadResult & { hint: ReadHint | null }> {
  const wb = context.workbook;
  const budget = options.budgetBytes ?? READ_BUDGET_BYTES;
  const active = wb.worksheets.getActiveWorksheet();
  active.load("name");
  const canMerged = excelApiSupported("1.13");
  const used = active.getUsedRangeOrNullObject();
  const hint = options.hint;
  const hintRows = hint ? parseRange(hint.address.slice(hint.address.lastIndexOf("!") + 1)) : null;
  const small = !!hint && !!hintRows && (hintRows.bottom - hintRows.top + 1) * hint.bytesPerRow <= budget;
  used.load(small ? "address,rowCount,columnCount,values,formulas,numberFormat" : "address,rowCount,columnCount");
  const merged = canMerged ? used.getMergedAreasOrNullObject() : null;
  merged?.load("address");
  const helpers = (options.helperSheets ?? [STAMP_SHEET, LIVE_SHEET]).map((n) => {
    const ws = wb.worksheets.getItemOrNullObject(n);
    ws.load("name");
    const u = ws.getUsedRangeOrNullObject();
    u.load("address,values,formulas,numberFormat");
    const m = canMerged ? u.getMergedAreasOrNullObject() : null;
    m?.load("address");
    return { ws, used: u, merged: m };
  });
  const names = wb.names.load("items/name,items/formula");
  await context.sync();
  let syncs = 1;

  const sheets: Grid[] = [];
  let nextHint: ReadHint | null = null;
  if (!used.isNullObject) {
    const address = used.address;
    const area = parseRange(address.slice(address.lastIndexOf("!") + 1));
    const rows = used.rowCount;
    let blocks: Block[];
    if (small) {
      blocks = [{ values: used.values, formulas: used.formulas, numberFormat: used.numberFormat }];
    } else {
      // The range changed or is large: read it in chunks of rows.
      blocks = [];
      let bytesPerRow = hint?.bytesPerRow ?? used.columnCount * GUESS_BYTES_PER_CELL;
      for (let r = 0; r < rows; ) {
        const n = Math.max(1, Math.min(rows - r, Math.floor(budget / Math.max(1, bytesPerRow))));
        const top = area.top + r;
        const chunk = active.getRange(`${colToLetters(area.left)}${top}:${colToLetters(area.right)}${top + n - 1}`);
        chunk.load("values,formulas,numberFormat");
        await context.sync();
        syncs++;
        const block = { values: chunk.values, formulas: chunk.formulas, numberFormat: chunk.numberFormat };
        blocks.push(block);
        // Measured: size the next chunk by what these rows took (never above the budget).
        bytesPerRow = Math.max(1, bytesOf(block) / n) * 1.2;
        r += n;
      }
    }
    const measured = blocks.reduce((k, b) => k + bytesOf(b), 0) / Math.max(1, rows);
    nextHint = { address, bytesPerRow: Math.max(1, measured * 1.2) };
    sheets.push(toGrid(active.name, address, blocks, mergesOf(merged)));
  }
  for (const h of helpers) {
    if (h.ws.isNullObject || h.used.isNullObject) continue;
    sheets.push(toGrid(h.ws.name, h.used.address, [{ values: h.used.values, formulas: h.used.formulas, numberFormat: h.used.numberFormat }], mergesOf(h.merged)));
  }
  const definedNames: Record<string, string> = {};
  for (const n of names.items) {
    const f = typeof n.formula === "string" ? n.formula : String(n.formula ?? "");
    definedNames[n.name] = f.startsWith("=") ? f.slice(1) : f;
  }
  return { grids: { name: options.name ?? "Excel", sheets, definedNames }, activeSheet: active.name, syncs, hint: nextHint };
}
