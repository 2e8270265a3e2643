import { factsFor, type RowFacts, type TableFacts } from "../../facts";
import { rowFinding, SCORE_STAGES } from "../../finding";
import { roundTo, textOf } from "../../normalize";
import type { Finding, Rule } from "../../types";

/** The score that stands for the row: computed for quantitative rows, the person's for qualitative ones. */
export function effectiveScore(facts: TableFacts, f: RowFacts): number | null {
  const s = facts.score(f);
  if (f.target.ok && f.target.value.kind === "qualitative") return f.typedScore ?? s?.score ?? null;
  return s?.score ?? f.typedScore;
}

/** A score below the weight, or an over-completion, needs 偏差原因分析及改进措施 (profile switches). */
export const scoreExplanationMissing: Rule = {
  code: "score/explanation-missing",
  defaultSeverity: "warning",
  stages: SCORE_STAGES,
  enabled: (p) => p.explanation.belowWeight || p.explanation.overCompletion,
  check(ctx) {
    const facts = factsFor(ctx);
    const { belowWeight, overCompletion } = ctx.profile.explanation;
    const tol = ctx.profile.scoreTolerance;
    const out: Finding[] = [];
    for (const f of facts.named()) {
      if (textOf(f.row.reason?.value) !== "" || f.weight === null) continue;
      // The lower of the rule's score and the one typed: a typed 4 of 5 needs its reason even where the rule gives 5.
      const own = effectiveScore(facts, f);
      const score = own !== null && f.typedScore !== null ? Math.min(own, f.typedScore) : (own ?? f.typedScore);
      const over = facts.score(f)?.overCompletion === true;
      if (belowWeight && score !== null && score < f.weight - tol) {
        out.push(rowFinding("score/explanation-missing", f, f.row.reason ?? f.row.score, { why: "below", score: roundTo(score), weight: f.weight }));
      } else if (overCompletion && over) {
        out.push(rowFinding("score/explanation-missing", f, f.row.reason ?? f.row.actual, { why: "over" }));
      }
    }
    return out;
  },
};
