import { checkTable } from "../checks/engine";
import type { CheckOptions, Issue, LibraryView, Report, Severity } from "../checks/types";
import { libraryHash } from "../library/hash";
import type { Profile } from "../profiles/schema";
import { factsOf, type TableFacts } from "../model/facts";
import { scoreFacts } from "../model/score";
import type { TableScore } from "../scoring/types";
import type { WorkbookGrids } from "../table/grid";
import { recognizeTables } from "../table/recognize/recognize";
import type { Table } from "../table/table";
import { libraryDefaultProfile, profileForTable } from "./profile";
import { staleIssue } from "./stale";

export interface AnalyzeOptions {
  /** The library checks compare against; rules that need one are skipped without it. */
  library?: LibraryView;
  /** The library's content hash when the caller already has it (workers are handed it); else computed once per library. */
  libraryHash?: string | (() => string);
  /** A profile chosen for the whole run (`--profile`): it wins over a template's stamp. */
  profile?: Profile;
  /** For tables without a stamp: the person's setting; else the library's default profile. */
  defaultProfile?: Profile;
  maxIssues?: number;
  severity?: CheckOptions["severity"];
}

export interface AnalyzedTable {
  table: Table;
  /** The profile this table was checked and scored under. */
  profile: Profile;
  /** The one row model the checks and the score read. */
  facts: TableFacts;
  score: TableScore;
  report: Report;
}

/** Everything Jixiao knows about a workbook: every face (CLI, pane, ribbon, workers) formats this, nothing else. */
export interface Analysis {
  tables: AnalyzedTable[];
  /** ONE list: recognition notes, the stale-library check and the rule issues, each with its table index. */
  issues: Issue[];
  counts: Record<Severity, number>;
}

const hashes = new WeakMap<object, string>();
function hashOf(lib: LibraryView): string {
  let h = hashes.get(lib.pkg);
  if (h === undefined) {
    h = libraryHash(lib.pkg);
    hashes.set(lib.pkg, h);
  }
  return h;
}

/** Recognise the tables of a workbook, check and score each under its profile, and gather one list of issues. */
export function analyzeWorkbook(grids: WorkbookGrids, options: AnalyzeOptions = {}): Analysis {
  const pkg = options.library?.pkg;
  const { tables, problems } = recognizeTables(grids, pkg ? { profiles: pkg.profiles } : {});
  const fallback = options.defaultProfile ?? libraryDefaultProfile(pkg);
  const issues: Issue[] = [...problems];
  const analyzed: AnalyzedTable[] = tables.map((table, index) => {
    const profile = profileForTable(table, { ...(options.profile ? { profile: options.profile } : {}), fallback, ...(pkg ? { library: pkg } : {}) });
    const facts = factsOf(table, profile, options.library);
    const report = checkTable(table, {
      profile,
      tableIndex: index,
      ...(options.library ? { library: options.library } : {}),
      ...(options.maxIssues !== undefined ? { maxIssues: options.maxIssues } : {}),
      ...(options.severity ? { severity: options.severity } : {}),
    });
    const stale = table.meta.stamp && options.library ? staleIssue(table.meta.stamp, options.library.pkg, () => (typeof options.libraryHash === "function" ? options.libraryHash() : (options.libraryHash ?? hashOf(options.library as LibraryView))), table.sheet) : null;
    if (stale) issues.push({ ...stale, table: index });
    for (const i of report.issues) issues.push(i);
    return { table, profile, facts, score: scoreFacts(facts), report };
  });
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const i of issues) counts[i.severity]++;
  return { tables: analyzed, issues, counts };
}
