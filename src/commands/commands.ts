import { analyzeWorkbook } from "../core/analysis";
import { builtinLibrary, createLibraryView } from "../core/library";
import { applyMarks, flushMarks, markStore, readActiveTable } from "../excel";

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

void window.jixiaoOfficeLoaded?.then(() => {
  const office = (globalThis as { Office?: typeof Office }).Office;
  office?.onReady(() => office.actions?.associate("checkActiveTable", checkActiveTable));
});

declare global {
  interface Window {
    jixiaoOfficeLoaded?: Promise<string>;
  }
}
