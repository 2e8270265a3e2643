import { factsFor } from "../../facts";
import { ALL_STAGES, rowFinding } from "../../finding";
import { textOf } from "../../normalize";
import type { Finding, Rule } from "../../types";
import { readBasis } from "./basis";

/** The basis is not one the library allows for this indicator (or not a basis at all). */
export const libraryBasisInvalid: Rule = {
  code: "library/basis-invalid",
  defaultSeverity: "warning",
  stages: ALL_STAGES,
  needsLibrary: true,
  check(ctx) {
    const facts = factsFor(ctx);
    const out: Finding[] = [];
    for (const f of facts.named()) {
      const text = textOf(f.row.basis?.value);
      if (!text) continue;
      const ind = facts.libraryMatch(f)?.indicator;
      if (!ind) continue;
      const allowed = [...new Set(ind.bases.map((b) => b.basis))];
      const basis = readBasis(text);
      if (basis && allowed.includes(basis)) continue;
      out.push(rowFinding("library/basis-invalid", f, f.row.basis, { basis: text, allowed: allowed.join("、") }, { actual: text, expected: allowed.join("、") }));
    }
    return out;
  },
};
