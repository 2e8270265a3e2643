import { factsFor } from "../../facts";
import { ALL_STAGES, rowFinding } from "../../finding";
import type { Finding, IssueParams, Rule } from "../../types";
import { normalizeUnit } from "../../../values/units";
import { textOf } from "../../normalize";
import type { CellValue } from "../../../table/grid";
import { canBeNegative, rateCapped } from "./quantity";

/** A bare "100%" reads as ≥ but means "all of it"; only a written ≥ / 不低于 makes the target degenerate. */
function explicitOperator(operatorCell: CellValue | undefined, text: string): boolean {
  if (textOf(operatorCell) !== "") return true;
  return !/^[\d.]/.test(text.normalize("NFKC").trim());
}

/**
 * Targets that cannot fail or cannot be met: "≥100%" on a rate that cannot pass 100% (only the
 * ceiling counts, write "=100%"), "≥0" (always met), "≤0"/"<0" of a quantity that is never negative.
 */
export const valueDegenerate: Rule = {
  code: "value/degenerate",
  defaultSeverity: "warning",
  stages: ALL_STAGES,
  check(ctx) {
    const out: Finding[] = [];
    for (const f of factsFor(ctx).named()) {
      if (!f.target.ok) continue;
      const v = f.target.value;
      if (v.kind !== "quantitative" || v.number === null || v.isDate) continue;
      const n = v.number;
      const unit = normalizeUnit(v.unit);
      let problem: IssueParams<"value/degenerate">["problem"] | null = null;
      let suggestion = "";
      if ((v.operator === ">=" || v.operator === ">") && unit === "%" && n >= 100 && explicitOperator(f.row.operator?.value, v.text) && rateCapped(f.name)) {
        problem = "cap";
        suggestion = "=100%";
      } else if (!canBeNegative(f.name) && (v.operator === ">=" || v.operator === ">") && n <= 0 && !(v.operator === ">" && n === 0)) {
        problem = "floor";
      } else if (!canBeNegative(f.name) && (v.operator === "<=" || v.operator === "<") && n <= 0) {
        problem = v.operator === "<=" && n === 0 ? "zero-ceiling" : "negative-ceiling";
        suggestion = `=0${v.unit}`;
      }
      if (!problem) continue;
      out.push(rowFinding("value/degenerate", f, f.row.target, { problem, text: v.text, ...(suggestion ? { suggestion } : {}) }, { actual: v.text }));
    }
    return out;
  },
};
