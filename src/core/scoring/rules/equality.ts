import type { Profile } from "../../profiles/schema";
import { positiveScore } from "./positive";

/**
 * Equality (=): a zero target is met only by B ≤ 0; a non-zero one is scored as positive.
 * The strict profile setting scores the same but calls the row met only when B equals A exactly.
 */
export function equalityScore(a: number, b: number, w: number, mode: Profile["equality"]): { score: number; met: boolean } {
  if (a === 0) return b <= 0 ? { score: w, met: mode === "strict" ? b === 0 : true } : { score: 0, met: false };
  const r = positiveScore(a, b, w);
  return mode === "strict" ? { score: r.score, met: b === a } : r;
}
