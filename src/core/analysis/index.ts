export { analyzeWorkbook, type Analysis, type AnalyzedTable, type AnalyzeOptions } from "./analyze";
export { findProfile, libraryDefaultProfile, profileForTable, profileFromLayout } from "./profile";
