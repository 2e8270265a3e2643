import { createSearchIndex, type SearchIndex } from "../../core/library/search";
import type { LibraryPackage } from "../../core/library/schema";

const cache = new WeakMap<LibraryPackage, Promise<SearchIndex>>();

/** The library's search index, built after first paint (a macrotask later), once per library. */
export function indexFor(library: LibraryPackage): Promise<SearchIndex> {
  let p = cache.get(library);
  if (!p) {
    p = new Promise<void>((r) => setTimeout(r, 0)).then(() => createSearchIndex(library.indicators, { tree: library.tree }));
    cache.set(library, p);
  }
  return p;
}
