import type { Profile } from "../profiles/schema";
import type { RowScore, ScoreInput, ScoreRule } from "./types";
import { directionOf } from "../values/types";
import { clampScore, usableWeight } from "./clamp";
import { positiveScore } from "./rules/positive";
import { reverseScore } from "./rules/reverse";
import { equalityScore } from "./rules/equality";
import { rangeScore } from "./rules/range";
import { dateScore } from "./rules/date";
import { qualitativeScore } from "./rules/qualitative";
import { applyDeduction } from "./deduction";

/** Which rule scores a row; the formula builder dispatches the same way (定性 first, then 日期, then the operator). */
export function ruleFor(input: Pick<ScoreInput, "operator" | "isDate">): ScoreRule {
  if (input.isDate && input.operator !== "text") return "date";
  return directionOf(input.operator);
}

const unscored = (rule: ScoreRule): RowScore => ({ rule, score: null, met: false, overCompletion: false });

export function scoreRow(input: ScoreInput, profile: Profile): RowScore {
  const rule = ruleFor(input);
  const w = input.weight;
  if (!usableWeight(w)) return unscored(rule);
  if (rule === "qualitative") {
    const q = qualitativeScore(input.typedScore, w, profile.qualitativeTiers, input.tier);
    return { rule, score: q.score, met: q.met, overCompletion: false, ...(q.band ? { band: q.band } : {}) };
  }
  const a = input.target;
  const b = input.actual;
  if (a === null || b === null || !Number.isFinite(a) || !Number.isFinite(b)) return unscored(rule);
  let r: { score: number; met: boolean };
  switch (rule) {
    case "positive":
      r = positiveScore(a, b, w, input.operator === ">");
      break;
    case "reverse":
      r = reverseScore(a, b, w, profile.reverseFormula, input.operator === "<");
      break;
    case "equality":
      r = equalityScore(a, b, w, profile);
      break;
    case "range":
      r = rangeScore(a, b, w, profile.rangeTiers);
      break;
    default:
      r = dateScore(a, b, w, profile.dateLateFactor);
  }
  let score = clampScore(r.score, w);
  let deducted = 0;
  if (rule === "positive") ({ score, deducted } = applyDeduction(score, a, b, profile));
  return { rule, score, met: r.met, overCompletion: isOverCompletion(rule, a, b, profile), ...(deducted > 0 ? { deducted } : {}) };
}

/** B ≥ threshold × A on a positive row: the target was probably set too low. */
export function isOverCompletion(rule: ScoreRule, a: number, b: number, profile: Profile): boolean {
  return rule === "positive" && a > 0 && b >= profile.overCompletion.threshold * a;
}
