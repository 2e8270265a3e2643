import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { writeAllLayouts } from "../fixtures/workbooks/write-all";
import { cli, tempDir } from "./helpers";

const sha = (p: string): string => createHash("sha256").update(readFileSync(p)).digest("hex");

describe("jixiao check --annotate / --report / text output (issue 13)", () => {
  let dir: string;
  let paths: Awaited<ReturnType<typeof writeAllLayouts>>;
  beforeAll(async () => {
    dir = tempDir();
    mkdirSync(join(dir, "in"));
    paths = await writeAllLayouts(join(dir, "in"));
    writeFileSync(join(dir, "in", "坏.xlsx"), "not a zip");
  });

  it("writes a copy per input with a 审核意见 sheet and notes, never touching the input; one bad file does not stop the batch", async () => {
    const before = Object.values(paths).map(sha);
    const r = await cli(["check", "in", "--annotate", "out", "--jobs", "1"], dir);
    expect(r.code).toBe(2); // the bad file
    expect(Object.values(paths).map(sha)).toEqual(before);
    const written = readdirSync(join(dir, "out", "in")).sort();
    expect(written).toEqual(Object.values(paths).map((p) => p.split("/").pop()!).sort());
    expect(readdirSync(join(dir, "out", "in")).some((f) => f.endsWith(".tmp"))).toBe(false);
    expect(r.out).toMatch(/坏\.xlsx\s+未能写出/);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "out", "in", paths.selfEval10.split("/").pop()!));
    const op = wb.getWorksheet("审核意见")!;
    expect(op).toBeDefined();
    const texts = op.getSheetValues().flat().filter((v) => typeof v === "string") as string[];
    expect(texts.some((t) => /^(通过|修改后通过|退回)：/.test(t))).toBe(true);
    expect(texts).toEqual(expect.arrayContaining(["序号", "位置", "问题类型", "问题说明", "修改建议", "级别", "表内得分", "计算得分"]));
    expect(op.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToWidth: 1 });
    // A note at each flagged cell of the department's sheet.
    const json = JSON.parse((await cli(["check", paths.selfEval10, "--json"], dir)).out) as { files: { issues: { sheet: string; cell: string | null }[] }[] };
    const flagged = json.files[0]!.issues.filter((i) => i.cell && /^[A-Z]+\d+$/.test(i.cell));
    expect(flagged.length).toBeGreaterThan(0);
    for (const i of flagged) {
      const note = wb.getWorksheet(i.sheet)!.getCell(i.cell!).note;
      const text = typeof note === "string" ? note : (note?.texts ?? []).map((t) => t.text).join("");
      expect(text).toMatch(/^【审核意见】/);
    }
  });

  it("refuses to replace an annotated copy without --force, and never writes onto the input", async () => {
    const again = await cli(["check", paths.hubei, "--annotate", "out2"], dir);
    expect(again.code).not.toBe(2);
    const twice = await cli(["check", paths.hubei, "--annotate", "out2"], dir);
    expect(twice.code).toBe(2);
    expect(twice.out).toMatch(/已存在/);
    const forced = await cli(["check", paths.hubei, "--annotate", "out2", "--force"], dir);
    expect(forced.code).not.toBe(2);
    const onto = await cli(["check", "in/" + paths.hubei.split("/").pop()!, "--annotate", ".", "--force"], dir);
    expect(onto.out).toMatch(/不能覆盖原文件/);
  });

  it("adds a 绩效目标审核表 for goal tables with the four 审核内容", async () => {
    await cli(["check", paths.goal88, "--annotate", "out3"], dir);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "out3", "in", paths.goal88.split("/").pop()!));
    const ws = wb.getWorksheet("绩效目标审核表")!;
    const col = ws.getColumn(1).values.filter((v) => typeof v === "string");
    expect(col).toEqual(expect.arrayContaining(["完整性", "相关性", "适当性", "可行性", "审核结论", "意见"]));
    expect(existsSync(paths.goal88)).toBe(true);
  });

  it("the review summary is Chinese, rounded, with folders, 主管部门 and the library on a first sheet", async () => {
    const out = join(dir, "汇总.xlsx");
    await cli(["check", "in", "--report", out, "--jobs", "1"], dir);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const info = wb.getWorksheet("说明")!;
    const infoVals = new Map<string, unknown>();
    info.eachRow((row) => infoVals.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(String(infoVals.get("指标库"))).toMatch(/^jixiao-builtin@\d+\.\d+\.\d+$/);
    expect(String(infoVals.get("指标库哈希"))).toMatch(/^[0-9a-f]{64}$/);
    expect(infoVals.get("规则")).toBe("national-2020");
    expect(String(infoVals.get("审核时间"))).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \(UTC[+-]\d\d:\d\d\)$/);
    const sum = wb.getWorksheet("汇总")!;
    const header = (sum.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(expect.arrayContaining(["文件名", "文件夹", "类型", "项目名称", "主管部门", "实施单位", "总分", "等级", "预算执行率", "错误", "警告", "审核结论"]));
    const col = (name: string): number => header.indexOf(name) + 1;
    for (let r = 2; r <= sum.rowCount; r++) {
      const total = sum.getRow(r).getCell(col("总分")).value;
      if (typeof total === "number") expect(Math.round(total * 100) / 100).toBe(total);
      expect(String(sum.getRow(r).getCell(col("文件夹")).value)).toMatch(/^\//);
      expect(["项目支出绩效目标表", "部门整体支出绩效目标表", "项目支出绩效自评表", "绩效运行监控表", "无法读取", "未识别"]).toContain(sum.getRow(r).getCell(col("类型")).value);
    }
    expect(sum.getCell(`${String.fromCharCode(64 + col("预算执行率"))}2`).numFmt).toBe("0.00%");
    expect(sum.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToWidth: 1 });
    const list = wb.getWorksheet("问题清单")!;
    const sev = (list.getColumn(6).values as unknown[]).slice(2).filter(Boolean);
    // errors first, then warnings, then notes
    const rank = sev.map((s) => ({ 错误: 0, 警告: 1, 提示: 2 })[String(s) as "错误"]);
    expect([...rank].sort()).toEqual(rank);
    const types = (list.getColumn(7).values as unknown[]).slice(2).filter(Boolean) as string[];
    expect(types.every((t) => /[\u4e00-\u9fff]/.test(t))).toBe(true);
  });

  it("text output holds notes back behind a count, and --verbose lists every one the JSON has", async () => {
    const j = JSON.parse((await cli(["check", "in", "--json", "--jobs", "1"], dir)).out) as { files: { issues: { severity: string; code: string }[] }[] };
    const infos = j.files.flatMap((f) => f.issues).filter((i) => i.severity === "info");
    expect(infos.length).toBeGreaterThan(0);
    const quiet = await cli(["check", "in", "--jobs", "1"], dir);
    expect(quiet.out).not.toMatch(/\[提示\]/);
    const held = [...quiet.out.matchAll(/（另有 (\d+) 条提示，加 --verbose 查看）/g)].reduce((n, m) => n + Number(m[1]), 0);
    expect(held).toBe(infos.length);
    const loud = await cli(["check", "in", "--jobs", "1", "--verbose"], dir);
    expect([...loud.out.matchAll(/\[提示\]/g)].length).toBe(infos.length);
    expect(loud.out).not.toMatch(/另有 \d+ 条提示/);
    // errors and warnings are listed either way, and the exit code does not depend on the flag
    expect([...quiet.out.matchAll(/\[(错误|警告)\]/g)].length).toBe([...loud.out.matchAll(/\[(错误|警告)\]/g)].length);
    expect(quiet.code).toBe(loud.code);
  });

  it("text output lists errors before warnings per table and rates as percentages; JSON has no float noise", async () => {
    const r = await cli(["check", "in", "--jobs", "1"], dir);
    for (const block of r.out.split(/\n(?=in\/)/)) {
      const sevs = [...block.matchAll(/^ {2}(表|工作簿)|^ {4}\[(错误|警告|提示)\]/gm)];
      let rank = -1;
      for (const m of sevs) {
        if (m[1]) rank = -1;
        else {
          const k = { 错误: 0, 警告: 1, 提示: 2 }[m[2] as "错误"];
          expect(k).toBeGreaterThanOrEqual(rank);
          rank = k;
        }
      }
    }
    expect(r.out).toMatch(/执行率 \d+(\.\d+)?%/);
    const j = await cli(["check", "in", "--json", "--jobs", "1"], dir);
    expect(j.out).not.toMatch(/\d\.\d*(0000000|9999999)\d/);
    const obj = JSON.parse(j.out) as { files: { tables: { score: { total: number | null; raw: { total: number | null } } | null }[] }[] };
    const scored = obj.files.flatMap((f) => f.tables).filter((t) => t.score && t.score.total !== null);
    expect(scored.length).toBeGreaterThan(0);
    for (const t of scored) expect(t.score!.raw).toHaveProperty("total");
  });

  it("score prints the execution rate as a percentage and rounds JSON to the profile's digits", async () => {
    const r = await cli(["score", paths.selfEval10], dir);
    expect(r.out).toMatch(/执行率 \d+(\.\d+)?%/);
    const j = JSON.parse((await cli(["score", paths.selfEval10, "--json"], dir)).out) as { tables: { score: { total: number; raw: { total: number } } }[] };
    const s = j.tables[0]!.score;
    expect(Math.round(s.total * 100) / 100).toBe(s.total);
    expect(s.raw.total).toBeCloseTo(s.total, 2);
  });
});
