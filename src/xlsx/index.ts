export { readWorkbookGrids } from "./read";
export { WorkbookReadError, type WorkbookReadProblem } from "./errors";
export { renderWorkbook } from "./render";
export { writeWorkbookPlan, WorkbookWriteError } from "./write";
