/**
 * Integration suite: the formulas Jixiao writes, recalculated by LibreOffice, give exactly the numbers
 * the core computes (scoreRow / scoreBudget / gradeFor), for every rule and all three profiles.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { execFileSync } from "node:child_process";
import { builtinLibrary } from "../../src/core/library/builtin";
import { builtinProfile } from "../../src/core/profiles/builtin";
import { ProfileSchema, type Profile } from "../../src/core/profiles/schema";
import { scoreRow, scoreBudget, gradeFor, capTotal } from "../../src/core/scoring";
import { buildTemplate, templateLayout, columnFor, STAMP_NAMES, TEMPLATE_KINDS, END_OF_ROWS_LABELS } from "../../src/core/table/templates";
import type { TemplateKind } from "../../src/core/table/table";
import type { CellValue, Grid, WorkbookGrids } from "../../src/core/table/grid";
import { renderWorkbook, readWorkbookGrids } from "../../src/xlsx";
import { rowCases, BUDGET_CASES, type RowCase, type BudgetCase } from "./cases";
import { fillTemplate } from "./fill";
import { convert, findPdftoppm, makeRecalcProfile, requireSoffice } from "./soffice";

const soffice = requireSoffice();
const isEnd = (v: CellValue): boolean => typeof v === "string" && END_OF_ROWS_LABELS.some((l) => v.startsWith(l));
const d = soffice ? describe : describe.skip;

const PROFILES = ["national-2020", "sichuan-90", "central-2021", "hubei-20", "yitihua-test"] as const;
const CASES_PER_WORKBOOK = 64;
/** Which budget cases each profile's workbooks carry; sichuan-90 rounds, so it gets the uneven rates. */
const BUDGET_PICK: Record<(typeof PROFILES)[number], number[]> = {
  "national-2020": [0, 2, 4, 6, 8, 10],
  "sichuan-90": [1, 3, 5, 6, 7, 11],
  "central-2021": [0, 1, 3, 9, 10, 11],
  "hubei-20": [0, 5, 8, 12],
  "yitihua-test": [12, 13, 14, 15, 16, 5],
};

/** national-2020 with the 一体化 manual's switches on (Q-desk33): 指标偏离 −2 at 130%, total capped by execution. */
const YITIHUA: Profile = ProfileSchema.parse({
  ...builtinProfile("national-2020"),
  id: "yitihua-test",
  overDeduction: { enabled: true, threshold: 1.3, points: 2 },
  executionCap: { enabled: true, bands: builtinProfile("national-2020").executionCap.bands },
});
const profileOf = (id: (typeof PROFILES)[number]): Profile => (id === "yitihua-test" ? YITIHUA : builtinProfile(id));

interface Job {
  file: string;
  kind: TemplateKind;
  profile: Profile;
  cases: RowCase[];
  budget?: BudgetCase;
}

const expectedScore = (c: RowCase, profile: Profile): number | null =>
  scoreRow(
    {
      operator: c.op,
      target: typeof c.target === "number" ? c.target : null,
      actual: c.op === "text" ? null : c.actual,
      weight: c.weight ?? Number.NaN,
      isDate: c.unit === "日期",
      tier: c.tier ?? null,
      typedScore: c.op === "text" ? c.actual : null,
    },
    profile,
  ).score;

const at = (g: Grid, addr: string): CellValue => {
  const m = /^([A-Z]+)(\d+)$/.exec(addr)!;
  const col = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return g.values[Number(m[2]) - 1]?.[col - 1] ?? null;
};

/** A blank formula result may come back as null or "". */
function expectNumber(actual: CellValue, expected: number | null, where: string): void {
  if (expected === null) {
    if (!(actual === null || actual === "")) throw new Error(`${where}: expected blank, LibreOffice gave ${JSON.stringify(actual)}`);
    return;
  }
  if (typeof actual !== "number" || Math.abs(actual - expected) > 1e-9) {
    throw new Error(`${where}: expected ${expected}, LibreOffice gave ${JSON.stringify(actual)}`);
  }
}

