import { factsFor } from "../../facts";
import { ALL_STAGES, tableFinding } from "../../finding";
import type { Rule } from "../../types";

export const tooFew: Rule = {
  code: "structure/too-few",
  defaultSeverity: "error",
  stages: ALL_STAGES,
  enabled: (p) => p.minIndicators > 0,
  check(ctx) {
    const count = factsFor(ctx).named().length;
    const min = ctx.profile.minIndicators;
    return count < min ? [tableFinding("structure/too-few", { count, min }, { expected: min, actual: count })] : [];
  },
};
