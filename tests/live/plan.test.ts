/**
 * Live scoring without LibreOffice: what the plan writes and where, what it refuses, that the reader
 * reads the upgraded table as before and protects the added formulas, and that removing restores the
 * workbook cell for cell. (tests/parity/live.test.ts recalculates the formulas in LibreOffice.)
 */
import ExcelJS from "exceljs";
import { ALLOWED_FUNCTIONS, functionsUsed } from "../../src/core/scoring/formulas/literal";
import { planLiveScoring } from "../../src/core/live/plan";
import { parseAddr } from "../../src/core/table/recognize/a1";
import type { Grid } from "../../src/core/table/grid";
import { readWorkbookGrids } from "../../src/xlsx";
import { applyLivePatches, removeLiveScoring } from "../../src/xlsx/live";
import { analyzeBuffer, corpus, upgradeCase } from "./corpus";
import { buildTemplate } from "../../src/core/table/templates";
import { builtinLibrary } from "../../src/core/library";
import { builtinProfile } from "../../src/core/profiles/builtin";
import { renderWorkbook } from "../../src/xlsx";
import { analyzeWorkbook } from "../../src/core/analysis";

// DATE builds a deadline's serial from "2021年12月"; like the text functions it is in every Excel since 97.
const TEXT_FUNCTIONS = ["DATE", "TRIM", "SUBSTITUTE", "LEFT", "RIGHT", "MID", "FIND", "VALUE", "IFERROR", "ROUND"];
const allowed = new Set<string>([...ALLOWED_FUNCTIONS, ...TEXT_FUNCTIONS]);
const table = (id: string) => corpus().find((t) => t.id === id)!;
const at = (g: Grid, a1: string) => {
  const p = parseAddr(a1)!;
  return g.values[p.row - g.origin.row]?.[p.col - g.origin.col] ?? null;
};

