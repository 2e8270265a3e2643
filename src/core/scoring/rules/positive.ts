/** Positive (≥, >): B ≥ A earns the weight, else w × B / A; a negative B counts as 0; A ≤ 0 is always met. */
export function positiveScore(a: number, b: number, w: number): { score: number; met: boolean } {
  const actual = Math.max(b, 0);
  if (actual >= a) return { score: w, met: true };
  return { score: (w * actual) / a, met: false };
}
