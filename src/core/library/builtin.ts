import builtinJson from "../../../assets/library/builtin.json";
import { libraryHash, libraryIdentity } from "./hash";
import { loadLibrary } from "./load";
import type { LibraryPackage } from "./schema";

let cached: LibraryPackage | undefined;
let cachedInfo: BuiltinLibraryInfo | undefined;

/** The library shipped with Jixiao, validated like any imported file (once per process). */
export function builtinLibrary(): LibraryPackage {
  cached ??= loadLibrary(builtinJson);
  return cached;
}

export interface BuiltinLibraryInfo {
  id: string;
  version: string;
  /** "id@version" */
  identity: string;
  hash: string;
  name: string;
  indicatorCount: number;
}

export function builtinLibraryInfo(): BuiltinLibraryInfo {
  if (!cachedInfo) {
    const pkg = builtinLibrary();
    cachedInfo = {
      id: pkg.meta.id,
      version: pkg.meta.version,
      identity: libraryIdentity(pkg),
      hash: libraryHash(pkg),
      name: pkg.meta.name,
      indicatorCount: pkg.indicators.length,
    };
  }
  return cachedInfo;
}
