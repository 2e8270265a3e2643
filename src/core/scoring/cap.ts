import type { Profile } from "../profiles/schema";

/**
 * 项目自评减分规则 (Q-desk33, 一体化 manual 1.4): "执行率为70%至80%的，绩效自评不超过89分；执行率为60%至70%的，
 * 绩效自评不超过79分；执行率低于60%的，绩效自评不超过69分；执行率低于50%的，绩效自评不超过59分". Bands are read
 * half-open: 80% exactly is not capped, 70% exactly falls in 70%–80%. The bands sorted by `below`
 * ascending; the first the rate is under gives the cap (the formula builder nests IFs in the same order).
 */
export const capBands = (profile: Pick<Profile, "executionCap">): Profile["executionCap"]["bands"] =>
  [...profile.executionCap.bands].sort((x, y) => x.below - y.below);

export function executionCap(rate: number | null, profile: Pick<Profile, "executionCap">): number | null {
  if (!profile.executionCap.enabled || rate === null || !Number.isFinite(rate)) return null;
  for (const b of capBands(profile)) if (rate < b.below) return b.max;
  return null;
}

/** The total after the cap; unchanged when the profile has no cap or the rate is unknown. */
export function capTotal(total: number | null, rate: number | null, profile: Pick<Profile, "executionCap">): { total: number | null; cap: number | null } {
  const cap = executionCap(rate, profile);
  if (total === null || cap === null) return { total, cap };
  return { total: Math.min(total, cap), cap };
}
