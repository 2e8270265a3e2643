import type { Issue } from "../checks/types";
import type { LibraryPackage } from "../library/schema";
import type { LibraryStamp } from "../table/table";

/**
 * A template stamped with another library, or another version (or content) of this one. A different
 * library is information; an older version of the same one means the template should be refreshed.
 */
export function staleIssue(stamp: LibraryStamp, library: LibraryPackage, hash: () => string, sheet: string): Issue | null {
  const lib = library.meta;
  const sameId = stamp.libraryId === lib.id;
  if (sameId && stamp.version === lib.version && (!stamp.hash || stamp.hash === hash())) return null;
  return {
    code: "library/stale",
    severity: sameId ? "warning" : "info",
    sheet,
    params: { kind: sameId ? "older-version" : "other-library", stamp: `${stamp.libraryId}@${stamp.version}`, current: `${lib.id}@${lib.version}` },
  };
}
