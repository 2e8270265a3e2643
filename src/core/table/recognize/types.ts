import type { Issue } from "../../checks/types";
import type { Table } from "../table";

/**
 * Why (part of) a workbook was read the way it was: plain issues with `recognize/*` codes and
 * catalogue messages, like every other problem, never an exception.
 */
export type RecognizeProblem = Issue;
export type RecognizeProblemCode = Extract<Issue["code"], `recognize/${string}`>;

export interface RecognizeResult {
  tables: Table[];
  problems: RecognizeProblem[];
}
