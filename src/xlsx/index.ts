export { readWorkbookGrids } from "./read";
export { WorkbookReadError, type WorkbookReadProblem } from "./errors";
export { renderWorkbook, renderSheet, renderSheets } from "./render";
export { writeWorkbookPlan, WorkbookWriteError } from "./write";
