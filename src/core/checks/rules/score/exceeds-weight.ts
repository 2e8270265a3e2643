import { factsFor, numberOf } from "../../facts";
import { rowFinding, SCORE_STAGES } from "../../finding";
import type { Finding, Rule } from "../../types";

/** Every score lies in [0, w]; the budget-execution score too. */
export const scoreExceedsWeight: Rule = {
  code: "score/exceeds-weight",
  defaultSeverity: "error",
  stages: SCORE_STAGES,
  check(ctx) {
    const facts = factsFor(ctx);
    const tol = ctx.profile.scoreTolerance;
    const out: Finding[] = [];
    for (const f of facts.named()) {
      const s = f.typedScore;
      if (s === null || f.weight === null) continue;
      if (s >= -tol && s <= f.weight + tol) continue;
      out.push(rowFinding("score/exceeds-weight", f, f.typedScoreCell, { score: s, weight: f.weight }, { expected: `0–${f.weight}`, actual: s }));
    }
    const b = ctx.table.budget;
    const bs = numberOf(b?.score?.value ?? b?.total?.score?.value);
    const bw = numberOf(b?.weight?.value ?? b?.total?.weight?.value) ?? ctx.profile.budget.weight;
    if (b && bs !== null && (bs < -tol || bs > bw + tol)) {
      const cell = b.score?.addr ?? b.total?.score?.addr;
      out.push({
        code: "score/exceeds-weight",
        ...(cell ? { cell } : {}),
        indicator: "预算执行率",
        params: { score: bs, weight: bw },
        expected: `0–${bw}`,
        actual: bs,
      });
    }
    return out;
  },
};
