import { factsFor } from "../../facts";
import { ALL_STAGES, rowFinding } from "../../finding";
import type { Rule } from "../../types";

/**
 * A row left without a weight where the form has a weight column: it cannot be scored. Forms that
 * print no weight column at all (湖北 市县: full marks on the level labels only) are not wrong for
 * that; the table then has no total and score/not-scored says why. Monitoring needs weights when the
 * table has the column; goal tables only when the unit has started giving weights.
 */
export const weightMissing: Rule = {
  code: "weight/missing",
  defaultSeverity: "error",
  stages: ALL_STAGES,
  check(ctx) {
    const facts = factsFor(ctx);
    const kind = ctx.table.kind;
    const required =
      kind === "self-eval" || kind === "monitor" ? facts.hasWeightColumn : facts.hasWeightValues;
    if (!required) return [];
    return facts
      .named()
      .filter((f) => f.weight === null)
      .map((f) => rowFinding("weight/missing", f, f.row.weight, {}));
  },
};
