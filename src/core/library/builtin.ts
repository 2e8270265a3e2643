import builtinJson from "../../../assets/library/builtin.json";
import { libraryHash, libraryIdentity } from "./hash";
import type { LibraryPackage } from "./schema";

let cached: LibraryPackage | undefined;
let cachedInfo: BuiltinLibraryInfo | undefined;

/**
 * The library shipped with Jixiao. It is part of the program, not outside input: it is validated when
 * it is built (`npm run library:build`) and by the tests, which assert that builtin.json is exactly what
 * the schema makes of it (defaults applied). So at run time it is taken as it is, and every `jixiao`
 * start and every pane load is spared the schema pass (tens of milliseconds). Imported libraries are
 * always validated (loadLibrary).
 */
export function builtinLibrary(): LibraryPackage {
  cached ??= builtinJson as unknown as LibraryPackage;
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
