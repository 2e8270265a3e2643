import type { Profile } from "../../profiles/schema";
import { numLit, strLit } from "./literal";
import { capBands } from "../cap";

/**
 * Which second-level labels belong to one first level only: the subtotals read the second-level
 * column, never the first-level one. The printed form merges 一级 down its block, and a merge keeps
 * only its top cell's value in Excel and WPS, so a SUMIF over the 一级 column would see one row of
 * each block. The second-level column is never merged.
 */
function level2Labels(profile: Profile, level1: string): { labels: string[]; shared: Set<string> } {
  const node = profile.tree.find((n) => n.name === level1 || n.aliases.includes(level1));
  const count = new Map<string, number>();
  for (const n of profile.tree) for (const c of n.children) for (const a of [c.name, ...c.aliases]) count.set(a, (count.get(a) ?? 0) + 1);
  const labels = (node?.children ?? []).flatMap((c) => [c.name, ...c.aliases]);
  return { labels: [...new Set(labels)], shared: new Set([...count].filter(([, k]) => k > 1).map(([a]) => a)) };
}

const sumOf = (parts: string[]): string => (parts.length === 1 ? (parts[0] as string) : `SUM(${parts.join(",")})`);

/**
 * First-level subtotal: the rows whose second level belongs to this first level (aliases included), so
 * 效果指标 / 社会效益 rows count under 效益指标; a label two first levels share is told apart by the
 * first-level cell of its row. A first level without second levels in the tree is read from its own column.
 */
export function subtotalFormula(
  refs: { level1Range: string; level2Range: string; sumRange: string; level1: string },
  profile: Profile,
): string {
  const node = profile.tree.find((n) => n.name === refs.level1 || n.aliases.includes(refs.level1));
  const names = node ? [node.name, ...node.aliases] : [refs.level1];
  const { labels, shared } = level2Labels(profile, refs.level1);
  if (labels.length === 0) return sumOf(names.map((n) => `SUMIF(${refs.level1Range},${strLit(n)},${refs.sumRange})`));
  const parts: string[] = [];
  for (const b of labels) {
    if (!shared.has(b)) parts.push(`SUMIF(${refs.level2Range},${strLit(b)},${refs.sumRange})`);
    else for (const a of names) parts.push(`SUMIFS(${refs.sumRange},${refs.level1Range},${strLit(a)},${refs.level2Range},${strLit(b)})`);
  }
  return sumOf(parts);
}

/** Second-level subtotal: the rows with this second level or an alias (told apart by 一级 only where two share it). */
export function subtotal2Formula(
  refs: { level1Range: string; level2Range: string; sumRange: string; level1: string; level2: string },
  profile: Profile,
): string {
  const node = profile.tree.find((n) => n.name === refs.level1 || n.aliases.includes(refs.level1));
  const l1 = node ? [node.name, ...node.aliases] : [refs.level1];
  const child = node?.children.find((c) => c.name === refs.level2 || c.aliases.includes(refs.level2));
  const l2 = child ? [child.name, ...child.aliases] : [refs.level2];
  const { shared } = level2Labels(profile, refs.level1);
  const parts: string[] = [];
  for (const b of l2) {
    if (!shared.has(b)) parts.push(`SUMIF(${refs.level2Range},${strLit(b)},${refs.sumRange})`);
    else for (const a of l1) parts.push(`SUMIFS(${refs.sumRange},${refs.level1Range},${strLit(a)},${refs.level2Range},${strLit(b)})`);
  }
  return sumOf(parts);
}

/**
 * Total = indicator scores + budget score; with the profile's execution cap switched on and the rate
 * cell given, MIN(total, cap) where the rate is under a band (mirrors cap.ts, bands in the same order).
 */
export function totalFormula(scoreRange: string, budgetScoreRef: string, cap?: { rateRef: string; profile: Pick<Profile, "executionCap"> }): string {
  const sum = `SUM(${scoreRange},${budgetScoreRef})`;
  const body = cap ? cappedTotal(sum, cap.rateRef, cap.profile) : sum;
  return `IF(AND(COUNTIF(${scoreRange},">=0")=0,ISNUMBER(${budgetScoreRef})=FALSE),"",${body})`;
}

/**
 * `sum` capped by the execution rate in `rateRef` where the profile's cap is on: MIN(sum, cap) while the rate
 * is under a band, the band's cap chosen by nested IFs (mirrors cap.ts, bands in the same order); `sum` itself
 * when the cap is off or the rate is not a number.
 */
export function cappedTotal(sum: string, rateRef: string, profile: Pick<Profile, "executionCap">): string {
  const bands = profile.executionCap.enabled ? capBands(profile) : [];
  const top = bands[bands.length - 1];
  if (!top) return sum;
  let capExpr = numLit(top.max);
  for (let i = bands.length - 2; i >= 0; i--) {
    const b = bands[i] as (typeof bands)[number];
    capExpr = `IF(${rateRef}<${numLit(b.below)},${numLit(b.max)},${capExpr})`;
  }
  return `IF(AND(ISNUMBER(${rateRef}),${rateRef}<${numLit(top.below)}),MIN(${sum},${capExpr}),${sum})`;
}
