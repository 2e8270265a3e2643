import type { BudgetBlock, BudgetRow } from "../table/table";
import { readNumber } from "./number";

/** The budget block's numbers as scores and messages use them: one reading, so they never disagree. */
export interface BudgetInput {
  /** 全年 / 调整后 预算数 (A); the 年初预算数 where the form prints no other (湖北 监控表). */
  budget: number | null;
  /** 全年执行数 (B). */
  executed: number | null;
  /** A rate printed on the form, as a fraction; used only when A or B is missing. */
  rate: number | null;
  weight: number | null;
  /** Which rows the amounts came from: the total row, or the 其中 rows when the total row holds nothing. */
  from: "total" | "parts";
}

const amount = (row: BudgetRow | undefined, k: "budget" | "executed" | "initial"): number | null => readNumber(row?.[k]?.value);
/** The denominator: 全年 / 调整后 预算数, else the 年初预算数 when that is all the row has. */
const budgetOf = (row: BudgetRow | undefined): number | null => amount(row, "budget") ?? amount(row, "initial");

/** A printed rate may be a fraction (0.85), a percentage number (85) or text ("85%", read as 0.85). */
function rateOf(row: BudgetRow | undefined): number | null {
  const r = readNumber(row?.rate?.value);
  if (r === null) return null;
  return r > 1.5 ? r / 100 : r;
}

export function readBudgetInput(block: BudgetBlock): BudgetInput {
  const total = block.total ?? block.rows[0];
  let budget = budgetOf(total);
  let executed = amount(total, "executed");
  let from: BudgetInput["from"] = "total";
  // A 年度资金总额 row of 0 / 0 (or blank) whose 其中 rows hold the money: add up those rows.
  if (!budget && !executed) {
    const parts = block.rows.filter((r) => r !== total);
    const b = parts.map(budgetOf).filter((x): x is number => x !== null);
    const e = parts.map((r) => amount(r, "executed")).filter((x): x is number => x !== null);
    if (b.some((x) => x !== 0) || e.some((x) => x !== 0)) {
      budget = b.reduce((s, x) => s + x, 0);
      executed = e.reduce((s, x) => s + x, 0);
      from = "parts";
    }
  }
  const weight = readNumber(block.weight?.value) ?? readNumber(total?.weight?.value);
  return { budget, executed, rate: rateOf(total), weight, from };
}
