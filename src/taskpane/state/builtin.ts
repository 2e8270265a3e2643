import type { LibraryPackage } from "../../core/library/schema";

let pending: Promise<LibraryPackage> | undefined;

/**
 * The built-in library, loaded after first paint as its own chunk (cacheable, and not in the first download).
 * Once: every caller shares the promise.
 */
export function loadBuiltin(): Promise<LibraryPackage> {
  pending ??= import("../../core/library/builtin.js").then((m) => m.builtinLibrary());
  return pending;
}
