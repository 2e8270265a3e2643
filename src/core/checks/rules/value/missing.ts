import { factsFor } from "../../facts";
import { ALL_STAGES, rowFinding } from "../../finding";
import type { Finding, Rule } from "../../types";

/** No target, or the template's placeholder ("≥ n", "x%") still standing. */
export const valueMissing: Rule = {
  code: "value/missing",
  defaultSeverity: "error",
  stages: ALL_STAGES,
  check(ctx) {
    const out: Finding[] = [];
    const facts = factsFor(ctx);
    for (const f of facts.named()) {
      if (f.target.ok || facts.isProcessRow(f)) continue;
      const { problem, text } = f.target.error;
      if (problem === "empty") out.push(rowFinding("value/missing", f, f.row.target, { problem }));
      else if (problem === "placeholder") out.push(rowFinding("value/missing", f, f.row.target, { problem, text }, { actual: text }));
    }
    return out;
  },
};
