import { buildSearchIndex, type ReadingsOf, type SearchIndex } from "../../core/library/search-index";
import type { LibraryPackage } from "../../core/library/schema";
import { readingTables } from "./builtin";

const cache = new WeakMap<LibraryPackage, Promise<SearchIndex>>();

/**
 * The library's search index, built after first paint (a macrotask later), once per library. The built-in
 * library brings its readings; any other library loads pinyin-pro (its own chunk) first.
 */
export function indexFor(library: LibraryPackage): Promise<SearchIndex> {
  let p = cache.get(library);
  if (!p) {
    const table = readingTables.get(library);
    const reader: Promise<ReadingsOf> = table
      ? Promise.resolve((ch: string) => table[ch] ?? [])
      : import("../../core/library/search.js").then((m) => m.pinyinReadings);
    p = reader.then((readingsOf) => new Promise<SearchIndex>((r) => setTimeout(() => r(buildSearchIndex(library.indicators, readingsOf, { tree: library.tree })), 0)));
    cache.set(library, p);
  }
  return p;
}
