import type { Profile } from "../../profiles/schema";
import { numLit, strLit } from "./literal";
import { capBands } from "../cap";

/**
 * Sum of the scores (or weights) in `sumRange` whose first-level cell in `criteriaRange` names this
 * first level or any alias the profile's tree gives it, so 效果指标 rows count under 效益指标.
 */
export function subtotalFormula(
  refs: { criteriaRange: string; sumRange: string; level1: string },
  profile: Profile,
): string {
  const node = profile.tree.find((n) => n.name === refs.level1 || n.aliases.includes(refs.level1));
  const names = node ? [node.name, ...node.aliases] : [refs.level1];
  const parts = names.map((n) => `SUMIF(${refs.criteriaRange},${strLit(n)},${refs.sumRange})`);
  return parts.length === 1 ? (parts[0] as string) : `SUM(${parts.join(",")})`;
}

/** Second-level subtotal: rows whose first and second level both match (aliases included). */
export function subtotal2Formula(
  refs: { level1Range: string; level2Range: string; sumRange: string; level1: string; level2: string },
  profile: Profile,
): string {
  const node = profile.tree.find((n) => n.name === refs.level1 || n.aliases.includes(refs.level1));
  const l1 = node ? [node.name, ...node.aliases] : [refs.level1];
  const child = node?.children.find((c) => c.name === refs.level2 || c.aliases.includes(refs.level2));
  const l2 = child ? [child.name, ...child.aliases] : [refs.level2];
  const parts: string[] = [];
  for (const a of l1) for (const b of l2) {
    parts.push(`SUMIFS(${refs.sumRange},${refs.level1Range},${strLit(a)},${refs.level2Range},${strLit(b)})`);
  }
  return parts.length === 1 ? (parts[0] as string) : `SUM(${parts.join(",")})`;
}

/**
 * Total = indicator scores + budget score; with the profile's execution cap switched on and the rate
 * cell given, MIN(total, cap) where the rate is under a band (mirrors cap.ts, bands in the same order).
 */
export function totalFormula(scoreRange: string, budgetScoreRef: string, cap?: { rateRef: string; profile: Pick<Profile, "executionCap"> }): string {
  const sum = `SUM(${scoreRange},${budgetScoreRef})`;
  let body = sum;
  const bands = cap && cap.profile.executionCap.enabled ? capBands(cap.profile) : [];
  if (cap && bands.length > 0) {
    const r = cap.rateRef;
    let capExpr = numLit((bands[bands.length - 1] as (typeof bands)[number]).max);
    for (let i = bands.length - 2; i >= 0; i--) {
      const b = bands[i] as (typeof bands)[number];
      capExpr = `IF(${r}<${numLit(b.below)},${numLit(b.max)},${capExpr})`;
    }
    const top = bands[bands.length - 1] as (typeof bands)[number];
    body = `IF(AND(ISNUMBER(${r}),${r}<${numLit(top.below)}),MIN(${sum},${capExpr}),${sum})`;
  }
  return `IF(AND(COUNTIF(${scoreRange},">=0")=0,ISNUMBER(${budgetScoreRef})=FALSE),"",${body})`;
}
