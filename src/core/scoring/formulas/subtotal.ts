import type { Profile } from "../../profiles/schema";
import { strLit } from "./literal";

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

/** Total = indicator scores + budget score. */
export function totalFormula(scoreRange: string, budgetScoreRef: string): string {
  return `IF(AND(COUNTIF(${scoreRange},">=0")=0,ISNUMBER(${budgetScoreRef})=FALSE),"",SUM(${scoreRange},${budgetScoreRef}))`;
}
