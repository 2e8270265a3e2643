import type { Profile } from "../../profiles/schema";

/** On target: |B − A| within the profile's tiny tolerance, relative to |A| (at least 1). */
export const onTarget = (a: number, b: number, tolerance: number): boolean => Math.abs(b - a) <= tolerance * Math.max(1, Math.abs(a));

/**
 * Equality (=) means equal: "=3天" is not met by 5 days. On target earns the weight. Off target, by the
 * profile's `equality`:
 * - two-sided (default): w × min(|A|,|B|) / max(|A|,|B|) — 2 or 6 days against "=3天" lose alike in
 *   proportion, like the positive rule below and the ratio reverse rule above; 0 when A and B differ in
 *   sign or A = 0 (no proportion exists). Chosen because forms score = rows by the B/A and A/B rules
 *   they print for ≥ and ≤ (Q-doczj, Q-1wenmi), applied on the side the actual falls.
 * - exact: 0.
 * - positive / strict (former reading, kept as a switch): scored as ≥, a zero target met by B ≤ 0;
 *   strict calls the row met only on target.
 */
export function equalityScore(a: number, b: number, w: number, profile: Pick<Profile, "equality" | "equalityTolerance">): { score: number; met: boolean } {
  const mode = profile.equality;
  const on = onTarget(a, b, profile.equalityTolerance);
  if (mode === "positive" || mode === "strict") {
    const r = legacyPositive(a, b, w);
    return { score: r.score, met: mode === "strict" ? on : r.met };
  }
  if (on) return { score: w, met: true };
  if (mode === "exact" || a * b <= 0) return { score: 0, met: false };
  return { score: (w * Math.min(Math.abs(a), Math.abs(b))) / Math.max(Math.abs(a), Math.abs(b)), met: false };
}

/** The former "=" reading: a zero target met by B ≤ 0, else ≥ with a negative actual as 0. */
function legacyPositive(a: number, b: number, w: number): { score: number; met: boolean } {
  if (a === 0) return b <= 0 ? { score: w, met: true } : { score: 0, met: false };
  const actual = Math.max(b, 0);
  if (actual >= a) return { score: w, met: true };
  return { score: (w * actual) / a, met: false };
}
