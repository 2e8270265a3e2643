import type { Profile } from "../profiles/schema";

/**
 * 指标偏离 (Q-desk33, 一体化 manual 1.3): "完成值超过年初设置指标值30%及以上的指标，定义为指标偏离并减2分".
 * Applied to positive rows (≥, >) with a positive target, where exceeding the target is what "超过" means;
 * reverse rows above their target already lose by their own rule. Only when the profile switches it on.
 */
export function deviates(a: number, b: number, profile: Pick<Profile, "overDeduction">): boolean {
  const d = profile.overDeduction;
  return d.enabled && a > 0 && b >= d.threshold * a;
}

export function applyDeduction(score: number, a: number, b: number, profile: Pick<Profile, "overDeduction">): { score: number; deducted: number } {
  if (!deviates(a, b, profile)) return { score, deducted: 0 };
  const next = Math.max(0, score - profile.overDeduction.points);
  return { score: next, deducted: score - next };
}
