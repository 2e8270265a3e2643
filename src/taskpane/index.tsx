import * as React from "react";
import { createRoot } from "react-dom/client";
import { App } from "./components/App";
import { ExcelHost } from "./host/excel-host";
import { MemoryHost } from "./host/memory-host";
import type { WorkbookHost } from "./host/types";
import { wpsApplication, WpsHost } from "../wps/wps-host";

declare global {
  interface Window {
    jixiaoOfficeLoaded?: Promise<string>;
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

async function main(): Promise<void> {
  const root = createRoot(document.getElementById("root") as HTMLElement);
  // Inside WPS 表格 the page has WPS's `Application` and no Office.js: the pane drives WPS's object model.
  const wps = wpsApplication();
  const { inExcel, dark } = wps ? { inExcel: true, dark: false } : await officeHost().catch(() => ({ inExcel: false, dark: false }));
  let host: WorkbookHost;
  if (wps) host = new WpsHost(wps);
  else if (inExcel) host = new ExcelHost();
  else {
    const memory = new MemoryHost();
    window.jixiaoMemoryHost = memory;
    host = memory;
  }
  const params = new URLSearchParams(location.search);
  const tab = params.get("tab");
  root.render(
    <App
      host={host}
      inExcel={inExcel}
      dark={dark}
      {...(tab === "library" || tab === "check" || tab === "score" || tab === "settings" ? { initialTab: tab } : {})}
    />,
  );
}

void main();
