export { renderPlan, RenderError, renameSheetRefs, type RenderOptions, type RenderResult } from "./render-plan";
export { readActiveTable, type ReadOptions, type ReadResult } from "./read-table";
export { insertIndicators, type InsertResult } from "./insert-indicators";
export { applyMarks, MemoryMarkStore, MARK_FILL, type MarkStore, type Original } from "./marks";
export { startLiveChecking, LIVE_DEBOUNCE_MS, type LiveOptions } from "./live";
export { asOwnWrite, isOwnWrite } from "./own-writes";
export { selectCell } from "./select";
export { DocumentMarkStore, flushMarks, markStore, MARKS_SETTING, type SettingsLike } from "./document-mark-store";
export { writeReview, removeReview, stripOurs, type ReviewWriteResult } from "./review";