describe("planLiveScoring on real tables", () => {
  it("keeps typed scores and puts 核算得分 beside them: 37.24 against ≥43.2 is 8.62, not the typed 9, and is marked", async () => {
    const c = await upgradeCase(table("hebei-langfang-2019-nuantong"));
    const p = c.patches[0]!;
    expect(p.mode).toBe("beside");
    const row = p.cells.find((x) => x.role === "row-score" && Math.abs((x.expect as number) - (10 * 37.24) / 43.2) < 1e-12);
    expect(row).toBeDefined();
    const sheet = c.grids.sheets.find((g) => g.sheet === p.sheet)!;
    // The mark compares the typed score cell of the same row with the computed one.
    const mark = p.conditionalFormats.find((m) => m.range === row!.addr)!;
    expect(mark.formula).toMatch(new RegExp(`ABS\\(G\\d+-${row!.addr}\\)>0\\.01`));
    const typedAddr = /ABS\(([A-Z]+\d+)-/.exec(mark.formula)![1]!;
    expect(at(sheet, typedAddr)).toBe(9);
    // Total, grade and the budget score are there with the core's numbers.
    expect(p.cells.find((x) => x.role === "total")!.expect).toBeCloseTo(97.2407407, 6);
    expect(p.cells.find((x) => x.role === "grade")!.expect).toBe("优");
    expect(p.cells.find((x) => x.role === "budget-score")!.expect).toBeCloseTo((10 * 37.24) / 43.2, 9);
  });

  it("writes only into cells that were empty, with classic functions only", async () => {
    for (const t of corpus()) {
      const c = await upgradeCase(t);
      for (const p of c.patches) {
        const g = c.grids.sheets.find((s) => s.sheet === p.sheet)!;
        for (const cell of p.cells) {
          expect([cell.addr, at(g, cell.addr)]).toEqual([cell.addr, null]);
          if (cell.formula) for (const fn of functionsUsed(cell.formula)) expect(allowed.has(fn) ? fn : `not allowed: ${fn}`).toBe(fn);
        }
      }
    }
  });

  it("keeps every formula within Excel's limits: 64 nested functions, 8,192 characters", async () => {
    // Parentheses depth bounds the function nesting from above (string literals ignored).
    const depth = (f: string): number => {
      let d = 0;
      let m = 0;
      for (const ch of f.replace(/"(?:[^"]|"")*"/g, '""')) {
        if (ch === "(") m = Math.max(m, ++d);
        else if (ch === ")") d--;
      }
      return m;
    };
    for (const t of corpus()) {
      for (const p of (await upgradeCase(t)).patches) {
        for (const f of [...p.cells.map((c) => c.formula ?? ""), ...p.conditionalFormats.map((c) => c.formula)]) {
          expect(depth(f)).toBeLessThanOrEqual(64);
          expect(f.length).toBeLessThanOrEqual(8192);
        }
      }
    }
  });

  it("refuses goal tables and tables without weights, with the reason as data", async () => {
    const goal = await upgradeCase(table("hunan-yueyangxian-2022-gaobiaozhun-nongtian"));
    expect(goal.patches).toEqual([]);
    expect(goal.refused[0]!.reasons[0]!.reason).toBe("not-self-eval");
    const noWeights = await upgradeCase(table("hubei-huanggang-2020-shuibao"));
    expect(noWeights.refused[0]!.reasons[0]!.reason).toBe("no-weight");
  });

  it("reads a deadline written in one cell: 2021年12月完成 is the month's last day, met when done by then", async () => {
    const c = await upgradeCase(table("ningxia-yinchuan-2021-gongyong"));
    const p = c.patches[0]!;
    const n = p.cells.find((x) => x.role === "target-number" && x.row === 21)!;
    expect(n.expect).toBe(44561); // 2021-12-31
    expect(p.cells.find((x) => x.role === "row-score" && x.row === 21)!.expect).toBe(5);
    expect(p.skipped).toEqual([]);
  });

  it("says which rows it leaves and why: rows without weight, and then no total", async () => {
    const c = await upgradeCase(table("yunnan-baoshan-2022-chunjie-weiwen"));
    const p = c.patches[0]!;
    expect(p.skipped).toContainEqual(expect.objectContaining({ reason: "no-weight", row: 12 }));
    expect(p.skipped).toContainEqual({ reason: "rows-not-upgraded" });
    expect(p.cells.some((x) => x.role === "total")).toBe(false);
  });

  it("fills the form's own empty 得分 column when nobody typed scores", async () => {
    const c = await upgradeCase(table("sichuan-qingshen-2023-gongzi"));
    const p = c.patches[0]!;
    expect(p.mode).toBe("fill");
    const analysis = (await analyzeBuffer(c.original, "x.xlsx", table("sichuan-qingshen-2023-gongzi"))).analysis;
    const scoreCells = analysis.tables[0]!.table.indicators.map((r) => r.score?.addr);
    expect(p.cells.filter((x) => x.role === "row-score").map((x) => x.addr)).toEqual(scoreCells);
  });
});

