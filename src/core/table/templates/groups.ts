import type { Indicator } from "../../library/schema";
import type { Profile } from "../../profiles/schema";

export interface RowSeed {
  level1: string;
  level2: string;
  indicator?: Indicator;
}

const matches = (name: string, node: { name: string; aliases: string[] }): boolean =>
  name === node.name || node.aliases.includes(name);

/**
 * Lay out the indicator rows in the order of the profile's tree: pre-filled indicators under their
 * 一级 / 二级 (aliases count), `blankRows` empty rows under every 二级 that got none, and indicators
 * whose place is not in the tree at the end, under their own labels, so nothing handed in is lost.
 */
export function seedRows(profile: Profile, indicators: readonly Indicator[], blankRows: number): RowSeed[] {
  const placed = new Set<Indicator>();
  const rows: RowSeed[] = [];
  for (const l1 of profile.tree) {
    for (const l2 of l1.children) {
      const here = indicators.filter((ind) => !placed.has(ind) && matches(ind.level1, l1) && matches(ind.level2, l2));
      // A library written for another tree (central-2021 lifts 成本指标 to 一级) still finds its 二级.
      const byLevel2 = indicators.filter((ind) => !placed.has(ind) && !here.includes(ind) && matches(ind.level2, l2));
      const all = [...here, ...byLevel2];
      for (const ind of all) {
        placed.add(ind);
        rows.push({ level1: l1.name, level2: l2.name, indicator: ind });
      }
      if (all.length === 0) for (let i = 0; i < blankRows; i++) rows.push({ level1: l1.name, level2: l2.name });
    }
  }
  for (const ind of indicators) if (!placed.has(ind)) rows.push({ level1: ind.level1, level2: ind.level2, indicator: ind });
  return rows;
}
