export { run } from "./main";
export { memoryIO, processIO, type CliIO } from "./io";
export { CliError } from "./errors";
export { checkPaths, exitCodeOf, type CheckRun, type CheckOptions } from "./commands/check";
export { checkGrids, checkFile, makeContext, type FileOut, type TableOut, type IssueOut, type ScoreOut } from "./check-file";
export { checkInPool, checkSequential, defaultJobs } from "./pool";
export { libraryInfo } from "./commands/library";
export { buildReviewWorkbook, checkTime } from "./report-sheets";
export { annotateAll, annotateOne, type AnnotateResult } from "./annotate";
