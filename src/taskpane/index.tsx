import * as React from "react";
import { createRoot } from "react-dom/client";
import type { LibraryPackage } from "../core/library/schema";
import type { TemplateKind } from "../core/table/table";
import { App } from "./components/App";
import type { MemoryHost } from "./host/memory-host";
import type { WorkbookHost } from "./host/types";
import { loadSaved, resolveSettings, type Settings } from "./state/settings";
import { loadEngine } from "./load-engine";
import { loadBuiltin } from "./state/builtin";

declare global {
  interface Window {
    jixiaoOfficeLoaded?: Promise<string>;
    /** Starts loading office.js (the loader waits for it on the task pane; see office-loader.js). */
    jixiaoStartOffice?: () => void;
    /** Test hook for the browser proof, present only with the in-memory workbook. */
    jixiaoMemoryHost?: MemoryHost;
  }
}

/** Resolves with the host type, or null outside Office; never hangs, so the page never stays blank. */
async function officeHost(): Promise<{ inExcel: boolean; dark: boolean }> {
  await Promise.race([window.jixiaoOfficeLoaded, new Promise((r) => setTimeout(r, 10000))]);
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office?.onReady) return { inExcel: false, dark: false };
  const info = await Promise.race([office.onReady(), new Promise<null>((r) => setTimeout(() => r(null), 5000))]);
  const inExcel = !!info && info.host === office.HostType.Excel && typeof Excel !== "undefined";
  let dark = false;
  try {
    const bg = office.context?.officeTheme?.bodyBackgroundColor;
    if (bg) dark = parseInt(bg.replace("#", "").slice(0, 2), 16) < 0x80;
  } catch {
    // officeTheme is absent on some hosts; keep the light theme.
  }
  return { inExcel, dark };
}

type TabId = "library" | "check" | "score" | "settings";
const params = new URLSearchParams(location.search);
const tabParam = params.get("tab");
const initialTab: TabId | undefined = tabParam === "library" || tabParam === "check" || tabParam === "score" || tabParam === "settings" ? tabParam : undefined;
const kindParam = params.get("kind");
// The ribbon's 插入模板 opens the pane with action=template: lead with the template choice (目标表 by default).
const initialKind: TemplateKind | undefined =
  kindParam === "goal" || kindParam === "self-eval" || kindParam === "dept-goal" || kindParam === "monitor" ? kindParam : params.get("action") === "template" ? "goal" : undefined;
const action = params.get("action") === "template" ? ("template" as const) : undefined;

const root = createRoot(document.getElementById("root") as HTMLElement);
let state: { host: WorkbookHost | null; inExcel: boolean; dark: boolean; settings: Settings; defaults: Settings; startupError?: unknown } = {
  host: null,
  inExcel: false,
  dark: false,
  ...resolveSettings(null, loadSaved()),
};
const builtin = (): Promise<LibraryPackage> => loadBuiltin();

function render(): void {
  root.render(
    <App
      host={state.host}
      inExcel={state.inExcel}
      dark={state.dark}
      settings={state.settings}
      defaults={state.defaults}
      builtin={builtin}
      {...(state.startupError ? { startupError: state.startupError } : {})}
      {...(initialTab ? { initialTab } : {})}
      {...(initialKind ? { initialKind } : {})}
      {...(action ? { action } : {})}
    />,
  );
}

// First paint now, before office.js and before the bureau's config: both update the pane when they arrive.
render();

void loadEngine()
  .then((engine) => engine.fetchBureauConfig(location.href))
  .then(
  (config) => {
    if (config) state = { ...state, ...resolveSettings(config, loadSaved()) };
    render();
  },
  (e: unknown) => {
    state = { ...state, startupError: e };
    render();
  },
);

/**
 * Inside WPS 表格 the page has WPS's `Application` and no Office.js: the pane then drives WPS's object
 * model (src/wps), loaded as its own chunk like the Excel adapter. The cheap look here only decides
 * whether to load it; wpsApplication() confirms it is the spreadsheet's Application.
 */
async function wpsHost(): Promise<WorkbookHost | null> {
  if (typeof (globalThis as { Application?: unknown }).Application !== "object") return null;
  const { wpsApplication, WpsHost } = await import("../wps/wps-host.js");
  const app = wpsApplication();
  return app ? new WpsHost(app) : null;
}

void wpsHost()
  .catch(() => null)
  .then(async (wps) => (wps ? { wps, inExcel: true, dark: false } : { wps: null, ...(await officeHost().catch(() => ({ inExcel: false, dark: false }))) }))
  .then(async ({ wps, inExcel, dark }) => {
    let host: WorkbookHost;
    // The Excel adapter is its own chunk: outside Office it is never loaded.
    if (wps) host = wps;
    else if (inExcel) host = new (await import("./host/excel-host.js")).ExcelHost();
    else {
      const memory = new (await import("./host/memory-host.js")).MemoryHost();
      window.jixiaoMemoryHost = memory;
      host = memory;
    }
    state = { ...state, host, inExcel, dark };
    render();
  });
