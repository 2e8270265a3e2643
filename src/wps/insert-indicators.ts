import type { Indicator } from "../core/library/schema";
import type { Table } from "../core/table/table";
import { planInsertion } from "../core/table/insertion";
import { toExcelValue } from "../excel/escape";
import { activeWorkbook, findSheet, XL, type EtApplication } from "./et";
import { ownWrite } from "./own-write";
import { protectSheet } from "./render-plan";

/**
 * Inserts library indicators into a recognised table as new rows right after their block, as the Excel adapter
 * does: filled rows move down unchanged; formula cells of the anchor row (scores) are copied to the new rows
 * through FormulaR1C1, so their relative references point at the new row. Resolves with the new rows.
 */
export async function insertIndicators(app: EtApplication, table: Table, indicators: readonly Indicator[]): Promise<number[]> {
  const { groups } = planInsertion(table, indicators);
  return ownWrite(app, () => {
    const ws = findSheet(activeWorkbook(app), table.sheet);
    if (!ws) throw new Error(`没有工作表 ${table.sheet} / no sheet ${table.sheet}`);
    const used = ws.UsedRange;
    const firstCol = used.Column;
    const lastCol = used.Column + used.Columns.Count - 1;
    const wasProtected = ws.ProtectContents;
    if (wasProtected) ws.Unprotect();
    const rows: number[] = [];
    let shift = 0;
    try {
      for (const { anchor: a, rows: added } of groups) {
        const anchor = a + shift;
        const formulas: { col: number; r1c1: string }[] = [];
        if (a > 0) {
          for (let c = firstCol; c <= lastCol; c++) {
            const cell = ws.Cells(anchor, c);
            if (cell.HasFormula === true) formulas.push({ col: c, r1c1: String(cell.FormulaR1C1) });
          }
        }
        const at = anchor + 1;
        ws.Range(`${at}:${at + added.length - 1}`).EntireRow.Insert(XL.shiftDown);
        added.forEach(({ cells }, i) => {
          const row = at + i;
          rows.push(row);
          for (const f of formulas) ws.Cells(row, f.col).FormulaR1C1 = f.r1c1;
          for (const c of cells) ws.Cells(row, c.col).Value2 = toExcelValue(c.value);
        });
        shift += added.length;
      }
    } finally {
      if (wasProtected) protectSheet(ws);
    }
    return rows;
  });
}
