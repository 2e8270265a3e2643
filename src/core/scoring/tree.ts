import type { Profile, TreeLevel1 } from "../profiles/schema";
import { toHalfWidth } from "../values/normalize";

const key = (s: string): string => toHalfWidth(s).replace(/\s+/g, "");

/** Canonical first and second level names, so 效果指标 counts as 效益指标 and 环境效益 as 生态效益指标. */
export interface TreeResolver {
  level1(name: string): { name: string; node?: TreeLevel1 };
  level2(level1: string, name: string): string;
}

export function createTreeResolver(profile: Profile): TreeResolver {
  const l1 = new Map<string, TreeLevel1>();
  const l2ByL1 = new Map<string, Map<string, string>>();
  const l2Any = new Map<string, string>();
  for (const node of profile.tree) {
    for (const n of [node.name, ...node.aliases]) l1.set(key(n), node);
    const children = new Map<string, string>();
    for (const c of node.children) {
      for (const n of [c.name, ...c.aliases]) {
        children.set(key(n), c.name);
        if (!l2Any.has(key(n))) l2Any.set(key(n), c.name);
      }
    }
    l2ByL1.set(node.name, children);
  }
  return {
    level1(name) {
      const node = l1.get(key(name));
      return node ? { name: node.name, node } : { name: name.trim() };
    },
    level2(level1, name) {
      const k = key(name);
      return l2ByL1.get(level1)?.get(k) ?? l2Any.get(k) ?? name.trim();
    },
  };
}
