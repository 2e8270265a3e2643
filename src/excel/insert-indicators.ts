import type { Indicator } from "../core/library/schema";
import { planInsertion } from "../core/table/insertion";
import type { Table } from "../core/table/table";
import { colToLetters, parseRange, type Rect } from "./a1";
import { toExcelValue } from "./escape";
import { asOwnWrite } from "./own-writes";
import { SHEET_PROTECTION } from "./render-plan";
import { excelApiSupported } from "./support";

export interface InsertResult {
  /** Sheet rows (after insertion) the new indicators occupy. */
  rows: number[];
  syncs: number;
}

/**
 * Inserts library indicators into a recognised table, each as a new row right after its block, so rows a
 * person filled are moved down but never changed. Columns come from the table's own cell addresses; cells
 * holding formulas in the anchor row (scores) get the same formula, written relative (R1C1) so it points at
 * the new row. Two syncs: one read (anchor formulas, protection), one write.
 */
export async function insertIndicators(context: Excel.RequestContext, table: Table, indicators: readonly Indicator[]): Promise<InsertResult> {
  const { columns, groups } = planInsertion(table, indicators);
  return asOwnWrite(async () => {
    const ws = context.workbook.worksheets.getItem(table.sheet);
    ws.protection.load("protected");
    const anchorRanges = new Map<number, Excel.Range>();
    // Templates merge 一级指标 down its block: learn whether the anchor's 一级 cell is merged, and how far.
    const l1 = columns.level1;
    const mergedAt = new Map<number, Excel.RangeAreas>();
    for (const { anchor: a } of groups) {
      const r = ws.getRange(`${a}:${a}`).getUsedRangeOrNullObject(false);
      r.load("formulasR1C1,address,columnIndex");
      anchorRanges.set(a, r);
      if (l1 !== undefined && excelApiSupported("1.13")) {
        const m = ws.getCell(a - 1, l1 - 1).getMergedAreasOrNullObject();
        m.load("address");
        mergedAt.set(a, m);
      }
    }
    await context.sync();

    const canEvents = excelApiSupported("1.8");
    if (canEvents) context.runtime.enableEvents = false;
    const wasProtected = ws.protection.protected;
    if (wasProtected) ws.protection.unprotect();
    const newRows: number[] = [];
    let shift = 0;
    const done: { anchor: number; count: number }[] = [];
    // Top to bottom, tracking how far earlier insertions pushed later anchors down.
    for (const { anchor: a, rows } of groups) {
      const at = a + shift + 1;
      ws.getRange(`${at}:${at + rows.length - 1}`).insert("Down" as Excel.InsertShiftDirection);
      const anchor = anchorRanges.get(a) as Excel.Range;
      const block = l1 !== undefined ? mergedBlock(mergedAt.get(a), a, l1) : null;
      rows.forEach(({ cells }, i) => {
        const row = at + i;
        newRows.push(row);
        if (!anchor.isNullObject) {
          const start = anchor.columnIndex + 1;
          (anchor.formulasR1C1[0] as unknown[]).forEach((f, j) => {
            if (typeof f === "string" && f.startsWith("=")) ws.getCell(row - 1, start + j - 1).formulasR1C1 = [[f]];
          });
        }
        // Inside a merged 一级 block the label is the block's; a write to a merged cell would fail.
        for (const c of cells) if (!(block && c.key === "level1")) ws.getCell(row - 1, c.col - 1).values = [[toExcelValue(c.value)]];
      });
      // Rows added right under a merged block's last row are outside it: grow the merge over them.
      if (block && l1 !== undefined && block.bottom === a) {
        const L = colToLetters(l1);
        // The block's top moved only with rows inserted above it (insertions inside it stretched it).
        const above = done.filter((d) => d.anchor < block.top).reduce((n, d) => n + d.count, 0);
        ws.getRange(`${L}${block.top + above}:${L}${at + rows.length - 1}`).merge(false);
      }
      done.push({ anchor: a, count: rows.length });
      shift += rows.length;
    }
    if (wasProtected) ws.protection.protect(SHEET_PROTECTION);
    if (canEvents) context.runtime.enableEvents = true;
    await context.sync();
    return { rows: newRows, syncs: 2 };
  });
}

/** The merged area (more than one row) holding the anchor's 一级 cell, or null. */
function mergedBlock(m: Excel.RangeAreas | undefined, row: number, col: number): Rect | null {
  if (!m || m.isNullObject || !m.address) return null;
  for (const part of m.address.split(",")) {
    const r = parseRange(part);
    if (r.top <= row && row <= r.bottom && r.left <= col && col <= r.right && r.bottom > r.top) return r;
  }
  return null;
}
