import type { Profile, Tree } from "../profiles/schema";
import { treeKey } from "../checks/normalize";

interface Level2Node {
  name: string;
  parent: string;
}

/** The profile's indicator tree keyed for lookup, with every alias real forms print. */
export interface TreeIndex {
  level1(label: string): string | null;
  /** Canonical 二级 for a label, preferring the one under `parent` when several share it. */
  level2(label: string, parent: string | null): Level2Node | null;
  /** Every 一级 the tree puts a second-level label under (one, mostly; none for an unknown label). */
  parentsOf(label: string): string[];
  hasLevel1(name: string): boolean;
  /** treeKey, remembered per label. */
  key(label: string): string;
}

const cache = new WeakMap<Tree, TreeIndex>();

export function treeIndex(profile: Profile): TreeIndex {
  const hit = cache.get(profile.tree);
  if (hit) return hit;
  const l1 = new Map<string, string>();
  const l2 = new Map<string, Level2Node[]>();
  for (const node of profile.tree) {
    for (const label of [node.name, ...node.aliases]) l1.set(treeKey(label), node.name);
    for (const child of node.children) {
      for (const label of [child.name, ...child.aliases]) {
        const k = treeKey(label);
        const list = l2.get(k) ?? [];
        if (!list.some((n) => n.name === child.name && n.parent === node.name)) list.push({ name: child.name, parent: node.name });
        l2.set(k, list);
      }
    }
  }
  const names = new Set(profile.tree.map((n) => n.name));
  // Labels repeat on every row of a block: remember each label's key.
  const keys = new Map<string, string>();
  const keyOf = (label: string): string => {
    let k = keys.get(label);
    if (k === undefined) {
      k = treeKey(label);
      if (keys.size < 10000) keys.set(label, k);
    }
    return k;
  };
  const index: TreeIndex = {
    level1: (label) => (label ? (l1.get(keyOf(label)) ?? null) : null),
    level2: (label, parent) => {
      if (!label) return null;
      const list = l2.get(keyOf(label));
      if (!list || list.length === 0) return null;
      return list.find((n) => n.parent === parent) ?? list[0] ?? null;
    },
    parentsOf: (label) => [...new Set((l2.get(keyOf(label)) ?? []).map((n) => n.parent))],
    hasLevel1: (name) => names.has(name),
    key: keyOf,
  };
  cache.set(profile.tree, index);
  return index;
}

/** Canonical names of the first levels checks look for; absent from a profile's tree, the rule stays quiet. */
export const OUTPUT = "产出指标";
export const BENEFIT = "效益指标";
export const SATISFACTION = "满意度指标";

export interface ResolvedLevels {
  level1: string | null;
  level2: string | null;
  /** The 一级 the tree puts `level2` under. */
  parent: string | null;
  /** The second level stands where an older published tree put it (see LEGACY_PARENTS): not a bad tree. */
  legacy: boolean;
}

/**
 * Placements older published trees make, read as valid: 财预〔2015〕88号 and the forms built on it file
 * 服务对象满意度指标 as a second level of 效益指标 (湖南, 湖北 forms in the corpus still do).
 */
const LEGACY_PARENTS: Readonly<Record<string, readonly string[]>> = { 满意度指标: ["效益指标"] };

/** Second-level cells some forms fill with a generic word ("具体指标") instead of a category. */
const GENERIC_LEVEL2 = /^(具体|其他|其它|三级)?指标$|^(无|\/|—|-)$/;

export const isGenericLevel2 = (label: string): boolean => GENERIC_LEVEL2.test(label.replace(/\s+/g, ""));

/** Forms abbreviate second levels ("可持续性", "经济"): a unique child of the first level sharing a prefix of 3 (or the whole short label). */
function abbreviated(tree: TreeIndex, profile: Profile, level1: string | null, label: string): Level2Node | null {
  if (!level1) return null;
  const k = tree.key(label);
  if (k.length < 2 || k.length > 6) return null;
  const node = profile.tree.find((n) => n.name === level1);
  const hits = (node?.children ?? []).filter((c) => {
    const ck = tree.key(c.name);
    const common = [...k].findIndex((ch, i) => ck[i] !== ch);
    const shared = common < 0 ? k.length : common;
    return shared >= Math.min(3, k.length) && shared >= 2;
  });
  return hits.length === 1 ? { name: (hits[0] as { name: string }).name, parent: level1 } : null;
}

/**
 * Where a row stands in the profile's tree, read as a person reads real forms:
 * - a first-level cell printed only as "(50分)" takes its name from the second level's parent;
 * - a label merged across both level columns ("社会公众或服务对象满意度指标") is a second level under its parent;
 * - a second level that repeats its first level ("满意度指标" under 满意度指标) is that level's only child;
 * - the 101号 cost tree (成本指标 → 经济/社会/生态环境成本指标) and the 2020 one (产出 → 成本指标) are read
 *   into whichever of the two the profile uses, so neither is a "bad tree" under the other.
 */
export function resolveLevels(tree: TreeIndex, profile: Profile, l1Text: string, l2Printed: string): ResolvedLevels {
  const l2Text = isGenericLevel2(l2Printed) ? "" : l2Printed;
  let level1 = tree.level1(l1Text);
  let node = tree.level2(l2Text, level1) ?? (l2Text ? abbreviated(tree, profile, level1, l2Text) : null);
  // The first level may be taken from the second only when the form gives no first-level name of its own.
  let derive = l1Text === "";
  if (!level1 && l1Text && (!l2Text || tree.key(l2Text) === tree.key(l1Text))) {
    // One label over both columns: a second-level name standing in the first-level column.
    const across = tree.level2(l1Text, null);
    if (across) {
      node = across;
      derive = true;
    }
  }
  if (!node && level1 && !l2Text) {
    // A generic or empty second level under a first level that has only one.
    const own = profile.tree.find((n) => n.name === level1);
    if (own && own.children.length === 1 && l2Printed) node = { name: (own.children[0] as { name: string }).name, parent: level1 };
  }
  if (!node && level1 && l2Text && tree.level1(l2Text) === level1) {
    const own = profile.tree.find((n) => n.name === level1);
    if (own && own.children.length === 1) node = { name: (own.children[0] as { name: string }).name, parent: level1 };
  }
  const costLike = (label: string): boolean => label !== "" && /成本$/.test(tree.key(label));
  if (!node && (costLike(l2Text) || (!l2Text && costLike(l1Text)) || (costLike(l1Text) && !level1))) {
    const first = profile.cost.level2[0];
    const costNode = first ? tree.level2(first, null) : null;
    if (costNode) {
      node = costNode;
      if (!level1 && (derive || costLike(l1Text))) level1 = costNode.parent;
      else if (costLike(l1Text)) level1 = costNode.parent;
    }
  }
  if (!level1 && node && derive) level1 = node.parent;
  const legacy = !!node && !!level1 && node.parent !== level1 && (LEGACY_PARENTS[node.parent] ?? []).includes(level1);
  return { level1, level2: node?.name ?? null, parent: node?.parent ?? null, legacy };
}
