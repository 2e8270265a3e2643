import { factsFor, numberOf } from "../../facts";
import { SCORE_STAGES } from "../../finding";
import { roundTo } from "../../normalize";
import type { Rule } from "../../types";
import { capTotal } from "../../../scoring/cap";

/** Decimals a person wrote: 95 → 0, 95.3 → 1, 95.33 → 2. */
const decimalsOf = (x: number): number => {
  const s = String(roundTo(x, 6));
  const i = s.indexOf(".");
  return i < 0 ? 0 : s.length - i - 1;
};

/**
 * The 总分 typed under the table against the sum of the scores typed above it (and the typed budget
 * score): an arithmetic slip reviewers otherwise catch by hand. A total rounded to fewer decimals
 * than the sum is accepted when it is that rounding.
 */
export const scoreTotalMismatch: Rule = {
  code: "score/total-mismatch",
  defaultSeverity: "error",
  stages: SCORE_STAGES,
  check(ctx) {
    const typedTotal = numberOf(ctx.table.typedTotal?.value);
    if (typedTotal === null || ctx.table.typedTotal?.formula) return [];
    const facts = factsFor(ctx);
    const rows = facts.named().filter((f) => f.weight !== null || f.typedScore !== null);
    if (rows.length === 0) return [];
    const b = ctx.table.budget;
    const typedBudget = b ? numberOf(b.score?.value ?? b.total?.score?.value) : null;
    const budgetCounts = b !== undefined && facts.framework === "tree";
    const sum = rows.reduce((s, f) => s + (f.typedScore ?? 0), 0) + (budgetCounts ? (typedBudget ?? 0) : 0);
    const d = decimalsOf(typedTotal);
    const slack = Math.max(ctx.profile.scoreTolerance, 0.5 * 10 ** -d) + 1e-9;
    const untyped = rows.filter((f) => f.typedScore === null);
    if (untyped.length > 0 || (budgetCounts && typedBudget === null)) {
      // Not every part was scored by hand: the total can still be more than all the parts allow.
      if (untyped.some((f) => f.weight === null)) return [];
      const budgetRoom = budgetCounts && typedBudget === null ? (facts.budget()?.weight ?? ctx.profile.budget.weight) : 0;
      const most = sum + untyped.reduce((s, f) => s + (f.weight as number), 0) + budgetRoom;
      if (typedTotal <= most + slack) return [];
      const cell = ctx.table.typedTotal?.addr;
      return [{ code: "score/total-mismatch", ...(cell ? { cell } : {}), params: { typed: typedTotal, sum: roundTo(most), bound: "most" }, expected: roundTo(most), actual: typedTotal }];
    }
    if (Math.abs(sum - typedTotal) <= slack) return [];
    // Where the profile caps the total by the execution rate (Q-desk33), the capped sum is the right total.
    const capped = capTotal(sum, facts.budget()?.rate ?? null, ctx.profile).total;
    if (capped !== null && Math.abs(capped - typedTotal) <= slack) return [];
    const cell = ctx.table.typedTotal?.addr;
    return [{ code: "score/total-mismatch", ...(cell ? { cell } : {}), params: { typed: typedTotal, sum: roundTo(sum), bound: "sum" }, expected: roundTo(sum), actual: typedTotal }];
  },
};
