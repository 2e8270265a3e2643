import { LibraryLoadError, loadLibrary, parseLibraryText } from "../../../src/core/library/load";
import { samplePackage } from "./fixtures";
import { libraryProblemText } from "../../../src/core/messages/library";
import type { LibraryProblem } from "../../../src/core/library/problems";

/** A problem's text as each face shows it: from the catalogue, by code. */
const zh = (p: LibraryProblem | undefined): string => (p ? libraryProblemText(p) : "");
const en = (p: LibraryProblem | undefined): string => (p ? libraryProblemText(p, "en") : "");

function loadError(input: unknown): LibraryLoadError {
  try {
    loadLibrary(input);
  } catch (e) {
    if (e instanceof LibraryLoadError) return e;
    throw e;
  }
  throw new Error("expected loadLibrary to throw");
}

describe("loadLibrary", () => {
  it("accepts a valid package and fills defaults", () => {
    const pkg = loadLibrary(samplePackage());
    expect(pkg.indicators).toHaveLength(5);
    expect(pkg.indicators[4]?.status).toEqual({ state: "active" });
    expect(pkg.indicators[4]?.scope.stages).toEqual(["绩效目标", "事后评价"]);
    expect(pkg.changelog[1]?.added).toEqual([]);
  });

  it("lists every problem with its path, in Chinese and English", () => {
    const raw = samplePackage() as unknown as { indicators: Record<string, unknown>[]; meta: Record<string, unknown> };
    delete raw.indicators[1]!.unit;
    raw.indicators[2]!.kind = "mixed";
    raw.meta.version = "v1";
    const err = loadError(raw);
    expect(err).toBeInstanceOf(Error);
    expect(err.name).toBe("LibraryLoadError");
    const paths = err.problems.map((p) => p.path).sort();
    expect(paths).toEqual(["indicators[1].unit", "indicators[2].kind", "meta.version"]);
    expect(err.message).toMatch(/^指标库文件不符合格式，共 3 处问题：/);
    expect(err.message).toContain("The library file does not match the format (3 problems):");
    expect(err.message.indexOf("指标库文件")).toBeLessThan(err.message.indexOf("The library file"));
    for (const p of err.problems) {
      expect(err.message).toContain(`- ${p.path}：${zh(p)}`);
      expect(err.message).toContain(`- ${p.path}: ${en(p)}`);
      expect(zh(p)).toMatch(/[\u4e00-\u9fff]/);
      expect(en(p)).toMatch(/[A-Za-z]/);
    }
    const unit = err.problems.find((p) => p.path === "indicators[1].unit");
    expect(zh(unit)).toContain("缺少必填项");
    const kind = err.problems.find((p) => p.path === "indicators[2].kind");
    expect(zh(kind)).toContain('"quantitative"、"qualitative"');
    const version = err.problems.find((p) => p.path === "meta.version");
    expect(zh(version)).toContain("语义化版本号");
    expect(en(version)).toContain("semver");
  });

  it("translates wrong types, too-small values and regex faults", () => {
    const raw = samplePackage() as unknown as { indicators: Record<string, unknown>[]; profiles: unknown[] };
    raw.indicators[0]!.weightHint = "十";
    raw.indicators[0]!.bases = [];
    raw.indicators[0]!.status = { state: "retired", date: "2025/1/1" };
    const err = loadError(raw);
    const byPath = new Map(err.problems.map((p) => [p.path, p]));
    expect(zh(byPath.get("indicators[0].weightHint"))).toBe("类型不对：应为数字，实际是文本");
    expect(zh(byPath.get("indicators[0].bases"))).toBe("至少需要 1 项");
    expect(zh(byPath.get("indicators[0].status.date"))).toMatch(/^格式不对/);
  });

  it("reports schema-level checks such as duplicate codes", () => {
    const raw = samplePackage();
    raw.indicators[1] = { ...raw.indicators[1]!, code: "GX-SX-001" };
    const err = loadError(raw);
    expect(err.problems).toHaveLength(1);
    expect(err.problems[0]?.path).toBe("indicators[1].code");
    expect(zh(err.problems[0])).toContain("指标编码重复");
    expect(en(err.problems[0])).toContain("duplicate code");
  });

  it("rejects something that is not a library at all", () => {
    const err = loadError([1, 2]);
    expect(err.problems).toHaveLength(1);
    expect(err.problems[0]?.path).toBe("");
    expect(err.message).toContain("（整个文件）");
  });
});

describe("parseLibraryText", () => {
  it("parses text with a BOM", () => {
    expect(parseLibraryText(`\uFEFF${JSON.stringify(samplePackage())}`).meta.id).toBe("sample-lib");
  });

  it("explains bad JSON with a line number", () => {
    expect(() => parseLibraryText('{\n  "format": "jixiao-library/1",\n  oops\n}')).toThrow(/不是有效的 JSON（第 3 行/);
    expect(() => parseLibraryText("{")).toThrow(/not valid JSON/);
  });
});
