import { foldQuery, foldText, HAN } from "./fold";
import type { Indicator } from "./schema";
import type { Tree } from "../profiles/schema";

export type SearchField = "name" | "code" | "keywords" | "explanation";

export interface SearchRange {
  field: SearchField;
  /** UTF-16 offsets into the original text (string.slice(start, end) is the matched part). */
  start: number;
  end: number;
  /** For field "keywords": which keyword. */
  index?: number;
}

export type MatchKind =
  | "code-exact"
  | "name-exact"
  | "name-prefix"
  | "name"
  | "code-prefix"
  | "pinyin"
  | "initials"
  | "keyword"
  | "explanation"
  | "filter";

/** Lower is better; the order the search promises. */
const RANK: Record<MatchKind, number> = {
  "code-exact": 0,
  "name-exact": 0,
  "name-prefix": 1,
  name: 2,
  "code-prefix": 2,
  pinyin: 3,
  initials: 4,
  keyword: 5,
  explanation: 6,
  filter: 7,
};

export interface SearchHit {
  indicator: Indicator;
  match: MatchKind;
  rank: number;
  ranges: SearchRange[];
}

type OneOrMany<T> = T | readonly T[];

export interface SearchFilters {
  /** First-level name or one of its aliases (aliases resolve when the index was given a tree). */
  level1?: OneOrMany<string>;
  level2?: OneOrMany<string>;
  generality?: "共性" | "个性";
  projectType?: OneOrMany<string>;
  sector?: OneOrMany<string>;
  tangshanType?: OneOrMany<string>;
  tangshanLayer?: OneOrMany<string>;
  deptDimension?: OneOrMany<string>;
  stage?: OneOrMany<string>;
  budgetManagement?: boolean;
  /** Default "active". */
  status?: "active" | "retired" | "all";
}

export interface SearchIndex {
  readonly size: number;
  search(query: string, filters?: SearchFilters, limit?: number): SearchHit[];
}

export interface SearchIndexOptions {
  /** The library tree, to resolve level filters given as aliases (效果指标 → 效益指标). */
  tree?: Tree;
}

interface Entry {
  ind: Indicator;
  order: number;
  name: string;
  code: string;
  keywords: string[];
  explanation: string;
  /** Global char position of name[0] in the per-char tables. */
  base: number;
}

interface Candidate {
  entry: Entry;
  match: MatchKind;
  start: number;
  ranges: SearchRange[];
}

/**
 * The raw readings of one Han character (toneless, ü written v, several for 多音字), as pinyin-pro gives them
 * with { toneType: "none", type: "array", multiple: true, v: true }. Passed in, so the task pane can use a
 * table computed at build time for the built-in library and load pinyin-pro only for a custom one.
 */
export type ReadingsOf = (ch: string) => readonly string[];

type CharInfo = { readings: string[]; initials: string };
// Per reader and distinct character: its readings (plus a u variant of v) and the letters they start with.
const charCaches = new WeakMap<ReadingsOf, Map<string, CharInfo>>();

function charInfo(ch: string, readingsOf: ReadingsOf): CharInfo {
  let cache = charCaches.get(readingsOf);
  if (!cache) charCaches.set(readingsOf, (cache = new Map()));
  const cached = cache.get(ch);
  if (cached) return cached;
  let readings: string[];
  if (HAN.test(ch)) {
    const raw = readingsOf(ch).map((r) => r.toLowerCase());
    const all = new Set<string>();
    for (const r of raw) {
      if (!/^[a-z]+$/.test(r)) continue;
      all.add(r);
      if (r.includes("v")) all.add(r.replace(/v/g, "u"));
    }
    readings = [...all];
  } else {
    const f = foldText(ch);
    readings = /^[a-z0-9]$/.test(f) ? [f] : [];
  }
  const initials = [...new Set(readings.map((r) => r[0] as string))].join("");
  const info = { readings, initials };
  cache.set(ch, info);
  return info;
}

const asList = (v: OneOrMany<string> | undefined): readonly string[] | undefined =>
  v === undefined ? undefined : typeof v === "string" ? [v] : (v as readonly string[]);

const SEP = "\u0001";

/** Many texts joined by a separator no query holds, so one native indexOf pass finds every match. */
interface Blob {
  text: string;
  starts: number[];
}

function makeBlob(parts: readonly string[]): Blob {
  const starts: number[] = [];
  let at = 1;
  for (const p of parts) {
    starts.push(at);
    at += p.length + 1;
  }
  return { text: SEP + parts.join(SEP) + SEP, starts };
}