describe("the upgraded workbook", () => {
  it("reads as the same table; the added formulas are protected (score/formula-changed when one is overwritten)", async () => {
    const t = table("shanxi-jishan-2020-jiandang-jiaofei");
    const c = await upgradeCase(t);
    const before = (await analyzeBuffer(c.original, "x.xlsx", t)).analysis;
    const after = (await analyzeBuffer(c.upgraded!, "x.xlsx", t)).analysis;
    expect(after.tables[0]!.table.indicators).toEqual(before.tables[0]!.table.indicators);
    expect(after.tables[0]!.score).toEqual(before.tables[0]!.score);
    expect(after.tables[0]!.table.live).toMatchObject({ mode: "beside" });
    expect(after.issues.filter((i) => i.code === "score/formula-changed")).toEqual([]);
    // Someone types over the total formula: the check names the cell.
    const total = c.patches[0]!.cells.find((x) => x.role === "total")!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(c.upgraded! as unknown as ArrayBuffer);
    wb.getWorksheet(c.patches[0]!.sheet)!.getCell(total.addr).value = 100;
    const edited = (await analyzeBuffer(Buffer.from(await wb.xlsx.writeBuffer()), "x.xlsx", t)).analysis;
    expect(edited.issues).toContainEqual(expect.objectContaining({ code: "score/formula-changed", cell: total.addr }));
  });

  it("refuses a second upgrade of the same sheet", async () => {
    const t = table("hebei-langfang-2019-nuantong");
    const c = await upgradeCase(t);
    const { grids, analysis } = await analyzeBuffer(c.upgraded!, "x.xlsx", t);
    const r = planLiveScoring(analysis.tables[0]!, grids);
    expect(r).toEqual({ ok: false, reasons: [{ reason: "already-live", text: c.patches[0]!.sheet }] });
  });

  it("removing live scoring restores every sheet cell for cell, and drops the stamp", async () => {
    for (const t of corpus()) {
      const c = await upgradeCase(t);
      if (!c.upgraded) continue;
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(c.upgraded as unknown as ArrayBuffer);
      const r = removeLiveScoring(wb);
      expect(r.kept).toEqual([]);
      expect(r.removed).toBe(c.patches.reduce((n, p) => n + p.cells.length, 0));
      const back = await readWorkbookGrids(Buffer.from(await wb.xlsx.writeBuffer()), "x.xlsx");
      expect(back.sheets.map((s) => s.sheet)).toEqual(c.grids.sheets.map((s) => s.sheet));
      const trim = (g: Grid) => ({ sheet: g.sheet, merges: g.merges, cells: cellsOf(g) });
      expect(back.sheets.map(trim)).toEqual(c.grids.sheets.map(trim));
      expect(Object.keys(back.definedNames ?? {}).filter((n) => /LIVE/.test(n))).toEqual([]);
    }
  });

  it("keeps a cell a person changed after the upgrade when removing", async () => {
    const t = table("hebei-langfang-2019-nuantong");
    const c = await upgradeCase(t);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(c.upgraded! as unknown as ArrayBuffer);
    const grade = c.patches[0]!.cells.find((x) => x.role === "grade")!;
    wb.getWorksheet(c.patches[0]!.sheet)!.getCell(grade.addr).value = "良";
    const r = removeLiveScoring(wb);
    expect(r.kept).toEqual([`${c.patches[0]!.sheet}!${grade.addr}`]);
    expect(wb.getWorksheet(c.patches[0]!.sheet)!.getCell(grade.addr).value).toBe("良");
  });

  it("refuses, writing nothing, when a target cell is no longer empty", async () => {
    const t = table("hebei-langfang-2019-nuantong");
    const c = await upgradeCase(t);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(c.original as unknown as ArrayBuffer);
    const p = c.patches[0]!;
    const last = p.cells[p.cells.length - 1]!;
    wb.getWorksheet(p.sheet)!.getCell(last.addr).value = "某人写的";
    expect(() => applyLivePatches(wb, [p])).toThrow(/不为空/);
    expect(wb.getWorksheet(p.sheet)!.getCell(p.cells[0]!.addr).value).toBeNull();
    expect(wb.getWorksheet("_jixiao_live")).toBeUndefined();
  });
});

/** Non-empty or formatted cells of a grid by address, whatever its origin and padding. */
function cellsOf(g: Grid): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  g.values.forEach((row, i) =>
    row.forEach((v, j) => {
      const f = g.formulas[i]?.[j] ?? null;
      const nf = g.numberFormats?.[i]?.[j] ?? null;
      const fmt = nf && nf !== "General" ? nf : null;
      if (v !== null || f || fmt) out[`${i + g.origin.row},${j + g.origin.col}`] = [v, f, fmt];
    }),
  );
  return out;
}

describe("Jixiao's own templates", () => {
  it("are not upgraded: their scores are formulas already", async () => {
    const lib = builtinLibrary();
    const plan = buildTemplate("self-eval", { library: lib, profile: builtinProfile("national-2020"), indicators: lib.indicators.slice(0, 3) });
    const grids = await readWorkbookGrids(Buffer.from(await renderWorkbook(plan).xlsx.writeBuffer()), "t.xlsx");
    const a = analyzeWorkbook(grids).tables[0]!;
    expect(planLiveScoring(a, grids)).toMatchObject({ ok: false, reasons: [{ reason: "already-live" }] });
  });
});
