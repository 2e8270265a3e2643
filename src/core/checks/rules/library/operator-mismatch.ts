import { factsFor } from "../../facts";
import { ALL_STAGES, rowFinding } from "../../finding";
import type { Finding, Rule } from "../../types";
import { directionOf, OPERATOR_DISPLAY, type Direction } from "../../../values/types";

/**
 * The target points the other way from the library (≥ on an indicator the library keeps as ≤).
 * "=" reads as "≥" where the profile scores equality as positive, or on a rate (% — "≥100%" and "=100%"
 * score alike, a rate cannot pass 100%); elsewhere "=" is two-sided (=3天 is not ≥3天). "±" is an
 * equality band; qualitative rows are value/vague's business.
 */
function compatible(row: Direction, lib: Direction, equalityIsPositive: boolean): boolean {
  if (row === lib) return true;
  const pair = new Set([row, lib]);
  if (equalityIsPositive && pair.has("equality") && pair.has("positive")) return true;
  return pair.has("equality") && pair.has("range");
}

export const libraryOperatorMismatch: Rule = {
  code: "library/operator-mismatch",
  defaultSeverity: "warning",
  stages: ALL_STAGES,
  needsLibrary: true,
  check(ctx) {
    const facts = factsFor(ctx);
    const out: Finding[] = [];
    for (const f of facts.named()) {
      if (!f.target.ok || f.target.value.kind !== "quantitative") continue;
      const ind = facts.libraryMatch(f)?.indicator;
      if (!ind || ind.kind !== "quantitative") continue;
      const row = directionOf(f.target.value.operator);
      const lib = directionOf(ind.operator);
      const rate = f.target.value.unit === "%" || ind.unit === "%";
      if (compatible(row, lib, ctx.profile.equality === "positive" || ctx.profile.equality === "strict" || rate)) continue;
      const operator = OPERATOR_DISPLAY[f.target.value.operator];
      const libOperator = OPERATOR_DISPLAY[ind.operator];
      out.push(
        rowFinding("library/operator-mismatch", f, f.row.operator ?? f.row.target, { operator, libOperator, text: f.target.value.text }, { expected: libOperator, actual: operator }),
      );
    }
    return out;
  },
};
