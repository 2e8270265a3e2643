import { checkTable } from "../core/checks";
import { builtinLibrary, createLibraryView } from "../core/library";
import { builtinProfile } from "../core/profiles/builtin";
import { recognizeTables } from "../core/table/recognize";
import { applyMarks, flushMarks, markStore, readActiveTable } from "../excel";

const marks = markStore();

/** Ribbon 检查: reads the active table, checks it and marks the cells with issues, without opening the pane. */
async function checkActiveTable(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await Excel.run(async (ctx) => {
      const { grids } = await readActiveTable(ctx);
      const { tables } = recognizeTables(grids);
      const profile = builtinProfile();
      const library = createLibraryView(builtinLibrary());
      const issues = tables.flatMap((t) => checkTable(t, { profile, library }).issues);
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
