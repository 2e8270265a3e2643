import { factsFor } from "../../facts";
import { ALL_STAGES, rowFinding } from "../../finding";
import type { Finding, Rule } from "../../types";

/** A number with no unit in the value or the 度量单位 column: 100 what? */
export const valueUnitMissing: Rule = {
  code: "value/unit-missing",
  defaultSeverity: "warning",
  stages: ALL_STAGES,
  check(ctx) {
    const facts = factsFor(ctx);
    const out: Finding[] = [];
    for (const f of facts.named()) {
      if (!f.target.ok) continue;
      const v = f.target.value;
      if (v.kind !== "quantitative" || v.number === null || v.isDate || v.unit.trim() !== "") continue;
      const libUnit = facts.libraryMatch(f)?.indicator.unit ?? "";
      out.push(rowFinding("value/unit-missing", f, f.row.unit ?? f.row.target, { text: v.text, ...(libUnit ? { unit: libUnit } : {}) }));
    }
    return out;
  },
};
