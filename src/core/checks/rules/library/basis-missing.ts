import { factsFor } from "../../facts";
import { ALL_STAGES, rowFinding } from "../../finding";
import { textOf } from "../../normalize";
import type { Rule } from "../../types";

/**
 * The table has a 指标值设定依据 column and this row leaves it empty. Needs no library: the
 * column itself asks for it.
 */
export const libraryBasisMissing: Rule = {
  code: "library/basis-missing",
  defaultSeverity: "warning",
  stages: ALL_STAGES,
  check(ctx) {
    const facts = factsFor(ctx);
    if (!facts.hasBasisColumn) return [];
    return facts
      .named()
      .filter((f) => f.row.basis !== undefined && textOf(f.row.basis.value) === "")
      .map((f) => rowFinding("library/basis-missing", f, f.row.basis, {}));
  },
};
