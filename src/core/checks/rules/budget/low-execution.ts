import { factsFor, numberOf } from "../../facts";
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
    const printed = numberOf(total?.rate?.value);
    // A printed rate may be a fraction (0.85) or a percentage (85).
    const rate = factsFor(ctx).budget()?.rate ?? (printed !== null && printed > 1.5 ? printed / 100 : printed);
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
