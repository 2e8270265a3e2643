export { WpsHost, wpsApplication, wpsMarkStore } from "./wps-host";
export { renderPlan, applySheetPatch, WpsRenderError, type SheetPatch, type WpsRenderResult } from "./render-plan";
export { readActiveTable, sheetGrid } from "./read-table";
export { insertIndicators } from "./insert-indicators";
export { applyMarks, layeredStore, PluginStorageMarkStore, WPS_MARKS_KEY, type KeyValueStore } from "./marks";
export { startLiveChecking, LIVE_EVENTS } from "./live";
export { selectCell } from "./select";
export type * from "./et";
