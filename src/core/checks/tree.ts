import type { Profile, Tree } from "../profiles/schema";
import { treeKey } from "./normalize";

interface Level2Node {
  name: string;
  parent: string;
}

/** The profile's indicator tree keyed for lookup, with every alias real forms print. */
export interface TreeIndex {
  level1(label: string): string | null;
  /** Canonical 二级 for a label, preferring the one under `parent` when several share it. */
  level2(label: string, parent: string | null): Level2Node | null;
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
