import { ALL_STAGES } from "../../finding";
import { SATISFACTION } from "../../tree";
import type { Rule } from "../../types";
import { missingLevel1 } from "./presence";

export const noSatisfaction: Rule = {
  code: "structure/no-satisfaction",
  defaultSeverity: "error",
  stages: ALL_STAGES,
  check: (ctx) => missingLevel1(ctx, "structure/no-satisfaction", SATISFACTION),
};
