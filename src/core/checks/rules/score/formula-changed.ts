import { factsFor } from "../../facts";
import { rowFinding } from "../../finding";
import { normalizeFormula } from "../../normalize";
import type { Finding, Rule } from "../../types";

/**
 * A formula Jixiao distributed was overwritten or edited: each row's score, and (Jixiao templates) the
 * budget rate and score, subtotals, indicator total, total, grade and weight checks.
 */
export const scoreFormulaChanged: Rule = {
  code: "score/formula-changed",
  defaultSeverity: "warning",
  stages: ["self-eval", "monitor"],
  check(ctx) {
    const out: Finding[] = [];
    for (const f of factsFor(ctx).named()) {
      const expected = f.row.expectedScoreFormula;
      if (!expected) continue;
      const formula = f.row.score?.formula;
      if (formula && normalizeFormula(formula) === normalizeFormula(expected)) continue;
      out.push(rowFinding("score/formula-changed", f, f.row.score, { state: formula ? "edited" : "overwritten" }));
    }
    // Budget rate and score, subtotals, totals, grade and weight checks Jixiao wrote (jixiao-formulas.ts).
    for (const c of ctx.table.formulaCells ?? []) {
      if (c.formula && normalizeFormula(c.formula) === normalizeFormula(c.expected)) continue;
      out.push({ code: "score/formula-changed", cell: c.addr, indicator: c.label, params: { state: c.formula ? "edited" : "overwritten", what: c.label } });
    }
    return out;
  },
};
