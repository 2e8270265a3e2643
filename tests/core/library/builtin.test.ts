import { readFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { builtinLibrary, builtinLibraryInfo } from "../../../src/core/library/builtin";
import { canonicalJson } from "../../../src/core/library/hash";
import * as library from "../../../src/core/library";

describe("builtinLibrary", () => {
  it("loads assets/library/builtin.json once and validates it", () => {
    const pkg = builtinLibrary();
    expect(builtinLibrary()).toBe(pkg);
    const raw = JSON.parse(readFileSync(join(__dirname, "../../../assets/library/builtin.json"), "utf8")) as { indicators: unknown[] };
    expect(pkg.indicators).toHaveLength(raw.indicators.length);
    expect(pkg.profiles.some((p) => p.id === pkg.meta.defaultProfile)).toBe(true);
  });

  it("reports identity and a hash that node:crypto agrees with", () => {
    const info = builtinLibraryInfo();
    const pkg = builtinLibrary();
    expect(info.identity).toBe(`${pkg.meta.id}@${pkg.meta.version}`);
    expect(info.hash).toBe(createHash("sha256").update(canonicalJson(pkg), "utf8").digest("hex"));
    expect(info.indicatorCount).toBe(pkg.indicators.length);
  });

  it("the index re-exports the contract names", () => {
    for (const name of [
      "loadLibrary", "parseLibraryText", "LibraryLoadError", "libraryHash", "libraryIdentity", "canonicalJson",
      "createSearchIndex", "diffLibraries", "createLibraryView", "normalizeName", "packageToSheets", "sheetsToPackage",
      "builtinLibrary", "builtinLibraryInfo",
    ]) {
      expect(typeof (library as Record<string, unknown>)[name]).toBe("function");
    }
    expect(library.LibraryPackageSchema.safeParse({}).success).toBe(false);
  });
});
