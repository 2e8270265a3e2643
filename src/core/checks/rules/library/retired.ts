import { factsFor, libraryNames } from "../../facts";
import { normalizeName } from "../../normalize";
import { ALL_STAGES, rowFinding } from "../../finding";
import type { Finding, Rule } from "../../types";

/** The library retired this indicator; name its replacement (by name, never by code). */
export const libraryRetired: Rule = {
  code: "library/retired",
  defaultSeverity: "warning",
  stages: ALL_STAGES,
  needsLibrary: true,
  check(ctx) {
    const facts = factsFor(ctx);
    const lib = ctx.library;
    const out: Finding[] = [];
    for (const f of facts.named()) {
      const ind = facts.libraryMatch(f)?.indicator;
      if (!lib || !ind || ind.status.state !== "retired") continue;
      const r = ind.status.replacement;
      const replacement = r ? (lib.byCode.get(r)?.name ?? (libraryNames(lib).has(normalizeName(r)) ? r : "")) : "";
      out.push(rowFinding("library/retired", f, f.row.name, { date: ind.status.date, ...(replacement ? { replacement } : {}) }));
    }
    return out;
  },
};
