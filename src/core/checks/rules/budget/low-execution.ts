import { factsFor } from "../../facts";
import { SCORE_STAGES } from "../../finding";
import { roundTo, textOf } from "../../normalize";
import type { Rule } from "../../types";

/** Execution below the threshold (90%) without a stated reason. */
export const budgetLowExecution: Rule = {
  code: "budget/low-execution",
  defaultSeverity: "warning",
  stages: SCORE_STAGES,
  check(ctx) {
    const b = ctx.table.budget;
    if (!b) return [];
    const total = b.total ?? b.rows[0];
    // The rate the score uses (amounts, else the printed rate): one reading for the message and the score.
    const rate = factsFor(ctx).budget()?.rate ?? null;
    if (rate === null || rate >= ctx.profile.budget.lowThreshold) return [];
    if (textOf(b.reason?.value) !== "") return [];
    const cell = b.reason?.addr ?? total?.rate?.addr ?? total?.executed?.addr;
    return [
      {
        code: "budget/low-execution",
        ...(cell ? { cell } : {}),
        ...(total?.label.value ? { indicator: textOf(total.label.value) } : {}),
        params: { rate: roundTo(rate * 100, 2), threshold: roundTo(ctx.profile.budget.lowThreshold * 100, 2) },
        expected: `≥${roundTo(ctx.profile.budget.lowThreshold * 100, 2)}%`,
        actual: `${roundTo(rate * 100, 2)}%`,
      },
    ];
  },
};
