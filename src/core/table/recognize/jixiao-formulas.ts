import type { Profile } from "../../profiles/schema";
import type { FormulaCell } from "../table";
import type { ColumnKey, TemplateLayout } from "../templates/layout";
import { SheetBuilder } from "../templates/sheet-builder";
import { writeBudget } from "../templates/top-blocks";
import { writeTail } from "../templates/print-footer";
import { parseAddr, colNumber } from "./a1";
import type { SheetView } from "./sheet-view";
import { squash } from "./normalize";

/**
 * Every formula Jixiao writes outside the indicator rows — budget rate and score, subtotals, the
 * indicator total, the budget line, total, grade and the weight checks — rebuilt with the very builders
 * that wrote the template, for the rows the sheet now has, beside what the cell holds now. Rebuilding
 * (rather than storing a list in the stamp) means an inserted indicator row moves the expected ranges
 * just as Excel moved the written ones.
 */
export function templateFormulaCells(view: SheetView, layout: TemplateLayout, profile: Profile, first: number, last: number): FormulaCell[] {
  const sb = new SheetBuilder(layout.sheetName);
  writeBudget(sb, layout, profile);
  const col = (k: ColumnKey): string | undefined => layout.columns.find((c) => c.key === k)?.letter;
  const bcols = layout.budget.columns;
  const totalRow = layout.budget.lines[0]?.row;
  if (totalRow === undefined) return [];
  const bottom = Math.max(first, last);
  // Templates written before the printed footer have the summary marker right under the rows.
  const older = squash(view.text(bottom + 1, 1)) === squash(layout.summaryMarker);
  writeTail(sb, layout, profile, { first, last: bottom, col }, !older);
  const plan = sb.build();
  // Labels of each summary row (column A, then B) and of each budget column, to name the cell in messages.
  const labels = new Map<string, string>();
  for (const c of plan.cells) if (c.value !== undefined && typeof c.value === "string") labels.set(c.addr, c.value);
  const out: FormulaCell[] = [];
  for (const c of plan.cells) {
    if (!c.formula) continue;
    const p = parseAddr(c.addr);
    if (!p) continue;
    const letter = c.addr.replace(/\d+$/, "");
    const budgetLine = layout.budget.lines.find((l) => l.row === p.row);
    const label = budgetLine
      ? [layout.budget.title, budgetLine.label, Object.values(bcols).find((b) => b.letter === letter)?.header].filter(Boolean).join(" ")
      : [labels.get(`A${p.row}`), labels.get(`B${p.row}`)].filter((x) => x !== undefined && x !== "").join(" ") || c.addr;
    const formula = view.formula(p.row, p.col);
    const cell: FormulaCell = { addr: c.addr, label, expected: c.formula, value: view.value(p.row, colNumber(letter)) };
    if (formula) cell.formula = formula;
    out.push(cell);
  }
  return out;
}
