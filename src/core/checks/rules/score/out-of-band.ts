import { factsFor } from "../../facts";
import { rowFinding, SCORE_STAGES } from "../../finding";
import { roundTo, textOf } from "../../normalize";
import type { Finding, Rule } from "../../types";

/** A qualitative score outside the band of the tier the unit chose (达成年度指标: 80–100% of w). */
export const scoreOutOfBand: Rule = {
  code: "score/out-of-band",
  defaultSeverity: "error",
  stages: SCORE_STAGES,
  check(ctx) {
    const facts = factsFor(ctx);
    const tol = ctx.profile.scoreTolerance;
    const out: Finding[] = [];
    for (const f of facts.named()) {
      if (f.typedScore === null || f.weight === null) continue;
      const band = facts.score(f)?.band;
      if (!band) continue;
      if (f.typedScore >= band.min - tol && f.typedScore <= band.max + tol) continue;
      out.push(
        rowFinding("score/out-of-band", f, f.typedScoreCell, {
          score: f.typedScore,
          tier: textOf(f.row.tier?.value),
          min: roundTo(band.min),
          max: roundTo(band.max),
        }, { expected: `${roundTo(band.min)}–${roundTo(band.max)}`, actual: f.typedScore }),
      );
    }
    return out;
  },
};
