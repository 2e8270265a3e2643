import { ALL_STAGES } from "../../finding";
import { BENEFIT } from "../../tree";
import type { Rule } from "../../types";
import { missingLevel1 } from "./presence";

export const noBenefit: Rule = {
  code: "structure/no-benefit",
  defaultSeverity: "error",
  stages: ALL_STAGES,
  check: (ctx) => missingLevel1(ctx, "structure/no-benefit", BENEFIT),
};
