import type { CellValue } from "../table/grid";
import type { PlanConditionalFormat } from "../table/plan";

/** What an added cell is, for the stamp, the pane and the proofs. */
export type LiveCellRole =
  | "header"
  | "target-text"
  | "operator"
  | "target-number"
  | "actual-text"
  | "actual-number"
  | "row-score"
  | "subtotal"
  | "budget-rate"
  | "budget-score"
  | "total"
  | "grade"
  | "label";

/** One cell the upgrade writes: always a cell that was empty before. */
export interface LiveCell {
  /** A1 address on the table's sheet. */
  addr: string;
  role: LiveCellRole;
  /** A formula without "=" (classic functions only), or a literal label. */
  formula?: string;
  value?: string;
  /** Number format for a cell in an added column ("0.00"); never set on the form's own cells. */
  numberFormat?: string;
  /** What the core computes for this cell today (the proof compares the recalculated formula with it). */
  expect?: number | string | null;
  /** What it is, as a person reads it ("第12行 核算得分", "总分"). */
  label: string;
  /** 1-based sheet row of the indicator the cell belongs to. */
  row?: number;
}

/** Why a row or the whole table is not given formulas; stable codes, messages in messages.ts. */
export type LiveSkipReason =
  | "not-self-eval"
  | "already-live"
  | "no-rows"
  | "no-weight"
  | "date-target"
  | "target-form"
  | "actual-form"
  | "no-space"
  | "budget-unreadable"
  | "rows-not-upgraded";

export interface LiveSkip {
  reason: LiveSkipReason;
  /** The indicator's sheet row, when the reason is about one row. */
  row?: number;
  cell?: string;
  text?: string;
}

/** The upgrade of one recognised table: cell writes into its own sheet, a difference mark and a stamp. */
export interface LivePatch {
  sheet: string;
  /** "fill": formulas go into the form's empty 得分 cells; "beside": a 核算得分 column next to typed scores. */
  mode: "fill" | "beside";
  cells: LiveCell[];
  conditionalFormats: PlanConditionalFormat[];
  /** Columns added to the right of the table (helpers, 核算得分, the summary), by letter. */
  addedColumns: string[];
  stamp: LiveStamp;
  /** Rows and parts that could not be upgraded, and why. */
  skipped: LiveSkip[];
  /** Number of indicator rows given a score formula. */
  upgradedRows: number;
}

export interface LiveStamp {
  libraryId: string;
  version: string;
  profile: string;
  sheet: string;
  mode: "fill" | "beside";
  /** Every cell written, with its formula or label, so it is protected and can be removed. */
  cells: { addr: string; label: string; formula?: string; value?: string; numberFormat?: string }[];
  /** Ranges of the difference marks. */
  marks: string[];
}

/** A plan that cannot be made at all, with the reason as data. */
export interface LiveRefusal {
  ok: false;
  reasons: LiveSkip[];
}

export type LivePlanResult = { ok: true; patch: LivePatch } | LiveRefusal;

/** The cells a removal writes back: every added cell emptied, the stamp sheet and names dropped. */
export interface LiveRemoval {
  sheet: string;
  clear: string[];
  marks: string[];
  stampSheet: string;
  names: string[];
}

export type { CellValue };
