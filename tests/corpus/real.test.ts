/**
 * The corpus of real published tables (tests/fixtures/real): what a reviewer expects of each, written by
 * hand from the rules, and the promise that the command line and the task pane see the same thing.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { builtinLibrary } from "../../src/core/library";
import { formatIssue } from "../../src/core/messages";
import { cli } from "../cli/helpers";
import { MemoryHost } from "../../src/taskpane/host/memory-host";
import { analyze } from "../../src/taskpane/state/analyze";
import { analyzeWorkbook, libraryDefaultProfile } from "../../src/core/analysis";
import { loadCorpus, realToExcel, realToGrids } from "../fixtures/real/build";
import { analyzeReal, corpusLibrary, judge } from "./evaluate";

const corpus = loadCorpus();

describe("the corpus itself", () => {
  it("holds at least 25 real tables from at least 8 provinces, of every kind, each with its source", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(25);
    expect(new Set(corpus.map((t) => t.province)).size).toBeGreaterThanOrEqual(8);
    const kinds = new Set(corpus.flatMap((t) => t.expected.map((e) => e.kind)));
    for (const k of ["goal", "self-eval", "dept-goal"]) expect(kinds).toContain(k);
    for (const t of corpus) {
      expect(t.source.length).toBeGreaterThan(10);
      expect(t.expected.length).toBeGreaterThan(0);
      for (const e of t.expected) expect(e.arithmetic.length).toBeGreaterThan(0);
    }
    expect(new Set(corpus.map((t) => t.id)).size).toBe(corpus.length);
  });
});

describe.each(corpus.map((t) => [t.id, t] as const))("%s", (_id, t) => {
  const a = analyzeReal(t);
  const v = judge(t, a);
  const show = (): string => a.issues.map((i) => `[${i.severity}] ${i.code} ${i.cell ?? ""} ${formatIssue(i)}`).join("\n");

  it("finds each table with its kind, its real indicator rows and the total the rules give", () => {
    for (const tv of v.tables) {
      expect({ found: tv.found, kind: tv.got.kind, rows: tv.got.indicators }).toEqual({ found: true, kind: tv.expected.kind, rows: tv.expected.indicators });
      if (tv.expected.total === null) expect(tv.got.total).toBeNull();
      else expect(tv.got.total).toBeCloseTo(tv.expected.total, 2);
      expect(tv.got.grade).toBe(tv.expected.grade);
    }
  });

  it("raises every defect a reviewer would raise", () => {
    expect({ missed: v.missed, issues: v.missed.length ? show() : "" }).toEqual({ missed: [], issues: "" });
  });

  it("raises no error the expectations call false, and none on a form its province accepted", () => {
    expect({ forbidden: v.forbidden, falseErrors: v.falseErrors, issues: v.forbidden.length || v.falseErrors.length ? show() : "" }).toEqual({
      forbidden: [],
      falseErrors: [],
      issues: "",
    });
  });
});

describe("a reviewer who does not name the province's profile gets the same results", () => {
  it.each(corpus.map((t) => [t.id, t] as const))("%s", (_id, t) => {
    // The form itself says which profile it follows (湖北 20-point budget, 四川 90-point indicators).
    const a = analyzeWorkbook(realToGrids(t), { library: corpusLibrary() });
    const v = judge(t, a);
    expect({
      totals: v.tables.map((x) => [x.got.kind, x.got.indicators, x.got.total === null ? null : Math.round(x.got.total * 100) / 100, x.got.grade]),
      missed: v.missed,
      falseErrors: v.falseErrors,
      forbidden: v.forbidden,
    }).toEqual({
      totals: t.expected.map((e) => [e.kind, e.indicators, e.total, e.grade]),
      missed: [],
      falseErrors: [],
      forbidden: [],
    });
  });
});

describe("the command line and the task pane give the same issues and totals", () => {
  const dir = mkdtempSync(join(tmpdir(), "jixiao-corpus-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(corpus.map((t) => [t.id, t] as const))("%s", async (_id, t) => {
    const file = join(dir, `${t.id}.xlsx`);
    await realToExcel(t).xlsx.writeFile(file);
    // Neither face is told the province: each resolves the profile from the form (or the library's
    // default), as a reviewer's plain `jixiao check` and a person's pane do. (With --profile the command
    // line would override the form's own signals, which the pane's setting, a default, does not.)
    const args = ["check", file, "--json"];
    const run = await cli(args, dir);
    expect(run.code).not.toBe(2);
    const fromCli = JSON.parse(run.out) as { files: { tables: { score: { total: number | null; grade: string | null; raw: { total: number | null } } | null }[]; issues: { code: string; severity: string; cell: string | null; message: string }[] }[] };
    const file0 = fromCli.files[0];

    // The pane: the same workbook opened in the in-memory host, read and analysed as the pane does.
    const host = new MemoryHost();
    host.load(realToGrids(t));
    const pane = analyze(await host.read(), libraryDefaultProfile(builtinLibrary()), corpusLibrary());

    const paneIssues = pane.issues.map((i) => ({ code: i.code, severity: i.severity, cell: i.cell ?? null, message: formatIssue(i) }));
    const cliIssues = (file0?.issues ?? []).map((i) => ({ code: i.code, severity: i.severity, cell: i.cell, message: i.message }));
    expect(cliIssues).toEqual(paneIssues);
    const paneTotals = pane.tables.map((x) => (x.score.state === "goal" ? null : { total: x.score.total, grade: x.score.grade }));
    // JSON rounds to the profile's digits; the unrounded total is kept under raw and must match exactly.
    const cliTotals = (file0?.tables ?? []).map((x) => (x.score ? { total: x.score.raw.total, grade: x.score.grade } : null));
    expect(cliTotals).toEqual(paneTotals);
  });
});
