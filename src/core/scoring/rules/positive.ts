/**
 * Positive (≥, >). Met when B ≥ A (strict ">": B > A). Short of it:
 * - A > 0: w × B / A, a negative B counting as nothing (the score never goes below 0);
 * - A < 0 (e.g. "≥-5%"): the deviation rule — a shortfall of d = A − B keeps max(0, 1 − d / |A|) of the
 *   weight, so −6 against ≥−5 keeps 80% and −20 (or anything at or below 2A) nothing. The actual is
 *   taken as it is: −20% is not read as 0% (which would beat −5%).
 * - A = 0: nothing (there is no proportion to take).
 * Strict operators change `met` only, and the zero target: ">0" with B = 0 earns nothing; for A ≠ 0 the
 * score is continuous at the boundary (B = A keeps w × A / A).
 */
export function positiveScore(a: number, b: number, w: number, strict = false): { score: number; met: boolean } {
  const met = strict ? b > a : b >= a;
  if (met) return { score: w, met: true };
  if (a > 0) return { score: (w * Math.max(b, 0)) / a, met: false };
  if (a < 0) return { score: w * Math.max(0, (b - 2 * a) / -a), met: false };
  return { score: 0, met: false };
}
