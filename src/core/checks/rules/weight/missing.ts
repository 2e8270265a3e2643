import { factsFor } from "../../facts";
import { ALL_STAGES, rowFinding } from "../../finding";
import type { Rule } from "../../types";

/**
 * A row without a weight cannot be scored. Self-evaluation needs weights (under a profile with
 * rowWeights "if-column", only where the form has a weight column); monitoring when
 * the table has a weight column; goal tables only when the unit has started giving weights.
 */
export const weightMissing: Rule = {
  code: "weight/missing",
  defaultSeverity: "error",
  stages: ALL_STAGES,
  check(ctx) {
    const facts = factsFor(ctx);
    const kind = ctx.table.kind;
    const required =
      kind === "self-eval" ? ctx.profile.rowWeights === "required" || facts.hasWeightColumn : kind === "monitor" ? facts.hasWeightColumn : facts.hasWeightValues;
    if (!required) return [];
    return facts
      .named()
      .filter((f) => f.weight === null)
      .map((f) => rowFinding("weight/missing", f, f.row.weight));
  },
};
