import { basename } from "node:path";
import { readWorkbookGrids } from "../xlsx/read";
import { WorkbookReadError } from "../xlsx/errors";
import { analyzeWorkbook, type Analysis } from "../core/analysis";
import type { LibraryView, Severity } from "../core/checks/types";
import { createLibraryView, libraryHash, type LibraryPackage } from "../core/library";
import { formatIssue } from "../core/messages";
import type { Lang } from "../core/messages/types";
import type { Profile } from "../core/profiles/schema";
import type { TableScore } from "../core/scoring/types";
import type { WorkbookGrids } from "../core/table/grid";
import type { Table } from "../core/table/table";
import type { CliLang } from "./i18n";
import { resolveProfile } from "./library-file";

export interface IssueOut {
  code: string;
  severity: Severity;
  sheet: string;
  cell: string | null;
  /** Index into the file's `tables`, for issues that belong to one. */
  table?: number;
  message: string;
}

export interface ScoreOut {
  rows: { name: string; weight: number | null; score: number | null; typed: boolean }[];
  subtotals: { name: string; weight: number; score: number }[];
  budget: { rate: number | null; weight: number; score: number | null } | null;
  total: number | null;
  /** The execution-rate cap applied to the total (profile.executionCap), when one did. */
  cap?: number;
  grade: string | null;
  /** Why there is or is not a total: scored, goal, no-data, no-weights, incomplete. */
  state: TableScore["state"];
}

export interface TableOut {
  sheet: string;
  kind: Table["kind"];
  layout: string | null;
  project: string | null;
  department?: string | null;
  unit?: string | null;
  profile: string;
  indicators: number;
  score: ScoreOut | null;
}

export interface FileOut {
  file: string;
  error?: string;
  tables: TableOut[];
  issues: IssueOut[];
}

/** Everything a check needs, prepared once per process (or per worker). */
export interface CheckContext {
  library: LibraryPackage;
  view: LibraryView;
  /**
   * The library's content hash, computed on first use and kept (workers are handed it): most runs
   * need it only for JSON, the report or a stamped template, so a plain check does not pay for it.
   */
  hash(): string;
  /** --profile: wins over a template's stamp; otherwise the stamp's profile, then the library default. */
  profile?: Profile;
  lang: CliLang;
}

export function makeContext(library: LibraryPackage, lang: CliLang, profileId?: string, hash?: string): CheckContext {
  let known = hash;
  const lazyHash = (): string => (known ??= libraryHash(library));
  return { library, view: createLibraryView(library), hash: lazyHash, lang, ...(profileId ? { profile: resolveProfile(library, profileId) } : {}) };
}

export function scoreOut(s: TableScore): ScoreOut {
  return {
    rows: s.rows.map((r) => ({ name: r.name, weight: r.weight, score: r.result.score, typed: r.result.typed === true })),
    subtotals: s.subtotals.map((x) => ({ name: x.name, weight: x.weight, score: x.score })),
    budget: s.budget ? { rate: s.budget.rate, weight: s.budget.weight, score: s.budget.score } : null,
    total: s.total,
    ...(s.cap != null ? { cap: s.cap } : {}),
    grade: s.grade,
    state: s.state,
  };
}

/** The one analysis, run for the CLI; this function only formats it. */
export function analyzeForCli(grids: WorkbookGrids, ctx: CheckContext): Analysis {
  return analyzeWorkbook(grids, { library: ctx.view, libraryHash: ctx.hash, ...(ctx.profile ? { profile: ctx.profile } : {}) });
}

/** Check one workbook already read into grids: recognised tables, their issues and scores. */
export function checkGrids(grids: WorkbookGrids, file: string, ctx: CheckContext): FileOut {
  const analysis = analyzeForCli(grids, ctx);
  const lang: Lang = ctx.lang === "en" ? "en" : "zh-CN";
  return {
    file,
    tables: analysis.tables.map(({ table, profile, score }) => ({
      sheet: table.sheet,
      kind: table.kind,
      layout: table.layout ?? null,
      project: table.meta.projectName?.value || table.meta.department?.value || null,
      department: table.meta.department?.value || null,
      unit: table.meta.unit?.value || null,
      profile: profile.id,
      indicators: table.indicators.length,
      score: score.state === "goal" ? null : scoreOut(score),
    })),
    issues: analysis.issues.map((i) => ({
      code: i.code,
      severity: i.severity,
      sheet: i.sheet,
      cell: i.cell ?? null,
      ...(i.table !== undefined ? { table: i.table } : {}),
      message: formatIssue(i, lang),
    })),
  };
}

/** Read and check one file; an unreadable file gives an entry with `error`, never a throw. */
export async function checkFile(path: string, display: string, ctx: CheckContext): Promise<FileOut> {
  try {
    const grids = await readWorkbookGrids(path, basename(path));
    return checkGrids(grids, display, ctx);
  } catch (e) {
    const msg = e instanceof WorkbookReadError ? e.text(ctx.lang) : (e as Error).message || String(e);
    return { file: display, error: msg, tables: [], issues: [] };
  }
}
