import { basename } from "node:path";
import { readWorkbookGrids } from "../xlsx/read";
import { checkTable } from "../core/checks";
import type { Severity } from "../core/checks/types";
import { createLibraryView, libraryHash, type LibraryPackage } from "../core/library";
import type { LibraryView } from "../core/checks/types";
import { formatIssue } from "../core/messages";
import type { Profile } from "../core/profiles/schema";
import { scoreTable } from "../core/scoring";
import { recognizeTables } from "../core/table/recognize";
import type { LibraryStamp, Table } from "../core/table/table";
import type { CliLang } from "./i18n";
import { tr } from "./i18n";
import { resolveProfile } from "./library-file";

export interface IssueOut {
  code: string;
  severity: Severity;
  sheet: string;
  cell: string | null;
  message: string;
}

export interface ScoreOut {
  rows: { name: string; weight: number | null; score: number | null }[];
  subtotals: { name: string; weight: number; score: number }[];
  budget: { rate: number | null; weight: number; score: number | null } | null;
  total: number | null;
  grade: string | null;
}

export interface TableOut {
  sheet: string;
  kind: Table["kind"];
  layout: string | null;
  project: string | null;
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
  hash: string;
  /** --profile; otherwise the stamp's profile, then the library default. */
  profileId?: string;
  lang: CliLang;
}

export function makeContext(library: LibraryPackage, lang: CliLang, profileId?: string, hash?: string): CheckContext {
  return { library, view: createLibraryView(library), hash: hash ?? libraryHash(library), lang, ...(profileId ? { profileId } : {}) };
}

const hasActuals = (t: Table): boolean =>
  t.indicators.some((r) => r.actual && r.actual.value !== null && r.actual.value !== "") ||
  t.indicators.some((r) => r.score && r.score.value !== null && !r.score.formula) ||
  !!t.budget?.total?.executed && t.budget.total.executed.value !== null;

export function scoreOut(table: Table, profile: Profile): ScoreOut {
  const s = scoreTable(table, profile);
  return {
    rows: s.rows.map((r) => ({ name: r.name, weight: r.weight, score: r.result.score })),
    subtotals: s.subtotals.map((x) => ({ name: x.name, weight: x.weight, score: x.score })),
    budget: s.budget ? { rate: s.budget.rate, weight: s.budget.weight, score: s.budget.score } : null,
    total: s.total,
    grade: s.grade,
  };
}

function staleNote(stamp: LibraryStamp, ctx: CheckContext, sheet: string): IssueOut | null {
  const lib = ctx.library.meta;
  if (stamp.libraryId === lib.id && stamp.version === lib.version && (!stamp.hash || stamp.hash === ctx.hash)) return null;
  const other = stamp.libraryId !== lib.id;
  return {
    code: "library/stale",
    severity: other ? "info" : "warning",
    sheet,
    cell: null,
    message: tr(
      ctx.lang,
      `本表按指标库 ${stamp.libraryId}@${stamp.version} 编制，当前检查使用 ${lib.id}@${lib.version}${other ? "（不同指标库）" : "，请更新模板"} / written against library ${stamp.libraryId}@${stamp.version}, checked with ${lib.id}@${lib.version}`,
      `written against library ${stamp.libraryId}@${stamp.version}, checked with ${lib.id}@${lib.version}${other ? " (a different library)" : "; refresh the template"}`,
    ),
  };
}

/** Check one workbook already read into grids: recognised tables, their issues and, with actuals, scores. */
export function checkGrids(grids: Parameters<typeof recognizeTables>[0], file: string, ctx: CheckContext): FileOut {
  const out: FileOut = { file, tables: [], issues: [] };
  const { tables, problems } = recognizeTables(grids, { profiles: ctx.library.profiles });
  for (const p of problems) {
    out.issues.push({
      code: `recognize/${p.code}`,
      severity: p.level,
      sheet: p.sheet ?? "",
      cell: p.cell ?? null,
      message: ctx.lang === "en" ? (p.message.split(" / ")[1] ?? p.message) : p.message,
    });
  }
  for (const table of tables) {
    const profile = resolveProfile(ctx.library, ctx.profileId ?? (table.meta.stamp?.profile || undefined));
    const report = checkTable(table, { profile, library: ctx.view });
    const stale = table.meta.stamp ? staleNote(table.meta.stamp, ctx, table.sheet) : null;
    if (stale) out.issues.push(stale);
    for (const issue of report.issues) {
      out.issues.push({
        code: issue.code,
        severity: issue.severity,
        sheet: issue.sheet,
        cell: issue.cell ?? null,
        message: formatIssue(issue, ctx.lang),
      });
    }
    out.tables.push({
      sheet: table.sheet,
      kind: table.kind,
      layout: table.layout ?? null,
      project: table.meta.projectName?.value ?? table.meta.department?.value ?? null,
      indicators: table.indicators.length,
      score: hasActuals(table) ? scoreOut(table, profile) : null,
    });
  }
  return out;
}

/** Read and check one file; an unreadable file gives an entry with `error`, never a throw. */
export async function checkFile(path: string, display: string, ctx: CheckContext): Promise<FileOut> {
  try {
    const grids = await readWorkbookGrids(path, basename(path));
    return checkGrids(grids, display, ctx);
  } catch (e) {
    const msg = (e as Error).message || String(e);
    return { file: display, error: ctx.lang === "en" ? (msg.split(" / ")[1] ?? msg) : msg, tables: [], issues: [] };
  }
}
