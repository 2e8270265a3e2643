import { factsFor } from "../../facts";
import { roundTo, textOf } from "../../normalize";
import type { Rule } from "../../types";

/**
 * Execution above 100% of the (adjusted) budget is spending beyond what was approved: flagged, and
 * the score stays at the weight (scoreBudget takes min(rate, 1)) so overspending never earns more.
 */
export const budgetOverspend: Rule = {
  code: "budget/overspend",
  defaultSeverity: "warning",
  stages: ["self-eval", "monitor"],
  check(ctx) {
    const b = ctx.table.budget;
    if (!b) return [];
    const rate = factsFor(ctx).budget()?.rate ?? null;
    const threshold = ctx.profile.budgetOverspend.threshold;
    if (rate === null || rate <= threshold) return [];
    const total = b.total ?? b.rows[0];
    const cell = total?.executed?.addr ?? total?.rate?.addr;
    return [
      {
        code: "budget/overspend",
        ...(cell ? { cell } : {}),
        ...(total?.label.value ? { indicator: textOf(total.label.value) } : {}),
        params: { rate: roundTo(rate * 100, 2), threshold: roundTo(threshold * 100, 2) },
        expected: `≤${roundTo(threshold * 100, 2)}%`,
        actual: `${roundTo(rate * 100, 2)}%`,
      },
    ];
  },
};
