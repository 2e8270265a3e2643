import { factsFor } from "../../facts";
import { rowFinding, SCORE_STAGES } from "../../finding";
import { textOf } from "../../normalize";
import type { Finding, Rule } from "../../types";

/**
 * A self-evaluation row with a target but no actual value and no score: nothing can be scored. When
 * no row has one at all, one issue names the whole column rather than one per row.
 */
export const valueActualMissing: Rule = {
  code: "value/actual-missing",
  defaultSeverity: "error",
  stages: SCORE_STAGES,
  check(ctx) {
    const facts = factsFor(ctx);
    const rows = facts.named().filter((f) => textOf(f.row.target.value) !== "" && f.row.actual !== undefined);
    const missing = rows.filter((f) => f.actualState === "empty" && (f.typedScore === null || !!f.typedScoreCell?.formula) && textOf(f.row.tier?.value) === "");
    if (missing.length === 0) return [];
    if (missing.length === rows.length && rows.length > 1) {
      const first = missing[0]?.row.actual?.addr;
      const last = missing[missing.length - 1]?.row.actual?.addr;
      const cells = first && last ? (first === last ? first : `${first}:${last}`) : "";
      return [{ code: "value/actual-missing", ...(first ? { cell: first } : {}), params: { count: missing.length, cells } }];
    }
    const out: Finding[] = [];
    for (const f of missing) out.push(rowFinding("value/actual-missing", f, f.row.actual, {}));
    return out;
  },
};
