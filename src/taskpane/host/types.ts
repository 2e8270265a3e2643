import type { Issue } from "../../core/checks/types";
import type { Indicator } from "../../core/library/schema";
import type { WorkbookGrids } from "../../core/table/grid";
import type { PlanNote, SheetPlan, WorkbookPlan } from "../../core/table/plan";
import type { Table } from "../../core/table/table";
import type { LivePatch } from "../../core/live/types";

/**
 * What the task pane needs from a workbook. ExcelHost drives the open workbook through src/excel; MemoryHost
 * keeps a workbook in memory so the pane works (and is tested) outside Office.
 */
export interface WorkbookHost {
  readonly kind: "excel" | "memory" | "wps";
  /** A snapshot of the active table region plus helper sheets and names. */
  read(): Promise<WorkbookGrids>;
  /** Writes a template; resolves with the visible sheet's name. */
  insertTemplate(plan: WorkbookPlan): Promise<string>;
  insertIndicators(table: Table, indicators: readonly Indicator[]): Promise<void>;
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Marks issue cells in the workbook (no-op where there is nothing to mark). */
  mark(issues: readonly Issue[]): Promise<void>;
  /** Adds live scoring (src/core/live) to a recognised table's own sheet; writes nothing if a cell is taken. */
  addLiveScoring(patch: LivePatch): Promise<void>;
  /** Removes the live scoring of `sheet`; returns how many cells were emptied and which changed ones were kept. */
  removeLiveScoring(sheet: string): Promise<{ removed: number; kept: string[] }>;
  /** 写入审核意见: the review sheets as new sheets and a note at each flagged cell; resolves with the sheet name. */
  writeReview(sheets: readonly SheetPlan[], notes: Record<string, readonly PlanNote[]>): Promise<string>;
  /** Takes the review sheets and Jixiao's notes away again; the workbook is as before. */
  removeReview(): Promise<void>;
  /** Calls `listener` when the workbook may have changed; returns an unsubscribe function. */
  subscribe(listener: () => void): () => void;
}
