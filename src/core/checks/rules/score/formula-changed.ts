import { factsFor } from "../../facts";
import { rowFinding } from "../../finding";
import { normalizeFormula } from "../../normalize";
import type { Finding, Rule } from "../../types";

/** The score formula Jixiao distributed was overwritten or edited. */
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
      out.push(rowFinding("score/formula-changed", f, f.row.score, { overwritten: formula ? 0 : 1 }));
    }
    return out;
  },
};
