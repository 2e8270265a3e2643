import { factsFor } from "../../facts";
import { ALL_STAGES, rowFinding } from "../../finding";
import type { Finding, Rule } from "../../types";

export const valueUnparseable: Rule = {
  code: "value/unparseable",
  defaultSeverity: "error",
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
