import { analyzeWorkbook, type Analysis } from "../../core/analysis";
import type { LibraryView } from "../../core/checks/types";
import type { Profile } from "../../core/profiles/schema";
import type { WorkbookGrids } from "../../core/table/grid";

export type { Analysis };
export { EMPTY_ANALYSIS } from "./empty";

/**
 * The pane's reading of the workbook: the core's one analysis, the same the CLI runs. The profile the
 * person chose applies to tables without a stamp; a Jixiao template keeps the profile it was stamped with.
 */
export function analyze(grids: WorkbookGrids, defaultProfile: Profile, library?: LibraryView): Analysis {
  return analyzeWorkbook(grids, { defaultProfile, ...(library ? { library } : {}) });
}

