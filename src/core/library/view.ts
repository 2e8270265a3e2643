import type { LibraryView } from "../checks/types";
import type { Indicator, LibraryPackage } from "./schema";

/**
 * The key names are compared by: NFKC (full-width letters, digits and brackets → half-width),
 * 【】〔〕［］[] → (), no whitespace, Latin lower case. "培训 出勤率（%）" → "培训出勤率(%)".
 */
export function normalizeName(s: string): string {
  return s
    .normalize("NFKC")
    .replace(/[【〔［[]/g, "(")
    .replace(/[】〕］\]]/g, ")")
    .replace(/\s+/g, "")
    .toLowerCase();
}

function grams(s: string): string[] {
  const chars = Array.from(s);
  if (chars.length < 2) return chars;
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(`${chars[i]}${chars[i + 1]}`);
  return out;
}

/** Dice coefficient over character bigram multisets. */
export function diceSimilarity(a: string, b: string): number {
  const ga = grams(normalizeName(a));
  const gb = grams(normalizeName(b));
  if (ga.length + gb.length === 0) return 0;
  return (2 * sharedCount(ga, gb)) / (ga.length + gb.length);
}

function sharedCount(ga: readonly string[], gb: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const g of ga) counts.set(g, (counts.get(g) ?? 0) + 1);
  let shared = 0;
  for (const g of gb) {
    const c = counts.get(g) ?? 0;
    if (c > 0) {
      shared++;
      counts.set(g, c - 1);
    }
  }
  return shared;
}

/** Suggestions below this similarity are noise rather than help. */
const MIN_SIMILARITY = 0.3;

export function createLibraryView(pkg: LibraryPackage): LibraryView {
  const byCode = new Map<string, Indicator>();
  const byName = new Map<string, Indicator[]>();
  for (const ind of pkg.indicators) {
    byCode.set(ind.code, ind);
    const key = normalizeName(ind.name);
    const list = byName.get(key);
    if (list) list.push(ind);
    else byName.set(key, [ind]);
  }

  // Only active indicators are offered: suggesting a retired one would send the user to another warning.
  const candidates = pkg.indicators
    .filter((i) => i.status.state === "active")
    .map((ind, order) => ({ ind, order, grams: grams(normalizeName(ind.name)) }));
  const posting = new Map<string, number[]>();
  candidates.forEach((c, i) => {
    for (const g of new Set(c.grams)) {
      const list = posting.get(g);
      if (list) list.push(i);
      else posting.set(g, [i]);
    }
  });

  function suggest(name: string, limit = 3): Indicator[] {
    const q = grams(normalizeName(name));
    if (q.length === 0) return [];
    const touched = new Set<number>();
    for (const g of new Set(q)) for (const i of posting.get(g) ?? []) touched.add(i);
    const scored: { score: number; c: (typeof candidates)[number] }[] = [];
    for (const i of touched) {
      const c = candidates[i] as (typeof candidates)[number];
      const score = (2 * sharedCount(q, c.grams)) / (q.length + c.grams.length);
      if (score >= MIN_SIMILARITY) scored.push({ score, c });
    }
    scored.sort((x, y) => y.score - x.score || x.c.ind.name.length - y.c.ind.name.length || x.c.order - y.c.order);
    return scored.slice(0, limit).map((s) => s.c.ind);
  }

  return { pkg, byCode, byName, suggest };
}
