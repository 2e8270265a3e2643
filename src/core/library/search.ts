import { pinyin } from "pinyin-pro";
import { buildSearchIndex, type ReadingsOf, type SearchIndex, type SearchIndexOptions } from "./search-index";
import type { Indicator } from "./schema";

export * from "./search-index";

/** Readings from pinyin-pro: every reading of a 多音字, toneless, ü as v. */
export const pinyinReadings: ReadingsOf = (ch) => pinyin(ch, { toneType: "none", type: "array", multiple: true, v: true });

/** The search index with pinyin-pro's readings (the CLI and tests); the task pane passes its own reader. */
export function createSearchIndex(indicators: readonly Indicator[], options: SearchIndexOptions = {}): SearchIndex {
  return buildSearchIndex(indicators, pinyinReadings, options);
}
