import { analyzeWorkbook } from "../core/analysis";
import { builtinLibrary, createLibraryView } from "../core/library";
import { applyMarks, flushMarks, markStore, readActiveTable } from "../excel";
import { applyLiveScoring, removeLiveScoringExcel } from "../excel/live-scoring";
import { planLiveScoring } from "../core/live/plan";

const marks = markStore();

/** Ribbon 检查: reads the active table, checks it and marks the cells with issues, without opening the pane. */
async function checkActiveTable(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await Excel.run(async (ctx) => {
      const { grids } = await readActiveTable(ctx);
      // The one analysis the pane and the CLI run; the library's own profile applies (stamps win).
      const { issues } = analyzeWorkbook(grids, { library: createLibraryView(builtinLibrary()) });
      await applyMarks(ctx, issues, marks);
      await flushMarks(marks);
    });
  } catch (e) {
    console.error("检查失败 / check failed", e);
  } finally {
    event.completed();
  }
}

/**
 * Ribbon 实时计分: on the active sheet's first self-evaluation, adds live scoring, or removes it when it is
 * already there. Reasons it cannot be added are in the pane (得分 tab); here they go to the console.
 */
async function toggleLiveScoring(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const lib = builtinLibrary();
    const { grids } = await Excel.run((ctx) => readActiveTable(ctx));
    const { tables } = analyzeWorkbook(grids, { library: createLibraryView(lib) });
    const a = tables.find((x) => x.table.kind === "self-eval");
    if (!a) throw new Error("未识别到自评表 / no self-evaluation table recognised");
    if (a.table.live) {
      await Excel.run((ctx) => removeLiveScoringExcel(ctx, a.table.sheet));
      return;
    }
    const r = planLiveScoring(a, grids, { library: { id: lib.meta.id, version: lib.meta.version } });
    if (!r.ok) throw new Error(`无法启用实时计分 / live scoring cannot be added: ${r.reasons.map((x) => x.reason).join(", ")}`);
    await Excel.run((ctx) => applyLiveScoring(ctx, r.patch));
  } catch (e) {
    console.error("实时计分失败 / live scoring failed", e);
  } finally {
    event.completed();
  }
}

void window.jixiaoOfficeLoaded?.then(() => {
  const office = (globalThis as { Office?: typeof Office }).Office;
  office?.onReady(() => {
    office.actions?.associate("checkActiveTable", checkActiveTable);
    office.actions?.associate("toggleLiveScoring", toggleLiveScoring);
  });
});

declare global {
  interface Window {
    jixiaoOfficeLoaded?: Promise<string>;
  }
}
