import type { Operator } from "../../src/core/values/types";
import type { Profile } from "../../src/core/profiles/schema";

export interface RowCase {
  op: Operator;
  target: number | string | null;
  unit: string;
  /** Actual value; for 定性 rows the typed score. */
  actual: number | null;
  weight: number | null;
  tier?: string | null;
}

export interface BudgetCase {
  budget: number | null;
  executed: number | null;
}

/** Small deterministic generator so failures reproduce. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const DEADLINE = 45657; // 2024-12-31

/** Hand-picked edges for every rule, then random cases around them. */
export function rowCases(profile: Profile, count: number, seed = 7): RowCase[] {
  const tiers = profile.qualitativeTiers.map((t) => t.name);
  const edges: RowCase[] = [
    { op: ">=", target: 100, unit: "%", actual: 100, weight: 10 },
    { op: ">=", target: 100, unit: "%", actual: 95, weight: 10 },
    { op: ">=", target: 100, unit: "个", actual: 130, weight: 8 },
    { op: ">=", target: 50, unit: "个", actual: 60, weight: 8 }, // exactly 1.2 × target
    { op: ">", target: 0, unit: "个", actual: 0, weight: 5 },
    { op: ">", target: 0, unit: "个", actual: 3, weight: 5 },
    { op: ">=", target: 90, unit: "%", actual: -5, weight: 5 },
    { op: ">=", target: 90, unit: "%", actual: 0, weight: 5 },
    { op: ">=", target: 90, unit: "%", actual: null, weight: 5 },
    { op: ">=", target: null, unit: "%", actual: 80, weight: 5 },
    { op: ">=", target: 90, unit: "%", actual: 80, weight: null },
    { op: ">=", target: 90, unit: "%", actual: 80, weight: 0 },
    { op: ">=", target: "效果明显", unit: "", actual: 80, weight: 5 },
    { op: "<=", target: 100, unit: "万元", actual: 90, weight: 6 },
    { op: "<=", target: 100, unit: "万元", actual: 150, weight: 6 },
    { op: "<=", target: 100, unit: "万元", actual: 250, weight: 6 },
    { op: "<", target: 0, unit: "起", actual: 0, weight: 4 },
    { op: "<", target: 0, unit: "起", actual: 2, weight: 4 },
    { op: "<=", target: 5, unit: "%", actual: 0, weight: 4 },
    { op: "=", target: 0, unit: "起", actual: 0, weight: 5 },
    { op: "=", target: 0, unit: "起", actual: 1, weight: 5 },
    { op: "=", target: 100, unit: "%", actual: 100, weight: 5 },
    { op: "=", target: 100, unit: "%", actual: 97.5, weight: 5 },
    { op: "=", target: 12, unit: "次", actual: 15, weight: 5 },
    // Equality is two-sided, > and < strict, negative targets by deviation, 指标偏离 at 1.3 × target.
    { op: "=", target: 3, unit: "天", actual: 5, weight: 5 },
    { op: "=", target: 3, unit: "天", actual: 3, weight: 5 },
    { op: ">", target: 100, unit: "%", actual: 100, weight: 5 },
    { op: ">", target: 0, unit: "个", actual: -1, weight: 5 },
    { op: "<", target: 5, unit: "%", actual: 5, weight: 5 },
    { op: "<", target: 0, unit: "起", actual: 0, weight: 5 },
    { op: ">=", target: -5, unit: "%", actual: -20, weight: 5 },
    { op: ">=", target: -5, unit: "%", actual: -6, weight: 5 },
    { op: "<=", target: -5, unit: "%", actual: -2.5, weight: 5 },
    { op: "<=", target: -5, unit: "%", actual: 3, weight: 5 },
    { op: ">=", target: 100, unit: "个", actual: 130, weight: 1.5 },
    { op: ">=", target: 10, unit: "个", actual: 13, weight: 5 },
    { op: "±", target: 3, unit: "%", actual: 2, weight: 6 },
    { op: "±", target: 3, unit: "%", actual: -3, weight: 6 },
    { op: "±", target: 3, unit: "%", actual: 4, weight: 6 },
    { op: "±", target: 3, unit: "%", actual: -5.5, weight: 6 },
    { op: "±", target: 3, unit: "%", actual: 7, weight: 6 },
    { op: "<=", target: DEADLINE, unit: "日期", actual: DEADLINE - 30, weight: 5 },
    { op: "<=", target: DEADLINE, unit: "日期", actual: DEADLINE, weight: 5 },
    { op: "<=", target: DEADLINE, unit: "日期", actual: DEADLINE + 10, weight: 5 },
    { op: ">=", target: DEADLINE, unit: "日期", actual: DEADLINE + 1, weight: 5 },
    ...tiers.map((t, i) => ({ op: "text" as const, target: "达到预期", unit: "", actual: 9 - i * 3, weight: 10, tier: t })),
    { op: "text", target: "达到预期", unit: "", actual: 12, weight: 10, tier: tiers[0] ?? null },
    { op: "text", target: "达到预期", unit: "", actual: -1, weight: 10, tier: tiers[0] ?? null },
    { op: "text", target: "达到预期", unit: "", actual: null, weight: 10, tier: tiers[0] ?? null },
    { op: "text", target: null, unit: "", actual: 7.5, weight: 10, tier: null },
  ];
  const r = rng(seed);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const ops: Operator[] = [">=", ">", "<=", "<", "=", "±", "text"];
  const out = [...edges];
  while (out.length < count) {
    const op = pick(ops);
    const weight = pick([null, 0, 2, 5, 6.5, 8, 10, 12.25, 20]);
    if (op === "text") {
      out.push({ op, target: "达到预期", unit: "", actual: r() < 0.1 ? null : Math.round(r() * 140 - 10) / 10, weight, tier: pick([...tiers, null]) });
      continue;
    }
    if (r() < 0.12 && (op === "<=" || op === "<" || op === ">=")) {
      out.push({ op, target: DEADLINE, unit: "日期", actual: DEADLINE + Math.round(r() * 60 - 30), weight });
      continue;
    }
    const target = op === "±" ? pick([1, 2.5, 3, 5, 10]) : pick([0, 0, 1, 3, 12, 50, 90, 95, 100, 365.5, 1200, -5, -12.5]);
    const scale = r() * 2.6 - 0.1;
    const actual = r() < 0.07 ? null : op === "±" ? Math.round((r() * 6 - 3) * target * 100) / 100 : Math.round(target * scale * 100) / 100 + (target === 0 ? pick([0, 0, 1, 2]) : 0);
    out.push({ op, target, unit: pick(["%", "个", "万元", "公里", "人次"]), actual, weight });
  }
  return out.slice(0, Math.max(count, edges.length));
}

export const BUDGET_CASES: readonly BudgetCase[] = [
  { budget: 100, executed: 95 },
  { budget: 100, executed: 0 },
  { budget: 0, executed: 5 },
  { budget: null, executed: 5 },
  { budget: 100, executed: null },
  { budget: 100, executed: 120 },
  { budget: 80, executed: 70.3 },
  { budget: 3, executed: 2 },
  { budget: 100, executed: -5 },
  { budget: 1234.56, executed: 1111.11 },
  { budget: 200, executed: 172.5 },
  { budget: 7, executed: 6.0899 },
  // Execution-cap bands (Q-desk33): 80% exactly is uncapped, 70% falls in 70–80%, then 65%, 55%, 45%.
  { budget: 100, executed: 80 },
  { budget: 100, executed: 70 },
  { budget: 100, executed: 65 },
  { budget: 100, executed: 55 },
  { budget: 100, executed: 45 },
];
