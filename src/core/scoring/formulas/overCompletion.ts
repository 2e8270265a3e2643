import type { Profile } from "../../profiles/schema";
import { OPERATOR_DISPLAY } from "../../values/types";
import { numLit, strLit } from "./literal";
import type { RowRefs } from "./rowScore";

/** TRUE when a positive row's actual reaches threshold × target; mirrors isOverCompletion. */
export function overCompletionFormula(refs: Pick<RowRefs, "operator" | "target" | "actual" | "unit">, profile: Profile): string {
  const { operator: op, target: a, actual: b, unit } = refs;
  const positive = `OR(${op}=${strLit(OPERATOR_DISPLAY[">="])},${op}=${strLit(OPERATOR_DISPLAY[">"])})`;
  const ready = `AND(ISNUMBER(${a}),ISNUMBER(${b}),${positive},${unit}<>"日期")`;
  return `IF(${ready},IF(${a}>0,${b}>=${numLit(profile.overCompletion.threshold)}*${a},FALSE),FALSE)`;
}
