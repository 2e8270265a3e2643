/**
 * The score follows edits made without the add-in: targets and actuals written the common ways
 * (operator, number, % or unit, deadlines) are typed into an upgraded real form with exceljs, LibreOffice
 * recalculates, and every row's 核算得分 and the total equal what the core reads from the edited cells.
 * The same spellings planned from scratch are all upgraded (none left as an unreadable form).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { CellValue, Grid } from "../../src/core/table/grid";
import { readWorkbookGrids } from "../../src/xlsx";
import { parseAddr } from "../../src/core/table/recognize/a1";
import { convert, makeRecalcProfile, requireSoffice } from "./soffice";
import { analyzeBuffer, corpus, upgradeCase } from "../live/corpus";
import { planLiveScoring } from "../../src/core/live/plan";

const soffice = requireSoffice();
const d = soffice ? describe : describe.skip;

/** Target and actual as departments write them. */
const SPELLINGS: [CellValue, CellValue][] = [
  ["≥95%", "96%"], ["≥95%", "90%"], ["≤90万元", "100万元"], ["≤90万元", "80万元"], ["100%以上", "98%"],
  ["±3%以内", "4%"], ["±3%以内", "7%"], ["不低于80", "70"], ["=3天", "5天"], ["=3天", "3天"],
  [">0", "0"], ["≥-5%", "-6%"], ["≦10", "12"], ["2024年12月31日前", "2024年12月20日"], ["2024年6月完成", "2024年7月5日"],
  ["1,200元/亩", "1100元/亩"], ["12.5万元", "13万元"], ["≥ 100 公里", "100公里"], ["90%以上", "95%"], ["＞80%", "85%"],
  ["≥50个", 45], [100, 98], ["<5%", "6%"], ["不超过60天", "45天"], ["达到100%", "=100%"], ["≥8", "9.5"], ["≤1.5%", "2%"],
];

const at = (g: Grid, a1: string): CellValue => {
  const p = parseAddr(a1)!;
  return g.values[p.row - g.origin.row]?.[p.col - g.origin.col] ?? null;
};

