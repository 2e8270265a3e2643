import { factsFor, type RowFacts } from "../../facts";
import { ALL_STAGES, rowFinding } from "../../finding";
import { roundTo } from "../../normalize";
import type { Finding, Rule } from "../../types";

/** Third-level weights under a 一级 must add up to the weight the profile fixes for it (产出 50 …). */
export const weightLevel1: Rule = {
  code: "weight/level1",
  defaultSeverity: "error",
  stages: ALL_STAGES,
  enabled: (p) => p.level1Weights !== null,
  check(ctx) {
    const facts = factsFor(ctx);
    const fixed = ctx.profile.level1Weights;
    if (!fixed || !facts.hasWeightValues || facts.framework !== "tree") return [];
    const groups = new Map<string, { first: RowFacts; sum: number }>();
    for (const f of facts.rows) {
      const l1 = f.level1 ?? f.level2Parent;
      if (!l1) continue;
      const g = groups.get(l1);
      if (g) g.sum += f.weight ?? 0;
      else groups.set(l1, { first: f, sum: f.weight ?? 0 });
    }
    const out: Finding[] = [];
    for (const [level1, g] of groups) {
      const expected = fixed[level1];
      if (expected === undefined) continue;
      const sum = roundTo(g.sum, 4);
      if (Math.abs(sum - expected) <= ctx.profile.scoreTolerance) continue;
      const f = g.first;
      out.push({
        ...rowFinding("weight/level1", f, f.level1Addr ? { value: f.level1Text, addr: f.level1Addr } : f.row.weight, {
          level1: f.level1Text || level1,
          sum,
          expected,
        }, { expected, actual: sum }),
        indicator: f.level1Text || level1,
      });
    }
    return out;
  },
};
