import { factsFor } from "../../facts";
import { rowFinding, SCORE_STAGES } from "../../finding";
import { roundTo, textOf } from "../../normalize";
import type { Finding, Rule } from "../../types";

/** A qualitative score outside the band of the tier the unit chose (达成年度指标: [80%, 100%] of w; lower tiers half-open). */
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
      // Half-open tiers ([60%,80%)): a score on the upper edge belongs to the tier above.
      const belowTop = band.maxOpen ? f.typedScore < band.max - 1e-9 : f.typedScore <= band.max + tol;
      if (f.typedScore >= band.min - tol && belowTop) continue;
      out.push(
        rowFinding("score/out-of-band", f, f.typedScoreCell, {
          score: f.typedScore,
          tier: textOf(f.row.tier?.value),
          min: roundTo(band.min),
          max: roundTo(band.max),
        }, { expected: `${roundTo(band.min)}–${roundTo(band.max)}${band.maxOpen ? "（不含）" : ""}`, actual: f.typedScore }),
      );
    }
    return out;
  },
};
