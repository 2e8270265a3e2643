import { factsFor } from "../../facts";
import { ALL_STAGES, rowFinding } from "../../finding";
import type { Finding, LibraryView, Rule } from "../../types";

const suggestions = new WeakMap<LibraryView, Map<string, string>>();

/** Suggestions per view and name: live re-checks and batches ask for the same names again. */
function suggestFor(lib: LibraryView, name: string): string {
  let cache = suggestions.get(lib);
  if (!cache) {
    cache = new Map();
    suggestions.set(lib, cache);
  }
  let hit = cache.get(name);
  if (hit === undefined) {
    hit = [...new Set(lib.suggest(name, 3).map((i) => i.name))].slice(0, 3).join("、");
    if (cache.size >= 20000) cache.clear();
    cache.set(name, hit);
  }
  return hit;
}

/**
 * Neither the name nor the code is in the library: offer the closest indicators by name. A warning on
 * a table made from a library (a Jixiao template, stamped); on a department's own form, which nobody
 * built from this library, a note: otherwise every row of a real form would carry a warning.
 */
export const libraryUnknown: Rule = {
  code: "library/unknown",
  defaultSeverity: "warning",
  stages: ALL_STAGES,
  needsLibrary: true,
  check(ctx) {
    const facts = factsFor(ctx);
    const lib = ctx.library;
    if (!lib) return [];
    const out: Finding[] = [];
    for (const f of facts.named()) {
      if (facts.libraryMatch(f)) continue;
      const names = suggestFor(lib, f.name);
      const severity = ctx.table.meta.stamp ? {} : { severity: "info" as const };
      out.push(rowFinding("library/unknown", f, f.row.name, names ? { suggestions: names } : {}, severity));
    }
    return out;
  },
};
