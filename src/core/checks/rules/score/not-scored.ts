import { factsFor } from "../../facts";
import { SCORE_STAGES } from "../../finding";
import { scoreFacts } from "../../../model/score";
import type { Rule } from "../../types";
import { weightTotal } from "../../../model/weights";

/**
 * A self-evaluation whose total cannot be known: rows without weights the form lets Jixiao know, rows
 * that cannot be scored, or weights that do not make the full marks. Jixiao then gives no total and no grade, and says why, instead of counting
 * such rows as 0. (A table with no actual values at all is value/actual-missing.)
 */
export const scoreNotScored: Rule = {
  code: "score/not-scored",
  defaultSeverity: "warning",
  stages: SCORE_STAGES,
  check(ctx) {
    const score = scoreFacts(factsFor(ctx));
    if (score.state === "no-weights") return [{ code: "score/not-scored", params: { state: "no-weights" } }];
    if (score.state === "weight-sum") {
      const w = weightTotal(factsFor(ctx));
      return w ? [{ code: "score/not-scored", params: { state: "weight-sum", total: w.total, expected: w.expected } }] : [];
    }
    if (score.state !== "incomplete") return [];
    const rows = [...score.unscored, ...score.rows.filter((r) => r.weight === null).map((r) => r.row)].sort((a, b) => a - b);
    const part = rows.length > 0 ? "rows" : score.rows.length === 0 ? "none" : "budget";
    return [{ code: "score/not-scored", params: { state: "incomplete", part, rows: rows.join("、") } }];
  },
};
