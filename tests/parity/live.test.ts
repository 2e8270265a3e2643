/**
 * Live scoring on the corpus of real tables: every table that can be scored is upgraded in its own
 * sheet, LibreOffice recalculates the file with forced recalculation, and every added formula gives
 * the core's number to 1e-9 (helpers: the text and numbers the core reads). The files also open
 * without repair (soffice converts them) and render to PDF; a target and an actual edited in the
 * upgraded file move the score as the core says.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync, existsSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ExcelJS from "exceljs";
import type { CellValue, Grid } from "../../src/core/table/grid";
import { readWorkbookGrids } from "../../src/xlsx";
import { parseAddr } from "../../src/core/table/recognize/a1";
import { convert, findPdftoppm, makeRecalcProfile, requireSoffice } from "./soffice";
import { analyzeBuffer, corpus, upgradeCase, type LiveCase } from "../live/corpus";
import { planLiveScoring } from "../../src/core/live/plan";
import { corpusLibrary } from "../corpus/evaluate";

const soffice = requireSoffice();
const d = soffice ? describe : describe.skip;

const at = (g: Grid, a1: string): CellValue => {
  const p = parseAddr(a1)!;
  return g.values[p.row - g.origin.row]?.[p.col - g.origin.col] ?? null;
};

function same(got: CellValue, expect: number | string | null | undefined): boolean {
  if (expect === undefined) return true;
  if (expect === null || expect === "") return got === null || got === "";
  if (typeof expect === "number") return typeof got === "number" && Math.abs(got - expect) <= 1e-9;
  return got === expect;
}

d("live scoring on the real corpus, recalculated by LibreOffice", () => {
  const work = mkdtempSync(join(tmpdir(), "jixiao-live-"));
  const inDir = join(work, "in");
  const outDir = join(work, "out");
  mkdirSync(inDir, { recursive: true });
  const profileDir = makeRecalcProfile();
  let cases: LiveCase[] = [];
  /** The same tables with their typed scores taken out: formulas into the form's own 得分 column. */
  let fills: LiveCase[] = [];
  const recalculated = new Map<string, Grid[]>();

  beforeAll(async () => {
    cases = await Promise.all(corpus().map((t) => upgradeCase(t)));
    fills = (await Promise.all(corpus().map((t) => upgradeCase(t, { clearScores: true })))).filter((c) => c.upgraded);
    cases = [...cases, ...fills];
    const files: string[] = [];
    for (const c of cases) {
      if (!c.upgraded) continue;
      const f = join(inDir, `${c.id.replace("#", "_")}.xlsx`);
      writeFileSync(f, c.upgraded);
      files.push(f);
    }
    convert(soffice!, profileDir, files, "xlsx", outDir);
    for (const c of cases) if (c.upgraded) recalculated.set(c.id, (await readWorkbookGrids(join(outDir, `${c.id.replace("#", "_")}.xlsx`))).sheets);
  }, 240_000);

  it("upgrades every self-evaluation table that has weights, and says why the others are not", () => {
    const upgraded = cases.filter((c) => c.patches.length > 0 && !c.id.endsWith("#fill")).map((c) => c.id);
    const refusals = cases.filter((c) => !c.id.endsWith("#fill")).flatMap((c) => c.refused.map((r) => ({ id: c.id, kind: r.kind, reason: r.reasons[0]?.reason })));
    // Every refused table says why, with a stable code.
    for (const r of refusals) expect(["not-self-eval", "no-weight", "no-rows"]).toContain(r.reason);
    // A self-evaluation refused only for having no weights at all or no rows.
    for (const r of refusals.filter((x) => x.kind === "self-eval")) expect(["no-weight", "no-rows"]).toContain(r.reason);
    expect(upgraded.length).toBeGreaterThanOrEqual(10);
    // With the typed scores taken out, the formulas go into the form's own 得分 column.
    expect(fills.length).toBeGreaterThanOrEqual(8);
    for (const f of fills) expect(f.patches.every((p) => p.mode === "fill")).toBe(true);
    console.log(`实时计分 / live: ${upgraded.length} upgraded; refused: ${JSON.stringify(refusals)}`);
  });

  it("every added formula equals the core's number to 1e-9 after forced recalculation", () => {
    let checked = 0;
    const bad: string[] = [];
    for (const c of cases) {
      const sheets = recalculated.get(c.id);
      if (!sheets) continue;
      for (const p of c.patches) {
        const g = sheets.find((s) => s.sheet === p.sheet)!;
        for (const cell of p.cells) {
          if (cell.formula === undefined) continue;
          checked++;
          const got = at(g, cell.addr);
          if (!same(got, cell.expect)) bad.push(`${c.id} ${cell.addr} ${cell.label}: core ${JSON.stringify(cell.expect)}, LibreOffice ${JSON.stringify(got)}`);
        }
      }
    }
    console.log(`实时计分公式核对 / live formulas checked against the core: ${checked} in ${recalculated.size} files`);
    expect(bad).toEqual([]);
    expect(checked).toBeGreaterThan(300);
  });

  it("the recalculated file reads back as the same table, with the added formulas protected and untouched", async () => {
    for (const c of cases) {
      if (!c.upgraded) continue;
      const t = corpus().find((x) => x.id === c.id.replace("#fill", ""))!;
      const before = await analyzeBuffer(c.original, `${c.id}.xlsx`, t);
      const after = await analyzeBuffer(readFileSync(join(outDir, `${c.id.replace("#", "_")}.xlsx`)), `${c.id}.xlsx`, t);
      expect(after.analysis.tables.length).toBe(before.analysis.tables.length);
      after.analysis.tables.forEach((a, i) => {
        const b = before.analysis.tables[i]!;
        expect(a.table.indicators.map((r) => [r.row, r.name.value, r.score?.addr])).toEqual(b.table.indicators.map((r) => [r.row, r.name.value, r.score?.addr]));
        expect(a.score.total).toEqual(b.score.total);
        expect(a.score.rows.map((r) => r.result.score)).toEqual(b.score.rows.map((r) => r.result.score));
      });
      expect(after.analysis.issues.filter((i) => i.code === "score/formula-changed")).toEqual([]);
    }
  });

  it("a target and an actual edited in the upgraded file move the score as the core says", async () => {
    const c = cases.find((x) => x.id === "hebei-langfang-2019-nuantong")!;
    const t = corpus().find((x) => x.id === c.id)!;
    const p = c.patches[0]!;
    const scoreCell = p.cells.find((x) => x.role === "row-score")!;
    const before = await analyzeBuffer(c.original, "x.xlsx", t);
    const row = before.analysis.tables[0]!.table.indicators.find((r) => r.row === scoreCell.row)!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(c.upgraded as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(p.sheet)!;
    ws.getCell(row.target.addr!).value = "≥50";
    ws.getCell(row.actual!.addr!).value = "40";
    const edited = Buffer.from(await wb.xlsx.writeBuffer());
    // The core on the edited cells (formulas masked as they were before the upgrade) gives the expectation.
    const expected = (await analyzeBuffer(edited, "x.xlsx", t)).analysis.tables[0]!;
    const want = expected.score.rows.find((r) => r.row === row.row)!.result.score;
    expect(want).not.toBeNull();
    const dir = join(work, "edit");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "edited.xlsx"), edited);
    convert(soffice!, profileDir, [join(dir, "edited.xlsx")], "xlsx", join(dir, "out"));
    const g = (await readWorkbookGrids(join(dir, "out", "edited.xlsx"))).sheets.find((s) => s.sheet === p.sheet)!;
    expect(at(g, scoreCell.addr)).toBeCloseTo(want!, 9);
    expect(at(g, scoreCell.addr)).not.toBeCloseTo(scoreCell.expect as number, 6);
    const total = p.cells.find((x) => x.role === "total")!;
    expect(at(g, total.addr)).toBeCloseTo(expected.score.total!, 9);
    // The plan made on the edited file agrees with what LibreOffice computed.
    const replanned = planLiveScoring(expected, (await readWorkbookGrids(edited)), {});
    expect(replanned.ok).toBe(false); // the cells are taken now: nothing is written twice
  }, 120_000);

  it("renders to PDF; the first pages of three upgraded files are kept as PNG to look at", () => {
    const pick = [cases.find((c) => c.id === "hebei-langfang-2019-nuantong")!, cases.find((c) => c.id === "ningxia-yinchuan-2021-gongyong")!, fills[0]!];
    const pdfDir = join(work, "pdf");
    const stem = (c: LiveCase): string => c.id.replace("#", "_");
    convert(soffice!, profileDir, pick.map((c) => join(inDir, `${stem(c)}.xlsx`)), "pdf", pdfDir);
    for (const c of pick) expect(existsSync(join(pdfDir, `${stem(c)}.pdf`))).toBe(true);
    const pdftoppm = findPdftoppm();
    if (!pdftoppm) return;
    const png = resolve(__dirname, "../../test-output");
    mkdirSync(png, { recursive: true });
    // Page 1 is the form itself; the added columns print on the following page(s).
    for (const c of pick) execFileSync(pdftoppm, ["-png", "-r", "50", "-f", "1", "-l", "2", join(pdfDir, `${stem(c)}.pdf`), join(png, `live-${stem(c)}`)]);
  }, 120_000);

  void corpusLibrary;
});
