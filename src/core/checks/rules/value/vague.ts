import { factsFor } from "../../facts";
import { ALL_STAGES, rowFinding } from "../../finding";
import type { Finding, Rule } from "../../types";
import type { Indicator } from "../../../library/schema";
import { isPlaceholder, isVague } from "../../../values/vague";
import { ALWAYS_VAGUE, nameSuggestsQuantity } from "./quantity";

/**
 * A qualitative target built from vague words ("进一步提高", "明显改善") where the indicator is a
 * quantity: the library says so, or its name ends in 率/数/量 …. Relative wording is always vague.
 */
export const valueVague: Rule = {
  code: "value/vague",
  defaultSeverity: "warning",
  stages: ALL_STAGES,
  check(ctx) {
    const facts = factsFor(ctx);
    const words = ctx.profile.vagueWords;
    const out: Finding[] = [];
    for (const f of facts.named()) {
      if (!f.target.ok || f.target.value.kind !== "qualitative") continue;
      const text = f.target.value.text;
      const lib = facts.libraryMatch(f)?.indicator;
      const quantitative = lib ? lib.kind === "quantitative" : nameSuggestsQuantity(f.name);
      // A cost written in words ("参照政府采购成本控制") could have been an amount.
      const always = ALWAYS_VAGUE.test(text) || f.isCost;
      if (!always && !(quantitative && isVague(text, words))) continue;
      const example = lib && lib.kind === "quantitative" ? exampleFor(lib) : "";
      out.push(rowFinding("value/vague", f, f.row.target, { text, ...(example ? { example } : {}) }, { actual: text }));
    }
    return out;
  },
};

/** A concrete value to show as "如 ≥95%": the library's example or a reference, never a placeholder. */
export function exampleFor(lib: Indicator): string {
  const candidates = [lib.example, ...lib.bases.map((b) => b.reference)];
  return candidates.find((c): c is string => !!c && /\d/.test(c) && !isPlaceholder(c)) ?? "";
}
