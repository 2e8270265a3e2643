import { createHash } from "node:crypto";
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { writeAllLayouts } from "../fixtures/workbooks/write-all";
import { cli, tempDir } from "./helpers";

const sha = (p: string): string => createHash("sha256").update(readFileSync(p)).digest("hex");

describe("jixiao check", () => {
  let dir: string;
  let paths: Awaited<ReturnType<typeof writeAllLayouts>>;
  beforeAll(async () => {
    dir = tempDir();
    mkdirSync(join(dir, "in"));
    paths = await writeAllLayouts(join(dir, "in"));
    writeFileSync(join(dir, "in", "~$锁文件.xlsx"), "lock");
  });

  it("--json prints one object with library, tables, scores and issues; exit 1 on errors", async () => {
    const r = await cli(["check", paths.selfEval10, paths.goal88, "--json"], dir);
    expect(r.err).toBe("");
    const obj = JSON.parse(r.out) as {
      library: { id: string; version: string; hash: string; profile: string };
      files: { file: string; tables: { sheet: string; kind: string; indicators: number; score: { total: number; grade: string; rows: unknown[]; budget: { score: number } } | null }[]; issues: { code: string; severity: string; sheet: string; cell: string | null; message: string }[] }[];
    };
    expect(obj.library).toMatchObject({ id: "jixiao-builtin", profile: "national-2020" });
    expect(obj.library.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(obj.files.map((f) => f.file)).toEqual(["in/10号-自评表.xlsx", "in/88号-阳泉.xlsx"]);
    const se = obj.files[0]!.tables[0]!;
    expect(se).toMatchObject({ sheet: "自评表", kind: "self-eval", indicators: 7 });
    expect(se.score?.rows).toHaveLength(7);
    expect(se.score?.budget.score).toBeCloseTo(9.5, 5);
    expect(se.score?.grade).toBe("优");
    expect(obj.files[1]!.tables[0]!.score).toBeNull();
    const skipped = obj.files[1]!.issues.find((i) => i.code === "recognize/block-skipped");
    expect(skipped).toMatchObject({ severity: "info", sheet: "申报表", cell: "C10" });
    expect(obj.files[1]!.issues.every((i) => typeof i.message === "string" && i.message.length > 0)).toBe(true);
    expect(r.code).toBe(obj.files.some((f) => f.issues.some((i) => i.severity === "error")) ? 1 : 0);
  });

  it("walks a directory (skipping ~$ lock files) over the worker pool in a stable order, never modifying inputs", async () => {
    const before = Object.values(paths).map(sha);
    const seq = await cli(["check", "in", "--json", "--jobs", "1"], dir);
    // --jobs is bounded by the cores (issue 10); every core this machine has is the widest pool allowed.
    const par = await cli(["check", "in", "--json", "--jobs", String(availableParallelism())], dir);
    const a = JSON.parse(seq.out) as { files: { file: string }[] };
    const b = JSON.parse(par.out) as { files: { file: string }[] };
    expect(a.files.map((f) => f.file)).toEqual([...a.files.map((f) => f.file)].sort());
    expect(a.files.some((f) => f.file.includes("~$"))).toBe(false);
    expect(a.files).toHaveLength(Object.keys(paths).length);
    expect(b).toEqual(a);
    expect(Object.values(paths).map(sha)).toEqual(before);
  });

  it("an unreadable file gets an error entry and exit code 2", async () => {
    writeFileSync(join(dir, "坏.xlsx"), "not a zip");
    const r = await cli(["check", "坏.xlsx", paths.hubei, "--json"], dir);
    expect(r.code).toBe(2);
    const obj = JSON.parse(r.out) as { files: { file: string; error?: string; tables: unknown[] }[] };
    expect(obj.files[0]?.error).toMatch(/坏\.xlsx/);
    expect(obj.files[1]?.tables).toHaveLength(1);
  });

  it("exit 0 when no issue is an error; human output names file, table and score", async () => {
    const r = await cli(["check", paths.selfEval10], dir);
    expect(r.out).toContain("10号-自评表.xlsx");
    expect(r.out).toMatch(/表 自评表 \(self-eval, 7 项指标, 规则 national-2020\)\s+得分 [\d.]+ 优/);
    expect(r.code).toBe(/\[错误\]/.test(r.out) ? 1 : 0);
  });

  it("--report writes 说明, 汇总, 按主管部门 and 问题清单 with autofilter and a frozen header", async () => {
    const out = join(dir, "审核.xlsx");
    await cli(["check", "in", "--report", out, "--jobs", "1"], dir);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const sum = wb.getWorksheet("汇总")!;
    const list = wb.getWorksheet("问题清单")!;
    expect(wb.worksheets.map((w) => w.name)).toEqual(["说明", "汇总", "按主管部门", "问题清单"]);
    expect(sum.getRow(1).getCell(2).value).toBe("文件名");
    // one row per table: 淮南 and 两表一页 hold two tables each
    expect(sum.rowCount - 1).toBe(Object.keys(paths).length + 2);
    expect(list.autoFilter).toBeDefined();
    expect(list.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const cells = list.getColumn(5).values.filter(Boolean);
    expect(cells.length).toBeGreaterThan(5);
  });

  it("wrong arguments exit 2 with one line and no stack", async () => {
    const r = await cli(["check"], dir);
    expect(r.code).toBe(2);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).not.toMatch(/at .*\.ts:\d+/);
    const p = await cli(["check", paths.hubei, "--profile", "nope"], dir);
    expect(p.code).toBe(2);
    expect(p.err).toMatch(/^错误: 未知的规则配置/);
  });

  it("--lang en and JIXIAO_LANG switch messages to English", async () => {
    const a = await cli(["check", paths.jiaxian, "--lang", "en"], dir);
    expect(a.out).toMatch(/\d+ files: \d+ errors/);
    const b = await cli(["check", paths.jiaxian], dir, { JIXIAO_LANG: "en" });
    expect(b.out).toBe(a.out);
  });
});
