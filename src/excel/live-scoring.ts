/**
 * Office.js adapter of live scoring (src/core/live): writes a LivePatch into the open workbook's own
 * sheet in two syncs (one read to confirm every target cell is still empty and to read an earlier
 * stamp, one write), and removes it again in two. If the write sync fails, what it may have applied is
 * cleared in one more sync, so nothing is left half-written. (Live checking lives in live.ts.)
 */
import type { LivePatch, LiveStamp } from "../core/live/types";
import { LIVE_NAMES, LIVE_SHEET, readLiveStamps, stampNameRefs, stampRows } from "../core/live/stamp";
import type { CellValue } from "../core/table/grid";
import { normalizeFormula } from "../core/checks/normalize";
import { toExcelValue } from "./escape";
import { asOwnWrite } from "./own-writes";
import { excelApiSupported } from "./support";

export class LiveScoringError extends Error {
  constructor(message: string, override readonly cause?: unknown) {
    super(message);
    this.name = "LiveScoringError";
  }
}

const WIDTH = 7;
const blank = (v: unknown): boolean => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

function stampsFrom(values: unknown[][] | null): LiveStamp[] {
  if (!values) return [];
  const grid = values.map((r) => r.map((v) => (v === "" ? null : (v as CellValue))));
  return readLiveStamps({ name: "", sheets: [{ sheet: LIVE_SHEET, origin: { row: 1, col: 1 }, values: grid, formulas: [], merges: [] }] });
}

/** The stamp sheet's rows as one rectangle (Office.js writes a range, not ragged rows). */
function stampRect(stamps: readonly LiveStamp[]): (string | number | boolean)[][] {
  return stampRows(stamps).map((r) => Array.from({ length: WIDTH }, (_, i) => toExcelValue(r[i] ?? null)));
}

interface StampHandles {
  ws: Excel.Worksheet;
  used: Excel.Range;
  names: Excel.NamedItemCollection;
}

function loadStamp(context: Excel.RequestContext): StampHandles {
  const ws = context.workbook.worksheets.getItemOrNullObject(LIVE_SHEET);
  const used = ws.getUsedRangeOrNullObject(true);
  used.load("values");
  const names = context.workbook.names.load("items/name");
  return { ws, used, names };
}

/** Queues the stamp sheet's new content (or its removal when no stamp is left) and the names. */
function writeStamp(context: Excel.RequestContext, h: StampHandles, stamps: readonly LiveStamp[]): void {
  const exists = !h.ws.isNullObject;
  const have = new Set(h.names.items.map((n) => n.name.toUpperCase()));
  for (const name of Object.values(LIVE_NAMES)) if (have.has(name.toUpperCase())) context.workbook.names.getItem(name).delete();
  if (stamps.length === 0) {
    if (exists) h.ws.delete();
    return;
  }
  let ws = h.ws;
  if (exists) ws.getRange().clear("Contents");
  else {
    ws = context.workbook.worksheets.add(LIVE_SHEET);
    ws.visibility = "Hidden" as Excel.SheetVisibility;
  }
  const rows = stampRect(stamps);
  ws.getRange(`A1:G${rows.length}`).values = rows;
  for (const [name, ref] of Object.entries(stampNameRefs())) context.workbook.names.add(name, `=${ref}`);
}

