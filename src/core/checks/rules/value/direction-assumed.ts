import { factsFor } from "../../facts";
import { ALL_STAGES, rowFinding } from "../../finding";
import { OPERATOR_DISPLAY } from "../../../values/types";
import type { Finding, Rule } from "../../types";

/**
 * A note, not a fault: the target has no operator ("90万元", no 指标性质 column), so Jixiao chose the
 * direction (values/direction.ts) and says which, so the person can write it if the reading is wrong.
 * A bare number read as ≥ is not noted: that is how forms mean it (Q-doczj "正常指标（即指标值为≥*）"),
 * and a note on every "100%" would bury the ones that matter — a cost or duration read as a ceiling,
 * or a library direction (≤, =) applied to a number that did not say it.
 */
export const valueDirectionAssumed: Rule = {
  code: "value/direction-assumed",
  defaultSeverity: "info",
  stages: ALL_STAGES,
  check(ctx) {
    const out: Finding[] = [];
    for (const f of factsFor(ctx).named()) {
      if (!f.target.ok) continue;
      const v = f.target.value;
      if (!v.operatorAssumed || v.kind !== "quantitative" || v.isDate || v.operator === ">=") continue;
      out.push(
        rowFinding("value/direction-assumed", f, f.row.target, {
          text: v.text,
          operator: OPERATOR_DISPLAY[v.operator],
          reason: v.directionReason ?? "default",
        }),
      );
    }
    return out;
  },
};
