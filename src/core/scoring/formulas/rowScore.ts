import type { Profile } from "../../profiles/schema";
import { OPERATOR_DISPLAY } from "../../values/types";
import { strLit } from "./literal";
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
 * The score of one row as an Excel formula (no leading "="), dispatching like scoreRow: 定性 first,
 * then the 日期 unit, then the operator. Blank until actual, target and weight are numbers. Each rule's
 * result already lies in [0, w] for w ≥ 0, so no outer clamp is written (it would double the formula).
 */
export function rowScoreFormula(refs: RowRefs, profile: Profile): string {
  const { operator: op, target: a, actual: b, weight: w, unit } = refs;
  const is = (o: keyof typeof OPERATOR_DISPLAY): string => `${op}=${strLit(OPERATOR_DISPLAY[o])}`;
  const quantitative =
    `IF(${unit}=${strLit(DATE_UNIT)},${dateFormula(a, b, w, profile)},` +
    `IF(OR(${is(">=")},${is(">")}),${positiveFormula(a, b, w)},` +
    `IF(OR(${is("<=")},${is("<")}),${reverseFormula(a, b, w, profile)},` +
    `IF(${is("=")},${equalityFormula(a, b, w)},` +
    `IF(${is("±")},${rangeFormula(a, b, w, profile)},"")))))`;
  const ready = `AND(ISNUMBER(${a}),ISNUMBER(${b}),ISNUMBER(${w}),${w}>=0)`;
  return (
    `IF(${is("text")},${qualitativeFormula(refs.typedScore ?? b, w)},` +
    `IF(${ready},${quantitative},""))`
  );
}
