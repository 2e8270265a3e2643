import type { Profile } from "../../profiles/schema";

/**
 * Reverse (≤, <): B ≤ A earns the weight. Above it, "ratio" gives w × A / B (江西 2017 form) and
 * "linear" falls to zero at B = 2A (vendor default). A ≤ 0 with B above it scores 0.
 */
export function reverseScore(a: number, b: number, w: number, formula: Profile["reverseFormula"]): { score: number; met: boolean } {
  if (b <= a) return { score: w, met: true };
  if (a <= 0) return { score: 0, met: false };
  if (formula === "ratio") return { score: (w * a) / b, met: false };
  return { score: w * Math.max(0, (2 * a - b) / a), met: false };
}
