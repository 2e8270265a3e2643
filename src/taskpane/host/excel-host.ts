import "../zod-config";
import type { Issue } from "../../core/checks/types";
import type { Indicator } from "../../core/library/schema";
import type { WorkbookGrids } from "../../core/table/grid";
import type { PlanNote, SheetPlan, WorkbookPlan } from "../../core/table/plan";
import type { Table } from "../../core/table/table";
import { applyMarks, flushMarks, insertIndicators, markStore, readActiveTable, removeReview, renderPlan, selectCell, startLiveChecking, writeReview } from "../../excel";
import type { ReadHint } from "../../excel/read-table";
import type { WorkbookHost } from "./types";
import type { LivePatch } from "../../core/live/types";
import { applyLiveScoring, removeLiveScoringExcel } from "../../excel/live-scoring";

/** The real host: every call is one Excel.run through the src/excel adapter. */
export class ExcelHost implements WorkbookHost {
  readonly kind = "excel" as const;
  // Originals live in the workbook's settings when Office offers them, so a reopened pane can still unmark.
  private marks = markStore();
  /** What the last read learnt of the active sheet: a small unchanged sheet is then read in one sync. */
  private hint: ReadHint | undefined;
  private flushTimer: ReturnType<typeof setTimeout> | undefined;

  read(): Promise<WorkbookGrids> {
    return Excel.run(async (ctx) => {
      const r = await readActiveTable(ctx, this.hint ? { hint: this.hint } : {});
      this.hint = r.hint ?? undefined;
      return r.grids;
    });
  }
  insertTemplate(plan: WorkbookPlan): Promise<string> {
    return Excel.run(async (ctx) => (await renderPlan(ctx, plan)).mainSheet);
  }
  insertIndicators(table: Table, indicators: readonly Indicator[]): Promise<void> {
    return Excel.run(async (ctx) => {
      await insertIndicators(ctx, table, indicators);
    });
  }
  selectCell(sheet: string, cell: string): Promise<void> {
    return Excel.run((ctx) => selectCell(ctx, sheet, cell));
  }
  /**
   * One sync (see applyMarks). The originals are saved into the document's settings a little later, once
   * edits pause, so an edit costs two round trips: this and the read.
   */
  mark(issues: readonly Issue[]): Promise<void> {
    return Excel.run(async (ctx) => {
      await applyMarks(ctx, issues, this.marks);
      clearTimeout(this.flushTimer);
      this.flushTimer = setTimeout(() => void flushMarks(this.marks), 3000);
    });
  }
  addLiveScoring(patch: LivePatch): Promise<void> {
    return Excel.run(async (ctx) => {
      await applyLiveScoring(ctx, patch);
    });
  }
  removeLiveScoring(sheet: string): Promise<{ removed: number; kept: string[] }> {
    return Excel.run(async (ctx) => {
      const r = await removeLiveScoringExcel(ctx, sheet);
      return { removed: r.removed, kept: r.kept };
    });
  }
  writeReview(sheets: readonly SheetPlan[], notes: Record<string, readonly PlanNote[]>): Promise<string> {
    return Excel.run(async (ctx) => (await writeReview(ctx, sheets, notes)).sheets[0] ?? "");
  }
  removeReview(): Promise<void> {
    return Excel.run(async (ctx) => {
      await removeReview(ctx);
    });
  }
  subscribe(listener: () => void): () => void {
    let stop: (() => Promise<void>) | undefined;
    let cancelled = false;
    startLiveChecking({ run: (fn) => Excel.run(fn), onChange: listener })
      .then((s) => {
        stop = s;
        if (cancelled) void s();
      })
      .catch((e: unknown) => console.warn("实时检查不可用 / live checking unavailable", e));
    return () => {
      cancelled = true;
      void stop?.();
    };
  }
}
