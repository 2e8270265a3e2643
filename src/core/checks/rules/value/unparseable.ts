import { factsFor } from "../../facts";
import { ALL_STAGES, rowFinding } from "../../finding";
import type { Finding, Rule } from "../../types";

/**
 * A target that starts like a number but does not read as one ("1:1", "≤5% / ≤10次"). A warning: a
 * person reads it fine and provinces accept such forms; Jixiao cannot score it by rule, so the row
 * takes the typed score, or the table gets no total (score/not-scored says which row).
 */
export const valueUnparseable: Rule = {
  code: "value/unparseable",
  defaultSeverity: "warning",
  stages: ALL_STAGES,
  check(ctx) {
    const out: Finding[] = [];
    for (const f of factsFor(ctx).named()) {
      if (f.target.ok || f.target.error.problem !== "unparseable") continue;
      out.push(rowFinding("value/unparseable", f, f.row.target, { text: f.target.error.text }, { actual: f.target.error.text }));
    }
    return out;
  },
};
