import { factsFor } from "../../facts";
import { ALL_STAGES, rowFinding } from "../../finding";
import type { Finding, Rule } from "../../types";

/**
 * An unknown 一级, an unknown 二级, or a 二级 under the wrong 一级. Reported once per block
 * (the first row with the label) so a merged 一级 cell does not raise one issue per row.
 */
export const badTree: Rule = {
  code: "structure/bad-tree",
  defaultSeverity: "error",
  stages: ALL_STAGES,
  check(ctx) {
    const facts = factsFor(ctx);
    if (!facts.usesTree) return [];
    const out: Finding[] = [];
    const seen = new Set<string>();
    for (const f of facts.rows) {
      if (!f.name && !f.level1Text && !f.level2Text) continue;
      let finding: Finding | null = null;
      let key = "";
      if (f.level1Text && f.level1 === null) {
        key = `1|${f.level1Text}`;
        finding = rowFinding("structure/bad-tree", f, f.level1Addr ? { value: f.level1Text, addr: f.level1Addr } : f.row.level1, {
          problem: "unknown-level1",
          level1: f.level1Text,
          allowed: ctx.profile.tree.map((n) => n.name).join("、"),
        });
      } else if (f.level2Text && f.level2 === null) {
        key = `2|${f.level1Text}|${f.level2Text}`;
        const parent = ctx.profile.tree.find((n) => n.name === f.level1);
        finding = rowFinding("structure/bad-tree", f, f.level2Addr ? { value: f.level2Text, addr: f.level2Addr } : f.row.level2, {
          problem: "unknown-level2",
          level1: f.level1Text,
          level2: f.level2Text,
          allowed: (parent?.children ?? ctx.profile.tree.flatMap((n) => n.children)).map((c) => c.name).join("、"),
        });
      } else if (f.level1 !== null && f.level2 !== null && f.level2Parent !== f.level1 && !f.legacyPlacement) {
        key = `3|${f.level1Text}|${f.level2Text}`;
        finding = rowFinding("structure/bad-tree", f, f.level2Addr ? { value: f.level2Text, addr: f.level2Addr } : f.row.level2, {
          problem: "wrong-parent",
          level1: f.level1Text,
          level2: f.level2Text,
          parent: f.level2Parent ?? "",
        });
      }
      if (finding && !seen.has(key)) {
        seen.add(key);
        out.push(finding);
      }
    }
    return out;
  },
};
