import type { Profile } from "../../profiles/schema";
import { OPERATOR_DISPLAY } from "../../values/types";
import { numLit, strLit } from "./literal";
import { positiveFormula } from "./positive";
import { reverseFormula } from "./reverse";
import { equalityFormula } from "./equality";
import { rangeFormula } from "./range";
import { dateFormula } from "./date";
import { qualitativeFormula } from "./qualitative";

/** A1 references of one indicator row; the operator cell holds the display text (≥ > ≤ < = ± 定性). */
export interface RowRefs {
  operator: string;
  target: string;
  unit: string;
  actual: string;
  weight: string;
  tier?: string;
  /** Where a qualitative row's typed score is; without it the actual cell holds it. */
  typedScore?: string;
}

const DATE_UNIT = "日期";

/**
 * 指标偏离 deduction around a positive score when the profile switches it on; mirrors deduction.ts.
 * A deviating row is always met (B ≥ 1.3A > A), so its score is w less the points, floored at 0.
 */
function deducted(positive: string, a: string, b: string, w: string, profile: Profile): string {
  const d = profile.overDeduction;
  if (!d.enabled) return positive;
  return `IF(AND(${a}>0,${b}>=${numLit(d.threshold)}*${a}),MAX(0,${w}-${numLit(d.points)}),${positive})`;
}

/**
 * The score of one row as an Excel formula (no leading "="), dispatching like scoreRow: 定性 first,
 * then the 日期 unit, then the operator. Blank until actual, target and weight are numbers. Each rule's
 * result already lies in [0, w] for w ≥ 0, so no outer clamp is written (it would double the formula).
 */
export function rowScoreFormula(refs: RowRefs, profile: Profile): string {
  const { operator: op, target: a, actual: b, weight: w, unit } = refs;
  const is = (o: keyof typeof OPERATOR_DISPLAY): string => `${op}=${strLit(OPERATOR_DISPLAY[o])}`;
  const quantitative =
    `IF(${unit}=${strLit(DATE_UNIT)},${dateFormula(a, b, w, profile)},` +
    `IF(${is(">=")},${deducted(positiveFormula(a, b, w), a, b, w, profile)},` +
    `IF(${is(">")},${deducted(positiveFormula(a, b, w, true), a, b, w, profile)},` +
    `IF(${is("<=")},${reverseFormula(a, b, w, profile)},` +
    `IF(${is("<")},${reverseFormula(a, b, w, profile, true)},` +
    `IF(${is("=")},${equalityFormula(a, b, w, profile)},` +
    `IF(${is("±")},${rangeFormula(a, b, w, profile)},"")))))))`;
  const ready = `AND(ISNUMBER(${a}),ISNUMBER(${b}),ISNUMBER(${w}),${w}>=0)`;
  return (
    `IF(${is("text")},${qualitativeFormula(refs.typedScore ?? b, w)},` +
    `IF(${ready},${quantitative},""))`
  );
}
