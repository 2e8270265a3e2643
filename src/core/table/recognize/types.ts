import type { Table } from "../table";

export type RecognizeProblemCode =
  /** A sheet with content in which no indicator header row was found. */
  | "no-table"
  /** An indicator header was found but no indicator rows under it. */
  | "no-rows"
  /** The workbook has no sheet with content at all. */
  | "empty-workbook"
  /** A block was read but deliberately not returned (a 中期/长期 block beside the 年度 one). */
  | "block-skipped"
  /** A Jixiao stamp was found but the template layout did not match it. */
  | "template-mismatch";

/** Why (part of) a workbook could not be read as a table: plain data, never an exception. */
export interface RecognizeProblem {
  code: RecognizeProblemCode;
  /** "error": nothing usable; "info": something was read differently than it might have been. */
  level: "error" | "info";
  sheet?: string;
  cell?: string;
  /** Chinese first, then English. */
  message: string;
}

export interface RecognizeResult {
  tables: Table[];
  problems: RecognizeProblem[];
}
