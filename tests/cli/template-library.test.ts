import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import builtinJson from "../../assets/library/builtin.json";
import { cli, tempDir } from "./helpers";
import { libraryHash, loadLibrary } from "../../src/core/library";
import { writeSpec } from "../fixtures/workbooks/spec";
import { selfEval10 } from "../fixtures/workbooks/layouts";

describe("jixiao template / score / library", () => {
  const dir = tempDir();
  const codes = (builtinJson as { indicators: { code: string }[] }).indicators.slice(0, 3).map((i) => i.code);

  it("writes a template with the chosen indicators, refuses to overwrite, and check reads it back as jixiao", async () => {
    const r = await cli(["template", "self-eval", "--indicators", codes.join(","), "-o", "t.xlsx"], dir);
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, "t.xlsx"))).toBe(true);
    const again = await cli(["template", "self-eval", "-o", "t.xlsx"], dir);
    expect(again.code).toBe(2);
    expect(again.err).toContain("--force");
    const forced = await cli(["template", "self-eval", "--indicators", codes.join(","), "-o", "t.xlsx", "--force"], dir);
    expect(forced.code).toBe(0);
    const c = await cli(["check", "t.xlsx", "--json"], dir);
    const obj = JSON.parse(c.out) as { files: { tables: { indicators: number; kind: string }[]; issues: { code: string }[] }[] };
    expect(obj.files[0]?.tables[0]).toMatchObject({ kind: "self-eval", indicators: 3 });
    expect(obj.files[0]?.issues.some((i) => i.code === "library/stale")).toBe(false);
    expect(obj.files[0]?.issues.some((i) => i.code.startsWith("recognize/"))).toBe(false);
  });

  it("unknown codes and kinds are clear errors with exit 2", async () => {
    const r = await cli(["template", "goal", "--indicators", "NOPE-1", "-o", "x.xlsx"], dir);
    expect(r.code).toBe(2);
    expect(r.err).toContain("NOPE-1");
    const k = await cli(["template", "budget", "-o", "x.xlsx"], dir);
    expect(k.code).toBe(2);
    expect(k.err).toMatch(/未知的模板类型/);
  });

  it("a workbook stamped with another library version gets a stale-library warning", async () => {
    const lib = JSON.parse(JSON.stringify(builtinJson)) as { meta: { version: string }; changelog: { version: string; date: string; summary: string }[] };
    lib.meta.version = "9.9.9";
    lib.changelog.push({ version: "9.9.9", date: "2030-01-01", summary: "测试" });
    writeFileSync(join(dir, "new.json"), JSON.stringify(lib));
    const c = await cli(["check", "t.xlsx", "--library", "new.json", "--json"], dir);
    const obj = JSON.parse(c.out) as { library: { version: string }; files: { issues: { code: string; severity: string; message: string }[] }[] };
    expect(obj.library.version).toBe("9.9.9");
    const stale = obj.files[0]?.issues.find((i) => i.code === "library/stale");
    expect(stale?.severity).toBe("warning");
    expect(stale?.message).toContain(`jixiao-builtin@${(builtinJson as { meta: { version: string } }).meta.version}`);
  });

  it("score prints rows, subtotals, total and grade", async () => {
    await writeSpec(selfEval10(), join(dir, "se.xlsx"));
    const r = await cli(["score", "se.xlsx", "--json"], dir);
    expect(r.code).toBe(0);
    const obj = JSON.parse(r.out) as { tables: { score: { rows: { name: string }[]; subtotals: { name: string }[]; total: number; grade: string } }[] };
    const s = obj.tables[0]!.score;
    expect(s.rows.map((x) => x.name)).toContain("新建供水管网");
    expect(s.subtotals.map((x) => x.name)).toEqual(["产出指标", "效益指标", "满意度指标"]);
    expect(s.total).toBeGreaterThan(90);
    expect(s.grade).toBe("优");
    const human = await cli(["score", "se.xlsx"], dir);
    expect(human.out).toMatch(/总分 [\d.]+\s+等级 优/);
  });

  it("library info, build both ways, and diff", async () => {
    const info = await cli(["library", "info", "--json"], dir);
    const i = JSON.parse(info.out) as { id: string; coverage: { total: number; byProjectType: Record<string, number>; quantitativeShare: number } };
    expect(i.id).toBe("jixiao-builtin");
    expect(i.coverage.total).toBeGreaterThan(0);
    expect(Object.keys(i.coverage.byProjectType)).toContain("培训");
    expect(i.coverage.quantitativeShare).toBeGreaterThan(0);

    writeFileSync(join(dir, "lib.json"), JSON.stringify(builtinJson));
    expect((await cli(["library", "build", "lib.json", "-o", "lib.xlsx"], dir)).code).toBe(0);
    const back = await cli(["library", "build", "lib.xlsx", "-o", "back.json"], dir);
    expect(back.code).toBe(0);
    const same = await cli(["library", "diff", "lib.json", "back.json", "--json"], dir);
    const d0 = JSON.parse(same.out) as { added: unknown[]; changed: unknown[]; retired: unknown[] };
    expect([d0.added.length, d0.changed.length, d0.retired.length]).toEqual([0, 0, 0]);
    // JSON -> workbook -> JSON gives the same package and hash, not merely no indicator changes.
    const original = loadLibrary(builtinJson);
    const roundTripped = loadLibrary(JSON.parse(readFileSync(join(dir, "back.json"), "utf8")));
    expect(roundTripped).toEqual(original);
    expect(libraryHash(roundTripped)).toBe(libraryHash(original));

    const edited = JSON.parse(readFileSync(join(dir, "back.json"), "utf8")) as { indicators: { code: string; unit: string; name: string }[] };
    const first = edited.indicators[0]!;
    first.unit = "件";
    const removed = edited.indicators.splice(1, 1)[0]!;
    writeFileSync(join(dir, "edited.json"), JSON.stringify(edited));
    const d = await cli(["library", "diff", "lib.json", "edited.json", "--json"], dir);
    const diff = JSON.parse(d.out) as { changed: { code: string; fields: string[] }[]; retired: { code: string; removed: boolean }[] };
    expect(diff.changed).toEqual([expect.objectContaining({ code: first.code, fields: ["unit"] })]);
    expect(diff.retired).toEqual([expect.objectContaining({ code: removed.code, removed: true })]);
  });

  it("help is Chinese by default and English with --lang en", async () => {
    const zh = await cli(["--help"], dir);
    expect(zh.code).toBe(0);
    expect(zh.out).toContain("绩效目标助手");
    const en = await cli(["check", "--help", "--lang", "en"], dir);
    expect(en.out).toContain("check workbooks");
  });
});
