import { factsFor } from "../../facts";
import { ALL_STAGES, rowFinding } from "../../finding";
import { textOf } from "../../normalize";
import type { Finding, Rule } from "../../types";
import { parseTarget } from "../../../values/parse";
import { normalizeUnit } from "../../../values/units";
import { directionOf, type ParseResult } from "../../../values/types";
import { readBasis } from "./basis";

const references = new Map<string, ParseResult>();

/** References are a handful of strings shared by thousands of rows: parse each once. */
function parseReference(text: string): ParseResult {
  let r = references.get(text);
  if (!r) {
    r = parseTarget(text);
    if (references.size > 5000) references.clear();
    references.set(text, r);
  }
  return r;
}

/**
 * The target is weaker than the library's reference for the chosen basis: lower on a ≥ indicator,
 * higher on a ≤ one. Dates are skipped (references carry a year), as are units that differ.
 */
export const libraryBelowReference: Rule = {
  code: "library/below-reference",
  defaultSeverity: "warning",
  stages: ALL_STAGES,
  needsLibrary: true,
  check(ctx) {
    const facts = factsFor(ctx);
    const out: Finding[] = [];
    for (const f of facts.named()) {
      if (!f.target.ok) continue;
      const v = f.target.value;
      if (v.kind !== "quantitative" || v.number === null || v.isDate) continue;
      const ind = facts.libraryMatch(f)?.indicator;
      if (!ind) continue;
      const basisText = textOf(f.row.basis?.value);
      const basis = basisText ? readBasis(basisText) : null;
      const withRef = ind.bases.filter((b) => b.reference);
      const ref = basis ? withRef.find((b) => b.basis === basis) : f.row.basis === undefined && withRef.length === 1 ? withRef[0] : undefined;
      if (!ref?.reference) continue;
      const parsed = parseReference(ref.reference);
      if (!parsed.ok || parsed.value.number === null || parsed.value.isDate) continue;
      const r = parsed.value;
      const refNumber = parsed.value.number;
      if (normalizeUnit(r.unit) !== normalizeUnit(v.unit)) continue;
      const dir = directionOf(r.operator);
      const rowDir = directionOf(v.operator);
      const positive = (dir === "positive" || dir === "equality") && (rowDir === "positive" || rowDir === "equality");
      const reverse = dir === "reverse" && rowDir === "reverse";
      const weaker = (positive && v.number < refNumber) || (reverse && v.number > refNumber);
      if (!weaker) continue;
      out.push(
        rowFinding("library/below-reference", f, f.row.target, { text: v.text, reference: r.text, basis: ref.basis }, { expected: r.text, actual: v.text }),
      );
    }
    return out;
  },
};
