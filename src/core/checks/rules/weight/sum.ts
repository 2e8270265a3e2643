import { factsFor, numberOf } from "../../facts";
import { ALL_STAGES, tableFinding } from "../../finding";
import { roundTo } from "../../normalize";
import type { Rule } from "../../types";
import { weightTotal } from "../../../model/weights";

/**
 * Indicator weights + the budget-execution weight must make the full score (100 by default);
 * without a budget weight on the sheet the indicators alone must make `indicatorTotal`.
 */
export const weightSum: Rule = {
  code: "weight/sum",
  defaultSeverity: "error",
  stages: ALL_STAGES,
  check(ctx) {
    const facts = factsFor(ctx);
    const w = weightTotal(facts);
    if (!w) return levelWeightSum(ctx, ctx.profile.scoreTolerance);
    if (w.whole) return [];
    const firstWeight = facts.rows.find((r) => r.row.weight?.addr)?.row.weight?.addr;
    const cell = firstWeight ? { cell: firstWeight } : {};
    const params = w.budget !== null ? { total: w.total, expected: w.expected, indicators: w.indicators, budget: w.budget } : { total: w.total, expected: w.expected, indicators: w.indicators };
    return [tableFinding("weight/sum", params, { expected: w.expected, actual: w.total, ...cell })];
  },
};

/**
 * Forms without a weight column print full marks on the level labels ("产出指标（60分）"): those must
 * make the indicators' share with the budget weight, as the rows' weights would.
 */
function levelWeightSum(ctx: Parameters<Rule["check"]>[0], tol: number): ReturnType<Rule["check"]> {
  const levels = Object.values(ctx.table.level1Weights ?? {});
  if (levels.length === 0) return [];
  const indicators = roundTo(levels.reduce((s, w) => s + w, 0), 4);
  const b = ctx.table.budget;
  const budgetWeight = b ? numberOf((b.weight ?? b.total?.weight)?.value) : null;
  const expected = budgetWeight !== null ? ctx.profile.indicatorTotal + ctx.profile.budget.weight : ctx.profile.indicatorTotal;
  const total = roundTo(indicators + (budgetWeight ?? 0), 4);
  if (Math.abs(total - expected) <= tol) return [];
  const cell = ctx.table.indicators.find((r) => r.level1Weight !== undefined)?.level1.addr;
  return [
    tableFinding(
      "weight/sum",
      budgetWeight !== null ? { total, expected, indicators, budget: budgetWeight } : { total, expected, indicators },
      { expected, actual: total, ...(cell ? { cell } : {}) },
    ),
  ];
}
