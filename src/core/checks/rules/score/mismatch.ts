import { factsFor, numberOf } from "../../facts";
import { rowFinding, SCORE_STAGES } from "../../finding";
import { normalizeFormula, roundTo } from "../../normalize";
import type { Finding, Rule } from "../../types";

/**
 * A typed score (no formula, or not Jixiao's formula) that differs from the rule's score. Quantitative
 * rows are computed; qualitative rows keep the person's score (out-of-band checks those). Jixiao's own
 * formula is trusted: the workbook computes it.
 */
export const scoreMismatch: Rule = {
  code: "score/mismatch",
  defaultSeverity: "error",
  stages: SCORE_STAGES,
  check(ctx) {
    const facts = factsFor(ctx);
    const tol = ctx.profile.scoreTolerance;
    const out: Finding[] = [];
    for (const f of facts.named()) {
      const typed = f.typedScore;
      if (typed === null || !f.target.ok || f.target.value.kind === "qualitative") continue;
      const formula = f.row.score?.formula;
      if (formula && f.row.expectedScoreFormula && normalizeFormula(formula) === normalizeFormula(f.row.expectedScoreFormula)) continue;
      const computed = facts.score(f)?.score ?? null;
      if (computed === null || Math.abs(computed - typed) <= tol) continue;
      out.push(rowFinding("score/mismatch", f, f.row.score, { typed, computed: roundTo(computed) }, { expected: roundTo(computed), actual: typed }));
    }
    const b = ctx.table.budget;
    const typedBudget = numberOf(b?.score?.value ?? b?.total?.score?.value);
    const computed = facts.budget()?.score ?? null;
    if (b && typedBudget !== null && computed !== null && Math.abs(computed - typedBudget) > tol) {
      const cell = b.score?.addr ?? b.total?.score?.addr;
      out.push({
        code: "score/mismatch",
        ...(cell ? { cell } : {}),
        indicator: "预算执行率",
        params: { typed: typedBudget, computed: roundTo(computed), part: "budget" },
        expected: roundTo(computed),
        actual: typedBudget,
      });
    }
    return out;
  },
};
