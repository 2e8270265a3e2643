import type { Issue } from "../checks/types";
import { reviewOf, type Profile } from "../profiles/schema";
import { issueTitle } from "../messages/titles";

export type Verdict = "通过" | "修改后通过" | "退回";

export interface Conclusion {
  verdict: Verdict;
  errors: number;
  warnings: number;
  /** Why, in one Chinese sentence, naming the profile rule that decided. */
  reason: string;
}

/**
 * The overall conclusion for one table (or a whole file) by the profile's `review` rules: 退回 when a
 * return code is raised or errors reach `returnAtErrors`; 通过 with no error and few warnings; else 修改后通过.
 */
export function conclude(issues: readonly Pick<Issue, "code" | "severity">[], profile: Pick<Profile, "review">): Conclusion {
  const r = reviewOf(profile);
  const errors = issues.filter((i) => i.severity === "error").length;
  const warnings = issues.filter((i) => i.severity === "warning").length;
  const returning = issues.filter((i) => i.severity !== "info" && r.returnCodes.includes(i.code));
  if (returning.length > 0) {
    const codes = [...new Set(returning.map((i) => issueTitle(i.code)))].join("、");
    return { verdict: "退回", errors, warnings, reason: `存在须退回的问题（${codes}），请调整后重新报送` };
  }
  if (errors >= r.returnAtErrors) {
    return { verdict: "退回", errors, warnings, reason: `错误 ${errors} 个，达到退回标准（${r.returnAtErrors} 个），请调整后重新报送` };
  }
  if (errors === 0 && warnings <= r.passMaxWarnings) {
    return { verdict: "通过", errors, warnings, reason: warnings === 0 ? "未发现问题" : `无错误，警告 ${warnings} 个（不超过 ${r.passMaxWarnings} 个），可参考修改` };
  }
  return { verdict: "修改后通过", errors, warnings, reason: `错误 ${errors} 个、警告 ${warnings} 个，按审核意见修改后通过` };
}

/** Round for display and JSON: `digits` decimals, no float noise (0.9299999999999999 → 0.93). */
export function roundTo(n: number, digits: number): number {
  const f = 10 ** digits;
  const v = Math.round((n + Math.sign(n) * Number.EPSILON * Math.abs(n)) * f) / f;
  return Object.is(v, -0) ? 0 : v;
}

/** A rate as a percentage string: 0.93 → "93%", 0.9347 → "93.47%". */
export function percent(rate: number, digits = 2): string {
  return `${roundTo(rate * 100, digits)}%`;
}