d("live scoring follows edits made without the add-in (LibreOffice)", () => {
  const t = corpus().find((x) => x.id === "hebei-langfang-2019-nuantong")!;
  const work = mkdtempSync(join(tmpdir(), "jixiao-live-edit-"));
  const profileDir = makeRecalcProfile();

  it("every row's 核算得分 and the total equal the core on the edited cells", async () => {
    const base = await upgradeCase(t);
    const p = base.patches[0]!;
    const rows = base.grids && (await analyzeBuffer(base.original, "x.xlsx", t)).analysis.tables[0]!.table.indicators.filter((r) => r.weight?.value !== null && r.weight !== undefined);
    const files: { file: string; buf: Buffer }[] = [];
    for (let k = 0; k * rows.length < SPELLINGS.length; k++) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(base.upgraded! as unknown as ArrayBuffer);
      const ws = wb.getWorksheet(p.sheet)!;
      rows.forEach((r, i) => {
        const s = SPELLINGS[(k * rows.length + i) % SPELLINGS.length]!;
        ws.getCell(r.target.addr!).value = s[0] as ExcelJS.CellValue;
        ws.getCell(r.actual!.addr!).value = s[1] as ExcelJS.CellValue;
      });
      files.push({ file: join(work, `edit-${k}.xlsx`), buf: Buffer.from(await wb.xlsx.writeBuffer()) });
    }
    for (const f of files) writeFileSync(f.file, f.buf);
    const out = join(work, "out");
    mkdirSync(out, { recursive: true });
    convert(soffice!, profileDir, files.map((f) => f.file), "xlsx", out);
    const bad: string[] = [];
    let compared = 0;
    const seen = new Set<string>();
    for (const f of files) {
      const core = (await analyzeBuffer(f.buf, "x.xlsx", t)).analysis.tables[0]!;
      const g = (await readWorkbookGrids(join(out, f.file.split("/").pop()!))).sheets.find((s) => s.sheet === p.sheet)!;
      for (const cell of p.cells.filter((c) => c.role === "row-score")) {
        const want = core.score.rows.find((r) => r.row === cell.row)!.result.score;
        const got = at(g, cell.addr);
        const ok = want === null ? got === null || got === "" : typeof got === "number" && Math.abs(got - want) <= 1e-9;
        compared++;
        if (want !== null) seen.add(want.toFixed(6));
        if (!ok) bad.push(`${f.file.split("/").pop()} row ${cell.row} (${String(core.table.indicators.find((r) => r.row === cell.row)?.target.value)} / ${String(core.table.indicators.find((r) => r.row === cell.row)?.actual?.value)}): core ${want}, LibreOffice ${JSON.stringify(got)}`);
      }
      const total = p.cells.find((c) => c.role === "total")!;
      const got = at(g, total.addr);
      if (core.score.total === null ? !(got === null || got === "") : typeof got !== "number" || Math.abs(got - core.score.total) > 1e-9) bad.push(`${f.file} total: core ${core.score.total}, LibreOffice ${JSON.stringify(got)}`);
    }
    expect(bad).toEqual([]);
    expect(compared).toBeGreaterThanOrEqual(SPELLINGS.length);
    // Met, partly met and missed rows alike: many distinct scores, not a column of blanks or full marks.
    expect(seen.size).toBeGreaterThanOrEqual(10);
  }, 180_000);

  it("a target typed without an operator takes the row's direction: 90万元 under 成本指标 reads ≤, 95% beside it ≥", async () => {
    // 池州: 项目总成本 under 成本指标 (a cost, not a rate such as 成本控制率, which stays ≥).
    const t = corpus().find((x) => x.id === "anhui-chizhou-2022-weituo")!;
    const base = await upgradeCase(t);
    const p = base.patches[0]!;
    const a0 = (await analyzeBuffer(base.original, "x.xlsx", t)).analysis.tables[0]!;
    const cost = a0.facts.named().find((f) => f.isCost && f.weight !== null && !/率$/.test(f.name))!;
    const other = a0.facts.named().find((f) => !f.isCost && f.weight !== null)!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(base.upgraded! as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(p.sheet)!;
    ws.getCell(cost.row.target.addr!).value = "90万元";
    ws.getCell(cost.row.actual!.addr!).value = "100万元";
    ws.getCell(other.row.target.addr!).value = "95%";
    ws.getCell(other.row.actual!.addr!).value = "90%";
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    const core = (await analyzeBuffer(buf, "x.xlsx", t)).analysis.tables[0]!;
    const costF = core.facts.named().find((f) => f.row.row === cost.row.row)!;
    expect(costF.target.ok && costF.target.value.operator).toBe("<=");
    const file = join(work, "direction.xlsx");
    writeFileSync(file, buf);
    convert(soffice!, profileDir, [file], "xlsx", join(work, "dir-out"));
    const g = (await readWorkbookGrids(join(work, "dir-out", "direction.xlsx"))).sheets.find((s) => s.sheet === p.sheet)!;
    for (const row of [cost.row.row, other.row.row]) {
      const cell = p.cells.find((c) => c.role === "row-score" && c.row === row)!;
      const want = core.score.rows.find((r) => r.row === row)!.result.score!;
      expect(at(g, cell.addr)).toBeCloseTo(want, 9);
      const opCell = p.cells.find((c) => c.role === "operator" && c.row === row)!;
      expect(at(g, opCell.addr)).toBe(row === cost.row.row ? "≤" : "≥");
    }
  }, 120_000);

  it("the same spellings planned from scratch are all read by the formulas", async () => {
    const base = await upgradeCase(t);
    const { analysis } = await analyzeBuffer(base.original, "x.xlsx", t);
    const rows = analysis.tables[0]!.table.indicators.filter((r) => r.weight?.value !== null && r.weight !== undefined);
    for (let k = 0; k * rows.length < SPELLINGS.length; k++) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(base.original as unknown as ArrayBuffer);
      const ws = wb.getWorksheet(analysis.tables[0]!.table.sheet)!;
      rows.forEach((r, i) => {
        const s = SPELLINGS[(k * rows.length + i) % SPELLINGS.length]!;
        ws.getCell(r.target.addr!).value = s[0] as ExcelJS.CellValue;
        ws.getCell(r.actual!.addr!).value = s[1] as ExcelJS.CellValue;
      });
      const { grids, analysis: a } = await analyzeBuffer(Buffer.from(await wb.xlsx.writeBuffer()), "x.xlsx", t);
      const r = planLiveScoring(a.tables[0]!, grids);
      expect(r.ok).toBe(true);
      if (r.ok) expect(r.patch.skipped).toEqual([]);
    }
  });
});