d("LibreOffice parity", () => {
  const work = mkdtempSync(join(tmpdir(), "jixiao-parity-"));
  const inDir = join(work, "in");
  const outDir = join(work, "out");
  mkdirSync(inDir);
  const library = builtinLibrary();
  const jobs: Job[] = [];
  const results = new Map<string, WorkbookGrids>();
  let checked = 0;

  beforeAll(async () => {
    const profileDir = makeRecalcProfile();
    for (const id of PROFILES) {
      const profile = profileOf(id);
      const level2Count = profile.tree.reduce((n, l1) => n + l1.children.length, 0);
      const rowsPerLevel2 = Math.ceil(CASES_PER_WORKBOOK / level2Count);
      const picks = BUDGET_PICK[id];
      const all = rowCases(profile, CASES_PER_WORKBOOK * picks.length, id.length * 31);
      picks.forEach((b, i) => {
        const budget = BUDGET_CASES[b]!;
        const cases = all.slice(i * CASES_PER_WORKBOOK, (i + 1) * CASES_PER_WORKBOOK);
        jobs.push({ file: `self-eval-${id}-${i}.xlsx`, kind: "self-eval", profile, cases, budget });
      });
      jobs.push({ file: `monitor-${id}.xlsx`, kind: "monitor", profile, cases: all.slice(0, CASES_PER_WORKBOOK), budget: BUDGET_CASES[0] });
      for (const kind of ["goal", "dept-goal"] as const) jobs.push({ file: `${kind}-${id}.xlsx`, kind, profile, cases: [] });
      for (const job of jobs.filter((j) => j.profile === profile)) {
        const plan = buildTemplate(job.kind, {
          library,
          profile,
          rowsPerLevel2,
          ...(job.cases.length === 0 ? { indicators: library.indicators.slice(0, 15) } : {}),
          meta: { projectName: "一致性测试项目", department: "测试局", unit: "测试中心", year: 2024 },
        });
        const wb = renderWorkbook(plan);
        fillTemplate(wb, job.kind, job.cases, job.budget);
        await wb.xlsx.writeFile(join(inDir, job.file));
      }
    }
    convert(soffice!, profileDir, jobs.map((j) => join(inDir, j.file)), "xlsx", outDir);
    for (const job of jobs) results.set(job.file, await readWorkbookGrids(join(outDir, job.file)));
  }, 170_000);

  it("opens every template without repair: all sheets, the stamp and the names survive", () => {
    for (const job of jobs) {
      const wb = results.get(job.file)!;
      const layout = templateLayout(job.kind);
      expect(wb.sheets.map((s) => s.sheet)).toEqual([layout.sheetName, "_lists", "_jixiao"]);
      expect(at(wb.sheets[0]!, "A1")).toBe(layout.title);
      expect(at(wb.sheets[0]!, `A${layout.headerRow}`)).toBe("一级指标");
      expect(at(wb.sheets[2]!, "B6")).toBe(job.kind);
      expect(Object.keys(wb.definedNames ?? {})).toEqual(expect.arrayContaining(Object.values(STAMP_NAMES)));
    }
  });

  it("computes every indicator score as scoreRow does, for every rule and profile", () => {
    for (const job of jobs.filter((j) => j.cases.length > 0)) {
      const g = results.get(job.file)!.sheets[0]!;
      const layout = templateLayout(job.kind);
      const scoreCol = columnFor(job.kind, "score")!.letter;
      job.cases.forEach((c, i) => {
        const r = layout.firstIndicatorRow + i;
        expectNumber(at(g, `${scoreCol}${r}`), expectedScore(c, job.profile), `${job.file} ${scoreCol}${r} ${JSON.stringify(c)}`);
        checked++;
      });
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it("computes budget rate and score as scoreBudget does", () => {
    for (const job of jobs.filter((j) => j.kind === "self-eval")) {
      const g = results.get(job.file)!.sheets[0]!;
      const b = templateLayout("self-eval").budget;
      const row = b.lines[0]!.row;
      const expected = scoreBudget({ budget: job.budget!.budget, executed: job.budget!.executed, weight: job.profile.budget.weight }, job.profile);
      expectNumber(at(g, `${b.columns.rate!.letter}${row}`), expected.rate, `${job.file} rate`);
      expectNumber(at(g, `${b.columns.score!.letter}${row}`), expected.score, `${job.file} budget score`);
    }
  });

  it("computes subtotals, total and grade as the core does", () => {
    for (const job of jobs.filter((j) => j.kind === "self-eval" || j.kind === "monitor")) {
      const g = results.get(job.file)!.sheets[0]!;
      const layout = templateLayout(job.kind);
      const w = columnFor(job.kind, "weight")!.letter;
      const s = columnFor(job.kind, "score")!.letter;
      const l1Col = columnFor(job.kind, "level1")!.letter;
      const l2Col = columnFor(job.kind, "level2")!.letter;
      // The rows end at the printed footer (总分 / 合计); the summary block stands below it.
      let end = layout.firstIndicatorRow;
      while (!isEnd(at(g, `A${end}`))) end++;
      let r = end;
      while (at(g, `A${r}`) !== layout.summaryMarker) r++;
      const rows: { l1: CellValue; l2: CellValue; w: number | null; s: number | null }[] = [];
      // 一级 is merged down its block as on the printed form: a covered cell reads empty, and its row belongs
      // to the first level above it (as a person reads the form, and as the core reads it).
      let l1: CellValue = null;
      for (let i = layout.firstIndicatorRow; i < end; i++) {
        const c = job.cases[i - layout.firstIndicatorRow];
        l1 = at(g, `${l1Col}${i}`) ?? l1;
        rows.push({ l1, l2: at(g, `${l2Col}${i}`), w: c?.weight ?? null, s: c ? expectedScore(c, job.profile) : null });
      }
      const sum = (xs: (number | null)[]): number => xs.reduce<number>((a, x) => a + (x ?? 0), 0);
      for (const node of job.profile.tree) {
        r++;
        const mine = rows.filter((x) => x.l1 === node.name);
        expect(at(g, `A${r}`)).toBe(node.name);
        expectNumber(at(g, `${w}${r}`), sum(mine.map((x) => x.w)), `${job.file} ${node.name} weight`);
        expectNumber(at(g, `${s}${r}`), sum(mine.map((x) => x.s)), `${job.file} ${node.name} score`);
        for (const child of node.children) {
          r++;
          const sub = mine.filter((x) => x.l2 === child.name);
          expectNumber(at(g, `${s}${r}`), sum(sub.map((x) => x.s)), `${job.file} ${child.name} score`);
        }
      }
      r++;
      const scored = rows.filter((x) => x.s !== null);
      const indicatorScore = scored.length > 0 ? sum(scored.map((x) => x.s)) : null;
      expectNumber(at(g, `${w}${r}`), sum(rows.map((x) => x.w)), `${job.file} indicator weights`);
      expectNumber(at(g, `${s}${r}`), indicatorScore, `${job.file} indicator score`);
      if (job.kind !== "self-eval") continue;
      const budget = scoreBudget({ budget: job.budget!.budget, executed: job.budget!.executed, weight: job.profile.budget.weight }, job.profile);
      const sumTotal = indicatorScore === null && budget.score === null ? null : (indicatorScore ?? 0) + (budget.score ?? 0);
      const total = capTotal(sumTotal, budget.rate, job.profile).total;
      expectNumber(at(g, `${s}${r + 2}`), total, `${job.file} total`);
      // The printed 总分 line shows the same total and the grade.
      expect(at(g, `A${end}`)).toBe("总分");
      expectNumber(at(g, `${s}${end}`), total, `${job.file} printed total`);
      expect(at(g, `${s}${r + 3}`) ?? "").toBe(total === null ? "" : gradeFor(total, job.profile));
      expect(at(g, `C${r}`)).toBe(Math.abs(sum(rows.map((x) => x.w)) - job.profile.indicatorTotal) < 1e-6 ? "正确" : `应为 ${job.profile.indicatorTotal}`);
    }
  });

  it("keeps the goal templates' pre-filled weights and checks them against the profile", () => {
    for (const job of jobs.filter((j) => j.kind === "goal" || j.kind === "dept-goal")) {
      const g = results.get(job.file)!.sheets[0]!;
      const layout = templateLayout(job.kind);
      const w = columnFor(job.kind, "weight")!.letter;
      let r = layout.firstIndicatorRow;
      let weights = 0;
      while (!isEnd(at(g, `A${r}`))) {
        const v = at(g, `${w}${r}`);
        if (typeof v === "number") weights += v;
        r++;
      }
      // The printed 分值合计 line carries the same sum.
      expectNumber(at(g, `${w}${r}`), weights, `${job.file} printed weight total`);
      while (at(g, `A${r}`) !== layout.summaryMarker) r++;
      const totalRow = r + 1 + job.profile.tree.reduce((n, l1) => n + 1 + l1.children.length, 0);
      expect(at(g, `A${totalRow}`)).toBe("绩效指标合计");
      expectNumber(at(g, `${w}${totalRow}`), weights, `${job.file} weights`);
    }
  });

  it("renders to PDF with readable Chinese, and a page to PNG", () => {
    const pdfDir = join(work, "pdf");
    const profileDir = makeRecalcProfile();
    const pick = TEMPLATE_KINDS.map((k) => jobs.find((j) => j.kind === k && j.profile.id === "national-2020")!);
    convert(soffice!, profileDir, pick.map((j) => join(inDir, j.file)), "pdf", pdfDir);
    for (const j of pick) {
      const pdf = join(pdfDir, j.file.replace(/\.xlsx$/, ".pdf"));
      expect(statSync(pdf).size).toBeGreaterThan(5000);
      expect(readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
    }
    const pdftoppm = findPdftoppm();
    if (!pdftoppm) return;
    const outDirPng = resolve(__dirname, "../../test-output");
    mkdirSync(outDirPng, { recursive: true });
    for (const j of pick) {
      const stem = join(outDirPng, `template-${j.kind}`);
      execFileSync(pdftoppm, ["-r", "110", "-png", "-f", "1", "-l", "1", "-singlefile", join(pdfDir, j.file.replace(/\.xlsx$/, ".pdf")), stem]);
      expect(existsSync(`${stem}.png`)).toBe(true);
    }
  }, 60_000);
});
