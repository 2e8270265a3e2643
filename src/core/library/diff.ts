import { canonicalJson } from "./hash";
import type { Indicator, LibraryPackage } from "./schema";

export interface RetiredIndicator {
  /** As it stands in the newer library, or as it was in the older one when removed outright. */
  indicator: Indicator;
  /** The indicator to use instead, when the newer library names one that it holds. */
  replacement?: Indicator;
  /** True when the indicator is missing from the newer library rather than marked retired. */
  removed: boolean;
}

export interface ChangedIndicator {
  code: string;
  name: string;
  /** Indicator fields that differ (name, unit, operator, explanation, bases, scope, ...). */
  fields: string[];
}

export interface LibraryDiff {
  added: Indicator[];
  retired: RetiredIndicator[];
  changed: ChangedIndicator[];
  /** meta keys that differ (version, issued, name, ...). */
  metaChanged: string[];
  /** Profile ids added, removed or changed. */
  profilesChanged: string[];
  treeChanged: boolean;
}

const same = (x: unknown, y: unknown): boolean => canonicalJson(x) === canonicalJson(y);

function differingKeys(a: object, b: object, skip: readonly string[] = []): string[] {
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(ra), ...Object.keys(rb)])].filter((k) => !skip.includes(k));
  return keys.filter((k) => !same(ra[k], rb[k]));
}

/** What changed from library `a` (older) to `b` (newer), keyed by indicator code. */
export function diffLibraries(a: LibraryPackage, b: LibraryPackage): LibraryDiff {
  const oldByCode = new Map(a.indicators.map((i) => [i.code, i]));
  const newByCode = new Map(b.indicators.map((i) => [i.code, i]));
  const added: Indicator[] = [];
  const retired: RetiredIndicator[] = [];
  const changed: ChangedIndicator[] = [];

  for (const ind of b.indicators) {
    const before = oldByCode.get(ind.code);
    const nowRetired = ind.status.state === "retired";
    if (!before) {
      if (!nowRetired) added.push(ind);
      continue;
    }
    const newlyRetired = nowRetired && before.status.state !== "retired";
    if (newlyRetired && ind.status.state === "retired") {
      const code = ind.status.replacement;
      const replacement = code ? newByCode.get(code) : undefined;
      retired.push({ indicator: ind, removed: false, ...(replacement ? { replacement } : {}) });
    }
    const fields = differingKeys(before, ind, newlyRetired ? ["status"] : []);
    if (fields.length > 0) changed.push({ code: ind.code, name: ind.name, fields });
  }
  for (const ind of a.indicators) {
    if (!newByCode.has(ind.code) && ind.status.state !== "retired") retired.push({ indicator: ind, removed: true });
  }

  const oldProfiles = new Map(a.profiles.map((p) => [p.id, p]));
  const newProfiles = new Map(b.profiles.map((p) => [p.id, p]));
  const profilesChanged = [...new Set([...oldProfiles.keys(), ...newProfiles.keys()])].filter(
    (id) => !same(oldProfiles.get(id), newProfiles.get(id)),
  );

  return {
    added,
    retired,
    changed,
    metaChanged: differingKeys(a.meta, b.meta),
    profilesChanged,
    treeChanged: !same(a.tree, b.tree),
  };
}
