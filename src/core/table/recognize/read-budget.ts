import type { BudgetBlock, BudgetRow, Cell } from "../table";
import type { SheetView } from "./sheet-view";
import type { BudgetHeader } from "./find-blocks";
import { headerKey, toNumber, toText } from "./normalize";

const MAX_ROWS = 8;
/** Labels that start the next part of the form rather than another funding row. */
const NOT_A_FUNDING_ROW = /目标|指标|资金管理情况|绩效|评价/;
const TOTAL_LABEL = /总额|合计|总计/;

function numCell(view: SheetView, r: number, c: number | undefined): Cell<number | null> | undefined {
  if (c === undefined) return undefined;
  const out: Cell<number | null> = { value: toNumber(view.value(r, c)), addr: view.addrOf(r, c) };
  const f = view.formula(r, c);
  if (f) out.formula = f;
  return out;
}

function labelOf(view: SheetView, r: number, firstCol: number): Cell<string> {
  for (let c = firstCol - 1; c >= view.left; c--) {
    if (view.isVerticalFollower(r, c)) continue;
    const t = view.text(r, c);
    if (t !== "") return { value: t, addr: view.addrOf(r, c) };
  }
  return { value: "" };
}

/** The weight printed on the block's title: "预算执行情况（10分）", "预算执行情况（万元）（10分）". */
function titleWeight(view: SheetView, h: BudgetHeader): number | undefined {
  for (let r = h.headerBottom; r >= Math.max(view.top, h.headerTop - 2); r--) {
    for (let c = view.left; c <= h.right; c++) {
      const t = view.text(r, c);
      if (!/预算执行|资金/.test(t)) continue;
      const w = headerKey(t).weight;
      if (w !== undefined) return w;
    }
  }
  return undefined;
}

/** "1-6月执行数", "1—9月", "截至6月底执行数", "上半年执行数" → the months covered; a year-end header gives nothing. */
function monthsCovered(header: string): number | undefined {
  const t = header.replace(/\s+/g, "");
  if (/上半年|半年度/.test(t)) return 6;
  const m = /(?:^|[^\d])(?:1|一)?[-—–～~至到](\d{1,2})月|截[至止](\d{1,2})月/.exec(t);
  const n = Number(m?.[1] ?? m?.[2]);
  return n >= 1 && n < 12 ? n : undefined;
}

export function readBudget(view: SheetView, h: BudgetHeader): { block: BudgetBlock; lastRow: number } {
  const cols = h.cols;
  const rows: BudgetRow[] = [];
  let lastRow = h.headerBottom;
  for (let r = h.headerBottom + 1; r <= Math.min(view.bottom, h.headerBottom + MAX_ROWS); r++) {
    const label = labelOf(view, r, h.left);
    const nums = (Object.keys(cols) as (keyof typeof cols)[])
      .filter((k) => k !== "reason")
      .map((k) => toNumber(view.value(r, cols[k] as number)));
    const anyNumber = nums.some((n) => n !== null);
    if (label.value === "" && !anyNumber) break;
    if (label.value !== "" && NOT_A_FUNDING_ROW.test(headerKey(label.value).key) && !anyNumber) break;
    const row: BudgetRow = { label };
    const put = <K extends "initial" | "budget" | "executed" | "rate" | "weight" | "score">(k: K) => {
      const cell = numCell(view, r, cols[k]);
      if (cell) row[k] = cell;
    };
    (["initial", "budget", "executed", "rate", "weight", "score"] as const).forEach(put);
    rows.push(row);
    lastRow = r;
  }
  const total = rows.find((x) => TOTAL_LABEL.test(x.label.value)) ?? rows[0];
  const block: BudgetBlock = { rows };
  const months = cols.executed !== undefined ? monthsCovered(view.text(h.headerBottom, cols.executed)) : undefined;
  if (months !== undefined) block.months = months;
  if (total) {
    block.total = total;
    const tw = titleWeight(view, h);
    if (total.weight && total.weight.value !== null) block.weight = total.weight;
    else if (tw !== undefined) block.weight = { value: tw };
    if (total.score) block.score = total.score;
    const totalRow = rows.indexOf(total) + h.headerBottom + 1;
    if (cols.reason !== undefined) {
      block.reason = { value: toText(view.value(totalRow, cols.reason)), addr: view.addrOf(totalRow, cols.reason) };
    }
  }
  return { block, lastRow };
}
