/**
 * WPS adapter of live scoring (src/core/live), the twin of src/excel/live-scoring.ts: a LivePatch is
 * written into the person's own sheet through the template writer (applySheetPatch), only where every
 * target cell is still empty, with its stamp in the hidden `_jixiao_live` sheet; removal empties the
 * added cells that still hold what was written and keeps any the person changed since. A failed write
 * clears what it may have put down, so nothing is left half-written.
 */
import type { LivePatch, LiveStamp } from "../core/live/types";
import { LIVE_NAMES, LIVE_SHEET, readLiveStamps, stampNameRefs, stampRows } from "../core/live/stamp";
import { normalizeFormula } from "../core/checks/normalize";
import type { CellValue } from "../core/table/grid";
import { activeWorkbook, findSheet, XL, type EtApplication, type EtWorkbook } from "./et";
import { sheetGrid } from "./read-table";
import { applySheetPatch, protectSheet } from "./render-plan";
import { toExcelValue } from "../excel/escape";

const blank = (v: unknown): boolean => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

function stampsOf(wb: EtWorkbook): LiveStamp[] {
  const ws = findSheet(wb, LIVE_SHEET);
  const grid = ws ? sheetGrid(ws) : null;
  return grid ? readLiveStamps({ name: "", sheets: [{ ...grid, sheet: LIVE_SHEET }] }) : [];
}

/** Writes the stamp sheet (hidden) and its names, or removes both when no stamp is left. */
function writeStamps(wb: EtWorkbook, stamps: readonly LiveStamp[]): void {
  for (const name of Object.values(LIVE_NAMES)) {
    try {
      wb.Names.Item(name).Delete();
    } catch {
      // Not there: nothing to delete.
    }
  }
  let ws = findSheet(wb, LIVE_SHEET);
  if (stamps.length === 0) {
    ws?.Delete();
    return;
  }
  if (ws) ws.UsedRange.ClearContents();
  else {
    const sheets = wb.Worksheets;
    ws = sheets.Add(undefined, sheets.Item(sheets.Count));
    ws.Name = LIVE_SHEET;
  }
  ws.Visible = XL.sheetHidden;
  const rows = stampRows(stamps);
  const width = Math.max(...rows.map((r) => r.length));
  const block = rows.map((r) => Array.from({ length: width }, (_, i) => toExcelValue((r[i] ?? null) as CellValue)));
  ws.Range(`A1:${String.fromCharCode(64 + width)}${rows.length}`).Value2 = block;
  for (const [name, ref] of Object.entries(stampNameRefs())) wb.Names.Add(name, `=${ref}`);
}

/** Adds one table's live scoring; refuses, writing nothing, when a target cell is taken or the sheet is already live. */
export async function applyLiveScoringWps(app: EtApplication, patch: LivePatch): Promise<void> {
  const wb = activeWorkbook(app);
  const ws = findSheet(wb, patch.sheet);
  if (!ws) throw new Error(`没有工作表 ${patch.sheet} / no sheet ${patch.sheet}`);
  const earlier = stampsOf(wb);
  if (earlier.some((s) => s.sheet === patch.sheet)) throw new Error(`工作表“${patch.sheet}”已启用实时计分 / live scoring is already on ${patch.sheet}`);
  const taken = patch.cells.filter((c) => !blank(ws.Range(c.addr).Value2) || ws.Range(c.addr).HasFormula === true).map((c) => c.addr);
  if (taken.length) throw new Error(`单元格 ${taken.join("、")} 已有内容，未写入 / cells not empty; nothing written`);
  try {
    await applySheetPatch(app, patch.sheet, {
      cells: patch.cells.map((c) => ({
        addr: c.addr,
        ...(c.formula !== undefined ? { formula: c.formula } : { value: c.value ?? null }),
        ...(c.numberFormat ? { style: { numberFormat: c.numberFormat } } : {}),
      })),
      conditionalFormats: patch.conditionalFormats,
    });
    writeStamps(wb, [...earlier, patch.stamp]);
  } catch (e) {
    // Only cells that were empty were written: emptying them again leaves the sheet as it was.
    for (const c of patch.cells) ws.Range(c.addr).ClearContents();
    throw e;
  }
}

/** Removes the live scoring of `sheet`: cells still holding what was written are emptied, changed ones kept. */
export async function removeLiveScoringWps(app: EtApplication, sheet: string): Promise<{ removed: number; kept: string[] }> {
  const wb = activeWorkbook(app);
  const stamps = stampsOf(wb);
  const mine = stamps.find((s) => s.sheet === sheet);
  const ws = findSheet(wb, sheet);
  if (!mine || !ws) return { removed: 0, kept: [] };
  const wasProtected = ws.ProtectContents;
  if (wasProtected) ws.Unprotect();
  let removed = 0;
  const kept: string[] = [];
  try {
    for (const c of mine.cells) {
      const r = ws.Range(c.addr);
      const formula = r.HasFormula === true ? String(r.Formula).replace(/^=/, "") : undefined;
      const same =
        c.formula !== undefined
          ? formula !== undefined && normalizeFormula(formula) === normalizeFormula(c.formula)
          : formula === undefined && String(r.Value2 ?? "") === String(c.value ?? "");
      if (same) {
        r.ClearContents();
        removed++;
      } else kept.push(c.addr);
    }
    writeStamps(wb, stamps.filter((s) => s !== mine));
  } finally {
    if (wasProtected) protectSheet(ws);
  }
  return { removed, kept };
}
