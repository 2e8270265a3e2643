import { factsFor } from "../../facts";
import { ALL_STAGES, rowFinding } from "../../finding";
import type { Finding, Rule } from "../../types";
import { unitsCompatible } from "../../../values/units";

export const libraryUnitMismatch: Rule = {
  code: "library/unit-mismatch",
  defaultSeverity: "warning",
  stages: ALL_STAGES,
  needsLibrary: true,
  check(ctx) {
    const facts = factsFor(ctx);
    const out: Finding[] = [];
    for (const f of facts.named()) {
      if (!f.target.ok || f.target.value.kind !== "quantitative") continue;
      const unit = f.target.value.unit;
      const ind = facts.libraryMatch(f)?.indicator;
      if (!ind || ind.kind !== "quantitative" || !unit || !ind.unit) continue;
      if (unitsCompatible(unit, ind.unit)) continue;
      out.push(rowFinding("library/unit-mismatch", f, f.row.unit ?? f.row.target, { unit, libUnit: ind.unit }, { expected: ind.unit, actual: unit }));
    }
    return out;
  },
};