/** Writes one table's live scoring. Refuses, writing nothing, when a target cell is no longer empty. */
export async function applyLiveScoring(context: Excel.RequestContext, patch: LivePatch): Promise<{ syncs: number }> {
  return asOwnWrite(async () => {
    const ws = context.workbook.worksheets.getItem(patch.sheet);
    const probes = patch.cells.map((c) => ws.getRange(c.addr).load("values,formulas"));
    const stamp = loadStamp(context);
    await context.sync();
    const taken = patch.cells.filter((c, i) => {
      const p = probes[i] as Excel.Range;
      return !blank(p.values[0]?.[0]) || !blank(p.formulas[0]?.[0]);
    });
    if (taken.length > 0) {
      throw new LiveScoringError(
        `单元格 ${taken.map((c) => c.addr).join("、")} 已有内容，未写入任何公式（请重新检查后再启用）/ cells ${taken.map((c) => c.addr).join(", ")} are no longer empty; nothing was written`,
      );
    }
    const earlier = stampsFrom(stamp.used.isNullObject ? null : stamp.used.values);
    if (earlier.some((s) => s.sheet === patch.sheet)) throw new LiveScoringError(`工作表“${patch.sheet}”已启用实时计分 / live scoring is already on ${patch.sheet}`);

    if (excelApiSupported("1.9")) context.application.suspendScreenUpdatingUntilNextSync();
    for (const c of patch.cells) {
      const r = ws.getRange(c.addr);
      if (c.formula !== undefined) r.formulas = [[`=${c.formula}`]];
      else r.values = [[toExcelValue(c.value ?? null)]];
      if (c.numberFormat) r.numberFormat = [[c.numberFormat]];
    }
    for (const cf of patch.conditionalFormats) {
      const f = ws.getRange(cf.range).conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
      f.custom.rule.formula = `=${cf.formula}`;
      if (cf.style.fill) f.custom.format.fill.color = cf.style.fill;
      if (cf.style.fontColor) f.custom.format.font.color = cf.style.fontColor;
      if (cf.style.bold !== undefined) f.custom.format.font.bold = cf.style.bold;
    }
    writeStamp(context, stamp, [...earlier, patch.stamp]);
    try {
      await context.sync();
      return { syncs: 2 };
    } catch (e) {
      // Undo whatever part of the batch Excel applied: the cells were empty, so emptying them restores them.
      try {
        for (const c of patch.cells) {
          ws.getRange(c.addr).values = [[""]];
          if (c.numberFormat) ws.getRange(c.addr).numberFormat = [["General"]];
        }
        for (const cf of patch.conditionalFormats) ws.getRange(cf.range).conditionalFormats.clearAll();
        const again = loadStamp(context);
        await context.sync();
        writeStamp(context, again, earlier);
        await context.sync();
      } catch {
        // The first error is the one worth reporting.
      }
      throw new LiveScoringError(`启用实时计分失败，已撤销 / adding live scoring failed and was undone: ${(e as Error)?.message ?? String(e)}`, e);
    }
  });
}

/**
 * Removes live scoring from `sheet`: every added cell still holding what was added is emptied (a cell a
 * person has changed since is kept and returned), the difference marks and the stamp go. Two syncs.
 */
export async function removeLiveScoringExcel(context: Excel.RequestContext, sheet: string): Promise<{ removed: number; kept: string[]; syncs: number }> {
  return asOwnWrite(async () => {
    const stamp = loadStamp(context);
    await context.sync();
    const stamps = stampsFrom(stamp.used.isNullObject ? null : stamp.used.values);
    const mine = stamps.find((s) => s.sheet === sheet);
    if (!mine) return { removed: 0, kept: [], syncs: 1 };
    const ws = context.workbook.worksheets.getItem(sheet);
    const probes = mine.cells.map((c) => ws.getRange(c.addr).load("values,formulas"));
    await context.sync();
    let removed = 0;
    const kept: string[] = [];
    mine.cells.forEach((c, i) => {
      const p = probes[i] as Excel.Range;
      const f = String(p.formulas[0]?.[0] ?? "");
      const same = c.formula !== undefined ? f.startsWith("=") && normalizeFormula(f) === normalizeFormula(c.formula) : p.values[0]?.[0] === (c.value ?? "");
      if (same) {
        ws.getRange(c.addr).values = [[""]];
        if (c.numberFormat) ws.getRange(c.addr).numberFormat = [["General"]];
        removed++;
      } else kept.push(c.addr);
    });
    for (const m of mine.marks) ws.getRange(m).conditionalFormats.clearAll();
    writeStamp(context, stamp, stamps.filter((s) => s !== mine));
    await context.sync();
    return { removed, kept, syncs: 3 };
  });
}
