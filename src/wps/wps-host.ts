import type { LivePatch } from "../core/live/types";
import type { PlanNote, SheetPlan } from "../core/table/plan";
import { removeReviewWps, writeReviewWps } from "./review";
import { applyLiveScoringWps, removeLiveScoringWps } from "./live-scoring";
import type { Issue } from "../core/checks/types";
import type { Indicator } from "../core/library/schema";
import type { WorkbookGrids } from "../core/table/grid";
import type { WorkbookPlan } from "../core/table/plan";
import type { Table } from "../core/table/table";
import type { MarkStore } from "../excel/marks";
import type { WorkbookHost } from "../taskpane/host/types";
import type { EtApplication } from "./et";
import { insertIndicators } from "./insert-indicators";
import { startLiveChecking } from "./live";
import { applyMarks, layeredStore, PluginStorageMarkStore } from "./marks";
import { readActiveTable } from "./read-table";
import { renderPlan } from "./render-plan";
import { selectCell } from "./select";

/** The WPS 表格 host: the pane's WorkbookHost over the ET object model of the WPS 加载项 platform. */
export class WpsHost implements WorkbookHost {
  readonly kind = "wps" as const;
  readonly marks: MarkStore;

  constructor(
    readonly app: EtApplication,
    options: { marks?: MarkStore; debounceMs?: number } = {},
  ) {
    this.marks = options.marks ?? wpsMarkStore(app);
    this.debounceMs = options.debounceMs;
  }
  private readonly debounceMs: number | undefined;

  async read(): Promise<WorkbookGrids> {
    return readActiveTable(this.app).grids;
  }
  async insertTemplate(plan: WorkbookPlan): Promise<string> {
    return (await renderPlan(this.app, plan)).mainSheet;
  }
  async insertIndicators(table: Table, indicators: readonly Indicator[]): Promise<void> {
    await insertIndicators(this.app, table, indicators);
  }
  async selectCell(sheet: string, cell: string): Promise<void> {
    selectCell(this.app, sheet, cell);
  }
  async mark(issues: readonly Issue[]): Promise<void> {
    await applyMarks(this.app, issues, this.marks);
  }
  async addLiveScoring(patch: LivePatch): Promise<void> {
    await applyLiveScoringWps(this.app, patch);
  }
  removeLiveScoring(sheet: string): Promise<{ removed: number; kept: string[] }> {
    return removeLiveScoringWps(this.app, sheet);
  }
  async writeReview(sheets: readonly SheetPlan[], notes: Record<string, readonly PlanNote[]>): Promise<string> {
    return (await writeReviewWps(this.app, sheets, notes)).sheets[0] ?? "";
  }
  async removeReview(): Promise<void> {
    await removeReviewWps(this.app);
  }
  subscribe(listener: () => void): () => void {
    let stop: () => void;
    try {
      stop = startLiveChecking(this.app, listener, this.debounceMs);
    } catch (e) {
      console.warn("实时检查不可用 / live checking unavailable", e);
      return () => undefined;
    }
    // The listeners live in WPS, the functions in this page: when the pane closes or reloads, take them off
    // so WPS never calls into a page that is gone.
    const win = (globalThis as { addEventListener?: Window["addEventListener"]; removeEventListener?: Window["removeEventListener"] });
    let done = false;
    const off = (): void => {
      if (done) return;
      done = true;
      stop();
      win.removeEventListener?.("pagehide", off);
    };
    win.addEventListener?.("pagehide", off);
    return off;
  }
}

/** The mark store the pane and the ribbon share: PluginStorage, backed by the page's localStorage. */
export function wpsMarkStore(app: EtApplication, local: Storage | null = pageLocalStorage()): MarkStore {
  return new PluginStorageMarkStore(layeredStore(app.PluginStorage, local), () => app.ActiveWorkbook?.FullName || app.ActiveWorkbook?.Name || "");
}

function pageLocalStorage(): Storage | null {
  try {
    return (globalThis as { localStorage?: Storage }).localStorage ?? null;
  } catch {
    return null;
  }
}

/**
 * The ET Application when the page runs inside WPS 表格 (the task pane or the add-in's main page), else null.
 * WPS puts `Application` (also `wps`) on the page's window; Office.js never does.
 */
export function wpsApplication(scope: unknown = globalThis): EtApplication | null {
  try {
    const app = (scope as { Application?: unknown }).Application;
    if (!app || typeof app !== "object") return null;
    const a = app as Partial<EtApplication>;
    if (typeof a.ApiEvent !== "object" || typeof a.PluginStorage !== "object") return null;
    // Only the spreadsheet's Application has workbooks; WPS 文字 and 演示 have documents and presentations.
    if (!("ActiveWorkbook" in a) && (a as { Worksheets?: unknown }).Worksheets === undefined) return null;
    return app as EtApplication;
  } catch {
    return null;
  }
}
