import { factsFor } from "../../facts";
import { SCORE_STAGES } from "../../finding";
import { roundTo, textOf } from "../../normalize";
import type { Rule } from "../../types";

/**
 * Execution below the threshold (90%) without a stated reason; on a monitoring form, below the time
 * elapsed (序时进度: 6 of 12 months is 50%) for the months its executed amounts cover.
 */
export const budgetLowExecution: Rule = {
  code: "budget/low-execution",
  defaultSeverity: "warning",
  stages: [...SCORE_STAGES, "monitor"],
  check(ctx) {
    const b = ctx.table.budget;
    if (!b) return [];
    const monitor = ctx.table.kind === "monitor";
    // A monitoring form that does not say which months it covers cannot be judged against the calendar.
    if (monitor && b.months === undefined) return [];
    const threshold = monitor ? (b.months as number) / 12 : ctx.profile.budget.lowThreshold;
    const total = b.total ?? b.rows[0];
    // The rate the score uses (amounts, else the printed rate): one reading for the message and the score.
    const rate = factsFor(ctx).budget()?.rate ?? null;
    if (rate === null || rate >= threshold) return [];
    if (textOf(b.reason?.value) !== "") return [];
    const cell = b.reason?.addr ?? total?.rate?.addr ?? total?.executed?.addr;
    return [
      {
        code: "budget/low-execution",
        ...(cell ? { cell } : {}),
        ...(total?.label.value ? { indicator: textOf(total.label.value) } : {}),
        params: { rate: roundTo(rate * 100, 2), threshold: roundTo(threshold * 100, 2), ...(monitor ? { months: b.months as number } : {}) },
        expected: `≥${roundTo(threshold * 100, 2)}%`,
        actual: `${roundTo(rate * 100, 2)}%`,
      },
    ];
  },
};
