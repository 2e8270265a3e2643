import type { LibraryPackage } from "../../core/library/schema";

/** Set by webpack: the address of build/pane/builtin.json as served (content-hashed, so cached for good). */
declare const __JIXIAO_BUILTIN__: string | undefined;

export interface BuiltinAssets {
  library: LibraryPackage;
  /** Readings of every character of the built-in indicator names, computed at build time. */
  readings: Record<string, string[]>;
}

let pending: Promise<LibraryPackage> | undefined;
/** Reading tables by library, so the search index of the built-in library needs no pinyin-pro. */
export const readingTables = new WeakMap<LibraryPackage, Record<string, string[]>>();

function fetchBuiltin(url: string, fetcher: typeof fetch): Promise<LibraryPackage> {
  return fetcher(new URL(url, document.baseURI).href)
    .then((r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status}: ${url}`);
      return r.json() as Promise<BuiltinAssets>;
    })
    .then((a) => {
      readingTables.set(a.library, a.readings);
      return a.library;
    });
}

/**
 * The built-in library, fetched after first paint as its own file. It was validated when the add-in was
 * built (scripts/build-pane-assets.ts), so the pane does not run the schema over it again. Outside a webpack
 * build (jest) the core's copy is used. Once: every caller shares the promise.
 */
export function loadBuiltin(fetcher: typeof fetch = (...a) => fetch(...a)): Promise<LibraryPackage> {
  // A constant condition in a webpack build (DefinePlugin), so the core's copy is not even bundled there.
  pending ??=
    typeof __JIXIAO_BUILTIN__ === "string"
      ? fetchBuiltin(__JIXIAO_BUILTIN__, fetcher)
      : import("../../core/library/builtin.js").then((m) => m.builtinLibrary());
  pending.catch(() => (pending = undefined));
  return pending;
}
