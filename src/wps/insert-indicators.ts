import type { Indicator } from "../core/library/schema";
import type { Table } from "../core/table/table";
import { OPERATOR_DISPLAY } from "../core/values/types";
import { parseCell } from "../excel/a1";
import { toExcelValue } from "../excel/escape";
import { anchorRowFor } from "../excel/insert-indicators";
import { activeWorkbook, findSheet, XL, type EtApplication } from "./et";
import { ownWrite } from "./own-write";
import { protectSheet } from "./render-plan";

type ColumnKey = "level1" | "level2" | "name" | "code" | "operator" | "target" | "unit" | "basis" | "weight";

/**
 * Inserts library indicators into a recognised table as new rows right after their block, as the Excel adapter
 * does: filled rows move down unchanged; formula cells of the anchor row (scores) are copied to the new rows
 * through FormulaR1C1, so their relative references point at the new row. Resolves with the new rows.
 */
export function insertIndicators(app: EtApplication, table: Table, indicators: readonly Indicator[]): Promise<number[]> {
  const sample = table.indicators[0];
  if (!sample) return Promise.reject(new Error("表格中没有指标行，无法定位插入位置 / the table has no indicator rows to insert beside"));
  const columns: Partial<Record<ColumnKey, number>> = {};
  for (const key of ["level1", "level2", "name", "code", "operator", "target", "unit", "basis", "weight"] as const) {
    const addr = sample[key]?.addr;
    if (addr) columns[key] = parseCell(addr).col;
  }
  const groups = new Map<number, Indicator[]>();
  for (const ind of indicators) {
    const a = anchorRowFor(table, ind);
    groups.set(a, [...(groups.get(a) ?? []), ind]);
  }
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
      for (const a of [...groups.keys()].sort((x, y) => x - y)) {
        const inds = groups.get(a) as Indicator[];
        const anchor = a + shift;
        const formulas: { col: number; r1c1: string }[] = [];
        if (a > 0) {
          for (let c = firstCol; c <= lastCol; c++) {
            const cell = ws.Cells(anchor, c);
            if (cell.HasFormula === true) formulas.push({ col: c, r1c1: String(cell.FormulaR1C1) });
          }
        }
        const at = anchor + 1;
        ws.Range(`${at}:${at + inds.length - 1}`).EntireRow.Insert(XL.shiftDown);
        inds.forEach((ind, i) => {
          const row = at + i;
          rows.push(row);
          for (const f of formulas) ws.Cells(row, f.col).FormulaR1C1 = f.r1c1;
          const put = (key: ColumnKey, value: string | number | null): void => {
            const col = columns[key];
            if (col !== undefined) ws.Cells(row, col).Value2 = toExcelValue(value);
          };
          put("level1", ind.level1);
          put("level2", ind.level2);
          put("name", ind.name);
          put("code", ind.code);
          if (columns.operator !== undefined) put("operator", OPERATOR_DISPLAY[ind.operator]);
          if (columns.unit !== undefined) put("unit", ind.unit);
          put("basis", ind.bases[0]?.basis ?? null);
        });
        shift += inds.length;
      }
    } finally {
      if (wasProtected) protectSheet(ws);
    }
    return rows;
  });
}
