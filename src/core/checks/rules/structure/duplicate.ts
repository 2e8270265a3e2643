import { factsFor, type RowFacts } from "../../facts";
import { ALL_STAGES, rowFinding } from "../../finding";
import { treeKey } from "../../normalize";
import type { Finding, Rule } from "../../types";

/** The same indicator twice under one 二级: its weight counts twice and the table reads as padded. */
export const duplicate: Rule = {
  code: "structure/duplicate",
  defaultSeverity: "warning",
  stages: ALL_STAGES,
  check(ctx) {
    const first = new Map<string, RowFacts>();
    const out: Finding[] = [];
    for (const f of factsFor(ctx).named()) {
      const k = `${f.level2 ?? treeKey(f.level2Text)}|${f.key}`;
      const prev = first.get(k);
      if (!prev) {
        first.set(k, f);
        continue;
      }
      out.push(
        rowFinding("structure/duplicate", f, f.row.name, {
          level2: f.level2Text,
          firstRow: prev.row.row,
          firstCell: prev.row.name.addr ?? `${prev.row.row}`,
        }),
      );
    }
    return out;
  },
};
