import { factsFor } from "../../facts";
import { rowFinding } from "../../finding";
import { roundTo, textOf } from "../../normalize";
import type { Finding, Rule } from "../../types";

/**
 * Actual far beyond target (B ≥ threshold × A): the target was probably set too low. In monitoring
 * the expected year-end value is what counts.
 */
export const scoreOverTarget: Rule = {
  code: "score/over-target",
  defaultSeverity: "warning",
  stages: ["self-eval", "monitor"],
  check(ctx) {
    const facts = factsFor(ctx);
    const threshold = ctx.profile.overCompletion.threshold;
    const out: Finding[] = [];
    for (const f of facts.named()) {
      if (!f.target.ok) continue;
      const t = f.target.value;
      if (t.kind !== "quantitative" || t.number === null || t.isDate) continue;
      if (ctx.table.kind === "self-eval") {
        const s = facts.score(f);
        const over = s ? s.overCompletion : overshoots(t.operator, t.number, facts.actual(f), threshold);
        if (!over) continue;
        out.push(rowFinding("score/over-target", f, f.row.actual, { actual: textOf(f.row.actual?.value), target: t.text, threshold: roundTo(threshold * 100, 0) }));
      } else {
        const expected = facts.expected(f);
        if (!overshoots(t.operator, t.number, expected, threshold)) continue;
        out.push(rowFinding("score/over-target", f, f.row.expected, { actual: textOf(f.row.expected?.value), target: t.text, threshold: roundTo(threshold * 100, 0), stage: "monitor" }));
      }
    }
    return out;
  },
};

function overshoots(op: string, target: number, actual: number | null, threshold: number): boolean {
  if (actual === null || target <= 0) return false;
  return (op === ">=" || op === ">" || op === "=") && actual >= threshold * target;
}
