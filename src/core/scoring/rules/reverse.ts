import type { Profile } from "../../profiles/schema";

/**
 * Reverse (≤, <): met when B ≤ A (strict "<": B < A). Above it, for A > 0 "ratio" gives w × A / B
 * (江西 2017 form, 湖北 Q-1wenmi) and "linear" falls to zero at B = 2A (vendor default). A negative
 * target ("≤-5%": must fall by 5%) follows the deviation rule: an excess d = B − A keeps
 * max(0, 1 − d / |A|) = max(0, B / A) of the weight, so nothing is left once B reaches 0.
 * A = 0 above target scores 0. Strict operators change `met`, and the zero target ("<0" with B = 0 → 0).
 */
export function reverseScore(a: number, b: number, w: number, formula: Profile["reverseFormula"], strict = false): { score: number; met: boolean } {
  const met = strict ? b < a : b <= a;
  if (met) return { score: w, met: true };
  if (a > 0) {
    if (formula === "ratio") return { score: (w * a) / b, met: false };
    return { score: w * Math.max(0, (2 * a - b) / a), met: false };
  }
  if (a < 0) return { score: w * Math.max(0, b / a), met: false };
  return { score: 0, met: false };
}
