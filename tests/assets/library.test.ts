import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { assembleLibrary, serializeLibrary, BUILTIN_PATH, LibraryBuildError, ROOT } from "../../scripts/build-library";
import { loadLibrary } from "../../src/core/library/load";
import { builtinLibrary } from "../../src/core/library/builtin";
import { DEPT_DIMENSIONS, PROJECT_TYPES, SECTORS, TANGSHAN_TYPES, type LibraryPackage } from "../../src/core/library/schema";
import { parseTarget } from "../../src/core/values/parse";
import { directionOf } from "../../src/core/values/types";
import { COVERAGE_CATEGORIES, libraryCoverage } from "./coverage";

const raw: unknown = JSON.parse(fs.readFileSync(BUILTIN_PATH, "utf8"));
const pkg: LibraryPackage = loadLibrary(raw);
const cov = libraryCoverage(pkg);

/** Every string in a value with its JSON path, to find blanks anywhere in the package. */
function strings(value: unknown, at: string, out: { path: string; text: string }[] = []): { path: string; text: string }[] {
  if (typeof value === "string") out.push({ path: at, text: value });
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${at}[${i}]`, out));
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) strings(v, `${at}.${k}`, out);
  return out;
}

describe("built-in indicator library (assets/library/builtin.json)", () => {
  test("is exactly what scripts/build-library.ts produces from the fragments (run npm run library:build)", () => {
    const rebuilt = serializeLibrary(assembleLibrary());
    expect(fs.readFileSync(BUILTIN_PATH, "utf8")).toBe(rebuilt);
  });

  test("is valid and already what the schema makes of it, so the program may take it as it is at run time", () => {
    // builtinLibrary() skips the schema pass; this is the guarantee it relies on.
    expect(JSON.parse(JSON.stringify(loadLibrary(raw)))).toEqual(raw);
    expect(builtinLibrary()).toEqual(pkg);
  });

  test("carries meta, the national-2020 tree and the three profiles", () => {
    expect(pkg.format).toBe("jixiao-library/1");
    expect(pkg.meta.id).toBe("jixiao-builtin");
    expect(pkg.meta.defaultProfile).toBe("national-2020");
    expect(pkg.profiles.map((p) => p.id)).toEqual(["national-2020", "sichuan-90", "central-2021", "hubei-20"]);
    expect(pkg.tree).toEqual(pkg.profiles[0]?.tree);
    expect(pkg.changelog.some((c) => c.version === pkg.meta.version)).toBe(true);
  });

  test("holds at least 400 indicators", () => {
    expect(cov.total).toBeGreaterThanOrEqual(400);
  });

  test.each([...PROJECT_TYPES])("project type %s has ≥ 11 indicators across every heading", (type) => {
    const g = cov.byProjectType[type];
    expect(g?.total ?? 0).toBeGreaterThanOrEqual(11);
    const missing = COVERAGE_CATEGORIES.filter((c) => (g?.byCategory[c] ?? 0) === 0);
    expect(missing).toEqual([]);
    expect(g?.byCategory["数量"]).toBeGreaterThanOrEqual(2);
    expect(g?.byCategory["质量"]).toBeGreaterThanOrEqual(2);
    expect(g?.byCategory["成本"]).toBeGreaterThanOrEqual(2);
    expect(g?.byCategory["效益"]).toBeGreaterThanOrEqual(3);
  });

  test("at least 10 sectors have ≥ 10 indicators each", () => {
    const rich = SECTORS.filter((s) => (cov.bySector[s]?.total ?? 0) >= 10);
    expect(rich.length).toBeGreaterThanOrEqual(10);
  });

  test.each([...TANGSHAN_TYPES])("Tangshan type %s has ≥ 5 indicators, each with a layer", (type) => {
    const t = cov.byTangshanType[type];
    expect(t?.total ?? 0).toBeGreaterThanOrEqual(5);
    expect(t?.withLayer).toBe(t?.total);
  });

  test.each([...DEPT_DIMENSIONS])("department dimension %s has ≥ 6 indicators", (dim) => {
    expect(cov.byDeptDimension[dim] ?? 0).toBeGreaterThanOrEqual(6);
  });

  test("budget execution and fund management has ≥ 12 indicators", () => {
    expect(cov.budgetManagement).toBeGreaterThanOrEqual(12);
  });

  test("at least 70% of the library is quantitative", () => {
    expect(cov.quantitativeShare).toBeGreaterThanOrEqual(0.7);
  });

  test("no string is blank (a qualitative indicator's unit excepted)", () => {
    const blanks = strings(pkg, "$").filter(({ path, text }) => {
      if (text.trim() !== "") return false;
      const m = /^\$\.indicators\[(\d+)\]\.unit$/.exec(path);
      return !(m && pkg.indicators[Number(m[1])]?.kind === "qualitative");
    });
    expect(blanks.map((b) => b.path)).toEqual([]);
  });

  test("every rate (unit %) states its formula as an equation", () => {
    const rates = pkg.indicators.filter((i) => i.unit === "%");
    expect(rates.length).toBeGreaterThan(0);
    expect(rates.filter((i) => !i.formula).map((i) => i.code)).toEqual([]);
    expect(rates.filter((i) => !/[=＝]/.test(i.formula ?? "")).map((i) => i.code)).toEqual([]);
  });

  test("every quantitative example reads as a target pointing the indicator's way", () => {
    // A bare "100%" reads as ≥, which scores like "=" under a positive equality rule, so those pair up.
    const agree = (a: string, b: string): boolean => a === b || (a === "equality" && b === "positive") || (a === "positive" && b === "equality");
    const wrong = pkg.indicators
      .filter((i) => i.kind === "quantitative" && i.example !== undefined)
      .filter((i) => {
        const r = parseTarget(i.example ?? "");
        if (!r.ok || r.value.kind !== "quantitative") return true;
        if (r.value.isDate) return i.unit !== "日期";
        return !agree(directionOf(i.operator), directionOf(r.value.operator));
      })
      .map((i) => `${i.code} ${i.operator} ${i.example ?? ""}`);
    expect(wrong).toEqual([]);
  });

  test("codes are unique and names are unique within each second level", () => {
    const codes = pkg.indicators.map((i) => i.code);
    expect(codes.filter((c, i) => codes.indexOf(c) !== i)).toEqual([]);
    const keys = pkg.indicators.map((i) => `${i.level1}/${i.level2}/${i.name}`);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  test("every indicator sits on the library's tree", () => {
    const allowed = new Set(pkg.tree.flatMap((l1) => l1.children.map((l2) => `${l1.name}/${l2.name}`)));
    expect(pkg.indicators.filter((i) => !allowed.has(`${i.level1}/${i.level2}`)).map((i) => i.code)).toEqual([]);
  });

  test("every qualitative indicator words its tiers, and no quantitative one needs them", () => {
    const qual = pkg.indicators.filter((i) => i.kind === "qualitative");
    expect(qual.filter((i) => !i.tiers || i.tiers.length < 2).map((i) => i.code)).toEqual([]);
    expect(pkg.indicators.filter((i) => i.kind === "quantitative" && i.operator === "text").map((i) => i.code)).toEqual([]);
  });
});

describe("build-library", () => {
  test("lists every schema problem with the fragment file and field", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "jixiao-lib-"));
    fs.mkdirSync(path.join(dir, "assets", "library", "indicators"), { recursive: true });
    fs.mkdirSync(path.join(dir, "assets", "profiles"), { recursive: true });
    for (const f of fs.readdirSync(path.join(ROOT, "assets/profiles"))) fs.copyFileSync(path.join(ROOT, "assets/profiles", f), path.join(dir, "assets/profiles", f));
    for (const f of ["meta.json", "changelog.json"]) fs.copyFileSync(path.join(ROOT, "assets/library", f), path.join(dir, "assets/library", f));
    const good = pkg.indicators[0];
    const bad = { ...good, code: "bad code", unit: "", kind: "quantitative" };
    fs.writeFileSync(path.join(dir, "assets/library/indicators/a.json"), JSON.stringify([good, bad]));
    let caught: unknown;
    try {
      assembleLibrary(dir);
    } catch (e) {
      caught = e;
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    expect(caught).toBeInstanceOf(LibraryBuildError);
    const problems = (caught as LibraryBuildError).problems.map((p) => p.path);
    expect(problems).toEqual(expect.arrayContaining(["assets/library/indicators/a.json[1].code", "assets/library/indicators/a.json[1].unit"]));
    expect((caught as Error).message).toContain("a.json[1].code");
  });
});
