import { factsFor } from "../../facts";
import { ALL_STAGES, tableFinding } from "../../finding";
import type { Rule } from "../../types";

/** No cost indicator: the profile says where cost lives (二级 under 产出 in 2020, its own 一级 in 2021). */
export const noCost: Rule = {
  code: "structure/no-cost",
  defaultSeverity: "error",
  stages: ALL_STAGES,
  enabled: (p) => p.cost.required,
  check(ctx) {
    const facts = factsFor(ctx);
    if (!facts.usesTree || facts.rows.length === 0) return [];
    if (facts.rows.some((r) => r.isCost)) return [];
    return [tableFinding("structure/no-cost", { level2: ctx.profile.cost.level2.join("、") })];
  },
};
