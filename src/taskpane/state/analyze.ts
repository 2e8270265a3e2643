import { checkTable } from "../../core/checks";
import type { LibraryView, Report } from "../../core/checks/types";
import type { Profile } from "../../core/profiles/schema";
import { scoreTable } from "../../core/scoring";
import type { TableScore } from "../../core/scoring/types";
import type { WorkbookGrids } from "../../core/table/grid";
import { recognizeTables } from "../../core/table/recognize";
import type { Table } from "../../core/table/table";

export interface Analysis {
  tables: Table[];
  reports: Report[];
  scores: TableScore[];
}

/** Grid → tables → one report and one score per table: the same pipeline the CLI runs. */
export function analyze(grids: WorkbookGrids, profile: Profile, library?: LibraryView): Analysis {
  const { tables } = recognizeTables(grids);
  return {
    tables,
    reports: tables.map((t) => checkTable(t, { profile, ...(library ? { library } : {}) })),
    scores: tables.map((t) => scoreTable(t, profile)),
  };
}