/** Index of the part holding text offset `pos` (binary search over part starts). */
function partAt(blob: Blob, pos: number): number {
  let lo = 0;
  let hi = blob.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((blob.starts[mid] as number) <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Every match of q; `lead` skips a prefix of q (the separator of a "starts with" search) when placing it. */
function* occurrences(blob: Blob, q: string, lead = 0): Generator<{ part: number; offset: number }> {
  let pos = blob.text.indexOf(q);
  while (pos >= 0) {
    const part = partAt(blob, pos + lead);
    yield { part, offset: pos + lead - (blob.starts[part] as number) };
    pos = blob.text.indexOf(q, pos + 1);
  }
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildSearchIndex(indicators: readonly Indicator[], readingsOf: ReadingsOf, options: SearchIndexOptions = {}): SearchIndex {
  const entries: Entry[] = [];
  const readings: string[][] = [];
  const initials: string[] = [];
  /** Char positions by the first letter they can stand for. */
  const byInitial = new Map<string, number[]>();
  /** Char positions by the first letters of that char and the next one ("js" → 及 in 及时率). */
  const byInitialPair = new Map<string, number[]>();
  /** Char positions by each whole reading. */
  const byReading = new Map<string, number[]>();
  const owner: number[] = [];

  indicators.forEach((ind, order) => {
    const base = readings.length;
    entries.push({
      ind,
      order,
      name: foldText(ind.name),
      code: foldText(ind.code),
      keywords: ind.keywords.map(foldText),
      explanation: foldText(ind.explanation),
      base,
    });
    for (let i = 0; i < ind.name.length; i++) {
      const info = charInfo(ind.name.charAt(i), readingsOf);
      const g = readings.length;
      readings.push(info.readings);
      initials.push(info.initials);
      owner.push(order);
      for (const letter of info.initials) push(byInitial, letter, g);
      for (const r of info.readings) push(byReading, r, g);
      if (i > 0) {
        for (const a of initials[g - 1] as string) for (const b of info.initials) push(byInitialPair, a + b, g - 1);
      }
    }
  });
  const readingKeys = [...byReading.keys()];

  const names = makeBlob(entries.map((e) => e.name));
  const codes = makeBlob(entries.map((e) => e.code));
  const explanations = makeBlob(entries.map((e) => e.explanation));
  const kwOwner: number[] = [];
  const kwIndex: number[] = [];
  const kwParts: string[] = [];
  for (const e of entries) {
    e.keywords.forEach((k, i) => {
      kwParts.push(k);
      kwOwner.push(e.order);
      kwIndex.push(i);
    });
  }
  const keywords = makeBlob(kwParts);

  const alias1 = new Map<string, string>();
  const alias2 = new Map<string, string>();
  for (const l1 of options.tree ?? []) {
    for (const a of l1.aliases) alias1.set(a, l1.name);
    for (const l2 of l1.children) for (const a of l2.aliases) alias2.set(a, l2.name);
  }

  function makeFilter(f: SearchFilters | undefined): (e: Entry) => boolean {
    const status = f?.status ?? "active";
    if (!f || Object.keys(f).every((k) => k === "status")) {
      return status === "all" ? () => true : (e) => e.ind.status.state === status;
    }
    const l1 = asList(f.level1)?.map((v) => alias1.get(v) ?? v);
    const l2 = asList(f.level2)?.map((v) => alias2.get(v) ?? v);
    const pt = asList(f.projectType);
    const sec = asList(f.sector);
    const tt = asList(f.tangshanType);
    const tl = asList(f.tangshanLayer);
    const dd = asList(f.deptDimension);
    const st = asList(f.stage);
    const some = (have: readonly string[], want: readonly string[]): boolean => want.some((w) => have.includes(w));
    return (e) => {
      const ind = e.ind;
      const s = ind.scope;
      if (status !== "all" && ind.status.state !== status) return false;
      if (l1 && !l1.includes(alias1.get(ind.level1) ?? ind.level1)) return false;
      if (l2 && !l2.includes(alias2.get(ind.level2) ?? ind.level2)) return false;
      if (f.generality && s.generality !== f.generality) return false;
      if (pt && !some(s.projectTypes, pt)) return false;
      if (sec && !some(s.sectors, sec)) return false;
      if (tt && !(s.tangshan && some(s.tangshan.types, tt))) return false;
      if (tl && !(s.tangshan && tl.includes(s.tangshan.layer))) return false;
      if (dd && !(s.deptDimension && dd.includes(s.deptDimension))) return false;
      if (st && !some(s.stages, st)) return false;
      if (f.budgetManagement !== undefined && s.budgetManagement !== f.budgetManagement) return false;
      return true;
    };
  }

  /** True when reading r, longer than what is left of q, starts with that rest (a syllable being typed). */
  const continues = (r: string, q: string, qi: number): boolean => {
    for (let k = qi; k < q.length; k++) if (r.charCodeAt(k - qi) !== q.charCodeAt(k)) return false;
    return true;
  };

  /** Full pinyin from char g: every char consumes one whole reading; the last may be a prefix. */
  function matchFull(q: string, g: number, qi: number, end: number): number {
    if (qi === q.length) return g;
    if (g >= end) return -1;
    const rest = q.length - qi;
    for (const r of readings[g] as string[]) {
      if (r.length <= rest) {
        if (q.startsWith(r, qi)) {
          const got = matchFull(q, g + 1, qi + r.length, end);
          if (got >= 0) return got;
        }
      } else if (continues(r, q, qi)) return g + 1;
    }
    return -1;
  }

  /** Initials, or initials mixed with whole readings ("jshil"): each char consumes its first letter or a reading. */
  function matchMixed(q: string, g: number, qi: number, end: number): number {
    if (qi === q.length) return g;
    if (g >= end) return -1;
    if ((initials[g] as string).includes(q.charAt(qi))) {
      const got = matchMixed(q, g + 1, qi + 1, end);
      if (got >= 0) return got;
    }
    const rest = q.length - qi;
    for (const r of readings[g] as string[]) {
      if (r.length <= rest) {
        if (r.length > 1 && q.startsWith(r, qi)) {
          const got = matchMixed(q, g + 1, qi + r.length, end);
          if (got >= 0) return got;
        }
      } else if (continues(r, q, qi)) return g + 1;
    }
    return -1;
  }

  /**
   * Where a pinyin match can start. A query of two or more letters either begins with a whole reading of
   * the first char, or with its initial followed by something starting with the next char's initial.
   */
  function pinyinStarts(q: string): number[][] {
    if (q.length === 1) return [byInitial.get(q) ?? []];
    const lists = [byInitialPair.get(q.slice(0, 2)) ?? []];
    for (const r of readingKeys) {
      if (r.length <= q.length ? q.startsWith(r) : r.startsWith(q)) lists.push(byReading.get(r) as number[]);
    }
    return lists;
  }

  function search(query: string, filters?: SearchFilters, limit = 50): SearchHit[] {
    const allowed = makeFilter(filters);
    const q = foldQuery(query);
    // Control characters cannot occur in a query: they would match the blob separators.
    let compact = "";
    for (const ch of q) if (ch.charCodeAt(0) >= 0x20 && ch !== "'" && ch.trim() !== "") compact += ch;
    if (compact === "") {
      const out: SearchHit[] = [];
      for (const e of entries) {
        if (out.length >= limit) break;
        if (allowed(e)) out.push({ indicator: e.ind, match: "filter", rank: RANK.filter, ranges: [] });
      }
      return out;
    }

    const best = new Map<number, Candidate>();
    const offer = (c: Candidate): void => {
      const prev = best.get(c.entry.order);
      if (!prev || RANK[c.match] < RANK[prev.match] || (RANK[c.match] === RANK[prev.match] && c.start < prev.start)) {
        best.set(c.entry.order, c);
      }
    };
    const worthTrying = (order: number, match: MatchKind): Entry | undefined => {
      const prev = best.get(order);
      if (prev && RANK[prev.match] <= RANK[match]) return undefined;
      const e = entries[order] as Entry;
      return allowed(e) ? e : undefined;
    };

    const n = compact.length;
    for (const { part, offset } of occurrences(names, compact)) {
      const e = worthTrying(part, "name");
      if (!e) continue;
      const match: MatchKind = offset === 0 ? (e.name.length === n ? "name-exact" : "name-prefix") : "name";
      offer({ entry: e, match, start: offset, ranges: [{ field: "name", start: offset, end: offset + n }] });
    }
    for (const { part } of occurrences(codes, SEP + compact, 1)) {
      const e = worthTrying(part, "code-prefix");
      if (!e) continue;
      offer({ entry: e, match: e.code.length === n ? "code-exact" : "code-prefix", start: 0, ranges: [{ field: "code", start: 0, end: n }] });
    }
    for (const { part, offset } of occurrences(keywords, compact)) {
      const e = worthTrying(kwOwner[part] as number, "keyword");
      if (!e) continue;
      offer({ entry: e, match: "keyword", start: offset, ranges: [{ field: "keywords", index: kwIndex[part] as number, start: offset, end: offset + n }] });
    }
    for (const { part, offset } of occurrences(explanations, compact)) {
      const e = worthTrying(part, "explanation");
      if (!e) continue;
      offer({ entry: e, match: "explanation", start: offset, ranges: [{ field: "explanation", start: offset, end: offset + n }] });
    }

    if (/^[a-z0-9]+$/.test(compact)) {
      for (const starts of pinyinStarts(compact)) {
        for (const g of starts) {
          const e = worthTrying(owner[g] as number, "pinyin");
          if (!e) continue;
          const end = e.base + e.ind.name.length;
          const start = g - e.base;
          let stop = matchFull(compact, g, 0, end);
          if (stop >= 0) {
            offer({ entry: e, match: "pinyin", start, ranges: [{ field: "name", start, end: stop - e.base }] });
            continue;
          }
          const prev = best.get(e.order);
          if (prev && RANK[prev.match] <= RANK.initials && prev.start <= start) continue;
          stop = matchMixed(compact, g, 0, end);
          if (stop >= 0) offer({ entry: e, match: "initials", start, ranges: [{ field: "name", start, end: stop - e.base }] });
        }
      }
    }

    const hits = [...best.values()];
    hits.sort(
      (a, b) =>
        RANK[a.match] - RANK[b.match] ||
        Number(a.start > 0) - Number(b.start > 0) ||
        a.entry.ind.name.length - b.entry.ind.name.length ||
        a.entry.order - b.entry.order,
    );
    return hits.slice(0, limit).map((c) => ({ indicator: c.entry.ind, match: c.match, rank: RANK[c.match], ranges: c.ranges }));
  }

  return { size: entries.length, search };
}
