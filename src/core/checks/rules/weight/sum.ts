import { factsFor, numberOf } from "../../facts";
import { ALL_STAGES, tableFinding } from "../../finding";
import { roundTo } from "../../normalize";
import type { Rule } from "../../types";

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
    if (!facts.hasWeightValues) return [];
    const tol = ctx.profile.scoreTolerance;
    const indicators = roundTo(facts.rows.reduce((s, r) => s + (r.weight ?? 0), 0), 4);
    const b = ctx.table.budget;
    const budgetCell = b?.weight ?? b?.total?.weight;
    const budgetWeight = numberOf(budgetCell?.value);
    const firstWeight = facts.rows.find((r) => r.row.weight?.addr)?.row.weight?.addr;
    const cell = firstWeight ? { cell: firstWeight } : {};
    if (budgetWeight !== null) {
      const expected = ctx.profile.indicatorTotal + ctx.profile.budget.weight;
      const total = roundTo(indicators + budgetWeight, 4);
      if (Math.abs(total - expected) <= tol) return [];
      return [tableFinding("weight/sum", { total, expected, indicators, budget: budgetWeight }, { expected, actual: total, ...cell })];
    }
    const expected = ctx.profile.indicatorTotal;
    if (Math.abs(indicators - expected) <= tol) return [];
    return [tableFinding("weight/sum", { total: indicators, expected, indicators }, { expected, actual: indicators, ...cell })];
  },
};
