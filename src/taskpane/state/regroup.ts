import type { Profile } from "../../core/profiles/schema";
import type { Subtotal } from "../../core/scoring/types";

/**
 * Subtotals grouped by the table's own profile tree. A table may print a second level under another first
 * level than its profile keeps it (central-2021 has 成本指标 as a first level; rows written under 产出指标
 * still carry 经济成本指标): for display, each second level goes under the first level its profile gives it,
 * and the first-level sums move with it. The totals are unchanged.
 */
export function regroup(subtotals: readonly Subtotal[], profile: Profile): Subtotal[] {
  const home = new Map<string, string>();
  for (const l1 of profile.tree) for (const c of l1.children) for (const n of [c.name, ...c.aliases]) home.set(n, l1.name);
  const alias = new Map<string, string>();
  for (const l1 of profile.tree) for (const n of [l1.name, ...l1.aliases]) alias.set(n, l1.name);
  const out = new Map<string, Subtotal>(subtotals.map((s) => [s.name, { ...s, children: [...s.children] }]));
  for (const s of subtotals) {
    for (const c of s.children) {
      const target = home.get(c.name);
      if (!target || target === s.name || alias.get(s.name) === target) continue;
      const from = out.get(s.name) as Subtotal;
      from.children = from.children.filter((x) => x !== c);
      from.weight -= c.weight;
      from.score -= c.score;
      const to = out.get(target) ?? { name: target, weight: 0, score: 0, children: [] };
      to.children.push(c);
      to.weight += c.weight;
      to.score += c.score;
      out.set(target, to);
    }
  }
  const order = new Map(profile.tree.map((n, i) => [n.name, i]));
  return [...out.values()]
    .filter((s) => s.children.length > 0 || s.weight !== 0 || s.score !== 0)
    .sort((a, b) => (order.get(alias.get(a.name) ?? a.name) ?? 99) - (order.get(alias.get(b.name) ?? b.name) ?? 99));
}
