import { analyzeWorkbook } from "../core/analysis";
import { builtinLibrary, createLibraryView } from "../core/library";
import type { EtApplication, EtTaskPane } from "./et";
import { applyMarks } from "./marks";
import { readActiveTable } from "./read-table";
import { wpsMarkStore } from "./wps-host";

/** The ribbon's buttons (assets/wps/ribbon.xml), the same four commands as the Excel manifest. */
export const COMMANDS = {
  JixiaoOpen: { label: "打开助手", icon: "icon", query: "" },
  JixiaoTemplate: { label: "插入模板", icon: "template", query: "?tab=library&action=template" },
  JixiaoCheck: { label: "检查", icon: "check", query: null },
  JixiaoScore: { label: "计分", icon: "score", query: "?tab=score" },
} as const;
export type CommandId = keyof typeof COMMANDS;

const PANE_ID = "jixiao_taskpane_id";
const PANE_URL = "jixiao_taskpane_url";
/** msoCTPDockPositionRight (et-jsapi-declare lib.kso.d.ts MsoCTPDockPosition). */
const DOCK_RIGHT = 2;

export interface RibbonOptions {
  /** The add-in's root URL, ending in "/": where taskpane.html and assets/ are served. */
  base: string;
  /** How the ribbon tells the person a result (the page's alert in WPS). */
  notify: (text: string) => void;
}

/** WPS hands the callbacks a control whose Id is the button's id in ribbon.xml. */
export interface RibbonControl {
  Id: string;
}

/**
 * The callbacks ribbon.xml names (onLoad="ribbon.OnAddinLoad", onAction="ribbon.OnAction",
 * getImage="ribbon.GetImage"), as the vendor's ET templates (npm wpsjs 2.2.3, et_react ribbon.js) define them.
 */
export function createRibbon(app: EtApplication, options: RibbonOptions) {
  const marks = wpsMarkStore(app);

  const existingPane = (): EtTaskPane | null => {
    const id = Number(app.PluginStorage.getItem(PANE_ID) ?? "");
    if (!id) return null;
    try {
      return app.GetTaskPane(id);
    } catch {
      return null;
    }
  };

  /** One task pane for the add-in, created once, navigated to the tab a button asks for. */
  const showPane = (query: string, toggle: boolean): void => {
    const url = `${options.base}taskpane.html${query}`;
    const pane = existingPane();
    if (!pane) {
      const created = app.CreateTaskPane(url, "绩效目标助手");
      app.PluginStorage.setItem(PANE_ID, String(created.ID));
      app.PluginStorage.setItem(PANE_URL, url);
      created.DockPosition = DOCK_RIGHT;
      created.Visible = true;
      return;
    }
    if (app.PluginStorage.getItem(PANE_URL) !== url) {
      pane.Navigate(url);
      app.PluginStorage.setItem(PANE_URL, url);
      pane.Visible = true;
    } else pane.Visible = toggle ? !pane.Visible : true;
  };

  /** 检查 without the pane: read the active table, check it, mark the cells (same store as the pane). */
  const check = async (): Promise<void> => {
    const { grids } = readActiveTable(app);
    const a = analyzeWorkbook(grids, { library: createLibraryView(builtinLibrary()) });
    await applyMarks(app, a.issues, marks);
    options.notify(
      a.tables.length === 0
        ? "未识别到绩效表格 / no performance table recognised"
        : `检查完成：错误 ${a.counts.error} 个，警告 ${a.counts.warning} 个，提示 ${a.counts.info} 个 / checked: ${a.counts.error} errors, ${a.counts.warning} warnings, ${a.counts.info} notes`,
    );
  };

  return {
    OnAddinLoad(_ribbonUI: unknown): boolean {
      return true;
    },
    OnAction(control: RibbonControl): boolean {
      const id = control.Id as CommandId;
      const cmd = COMMANDS[id];
      if (!cmd) return true;
      try {
        if (cmd.query === null) {
          check().catch((e: unknown) => options.notify(`检查失败 / check failed: ${e instanceof Error ? e.message : String(e)}`));
        } else showPane(cmd.query, id === "JixiaoOpen");
      } catch (e) {
        options.notify(`操作失败 / failed: ${e instanceof Error ? e.message : String(e)}`);
      }
      return true;
    },
    GetImage(control: RibbonControl): string {
      const cmd = COMMANDS[control.Id as CommandId];
      return `assets/${cmd?.icon ?? "icon"}-32.png`;
    },
    OnGetEnabled(_control: RibbonControl): boolean {
      return true;
    },
    /** The check, awaitable: for tests. */
    check,
  };
}
