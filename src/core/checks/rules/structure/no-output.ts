import { ALL_STAGES } from "../../finding";
import { OUTPUT } from "../../tree";
import type { Rule } from "../../types";
import { missingLevel1 } from "./presence";

export const noOutput: Rule = {
  code: "structure/no-output",
  defaultSeverity: "error",
  stages: ALL_STAGES,
  check: (ctx) => missingLevel1(ctx, "structure/no-output", OUTPUT),
};
