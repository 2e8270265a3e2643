import type ExcelJS from "exceljs";
import { OPERATOR_DISPLAY } from "../../src/core/values/types";
import { templateLayout, columnFor } from "../../src/core/table/templates";
import type { TemplateKind } from "../../src/core/table/table";
import type { BudgetCase, RowCase } from "./cases";

/** Type cases into a rendered template the way a person would: one case per indicator row. */
export function fillTemplate(wb: ExcelJS.Workbook, kind: TemplateKind, cases: readonly RowCase[], budget?: BudgetCase): void {
  if (cases.length === 0 && !budget) return;
  const layout = templateLayout(kind);
  const ws = wb.getWorksheet(layout.sheetName);
  if (!ws) throw new Error(`no sheet ${layout.sheetName}`);
  const col = (k: Parameters<typeof columnFor>[1]): string => {
    const c = columnFor(kind, k);
    if (!c) throw new Error(`${kind} has no ${k} column`);
    return c.letter;
  };
  const valueCol = kind === "monitor" ? col("expected") : col("actual");
  cases.forEach((c, i) => {
    const r = layout.firstIndicatorRow + i;
    ws.getCell(`${col("name")}${r}`).value = `测试指标${i + 1}`;
    ws.getCell(`${col("operator")}${r}`).value = OPERATOR_DISPLAY[c.op];
    ws.getCell(`${col("target")}${r}`).value = c.target;
    ws.getCell(`${col("unit")}${r}`).value = c.unit === "" ? null : c.unit;
    ws.getCell(`${col("weight")}${r}`).value = c.weight;
    ws.getCell(`${valueCol}${r}`).value = c.actual;
    if (kind === "monitor" && c.actual !== null) ws.getCell(`${col("actual")}${r}`).value = c.actual / 2;
    if (c.tier !== undefined) ws.getCell(`${col("tier")}${r}`).value = c.tier;
  });
  if (budget) {
    const b = layout.budget;
    const row = b.lines[0]!.row;
    if (b.columns.budget) ws.getCell(`${b.columns.budget.letter}${row}`).value = budget.budget;
    if (b.columns.executed) ws.getCell(`${b.columns.executed.letter}${row}`).value = budget.executed;
  }
}
