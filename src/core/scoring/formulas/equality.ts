import { positiveFormula } from "./positive";

/** Equality: a zero target is met only by B ≤ 0, otherwise scored as positive; mirrors rules/equality.ts. */
export function equalityFormula(a: string, b: string, w: string): string {
  return `IF(${a}=0,IF(${b}<=0,${w},0),${positiveFormula(a, b, w)})`;
}
