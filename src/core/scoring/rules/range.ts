import type { RangeTier } from "../../profiles/schema";

/** Tiers by width, narrowest first, so the first that holds the deviation gives the factor. */
export const sortedTiers = (tiers: readonly RangeTier[]): RangeTier[] => [...tiers].sort((x, y) => x.upTo - y.upTo);

/**
 * Range (±t): the actual is the deviation; |B| ≤ t earns the weight, wider deviations keep the share
 * the profile's tier table gives (upTo in multiples of t), and beyond the last tier nothing.
 */
export function rangeScore(t: number, b: number, w: number, tiers: readonly RangeTier[]): { score: number; met: boolean } {
  const d = Math.abs(b);
  if (d <= t) return { score: w, met: true };
  for (const tier of sortedTiers(tiers)) {
    if (d <= tier.upTo * t) return { score: tier.factor * w, met: false };
  }
  return { score: 0, met: false };
}
