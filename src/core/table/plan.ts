import type { CellValue } from "./grid";
import type { LibraryStamp, TemplateKind } from "./table";

/**
 * A declarative description of what to write into a workbook. Both adapters (exceljs and
 * Office.js) render it; nothing in it is specific to either.
 */
export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  fontColor?: string; // "#RRGGBB"
  fill?: string; // "#RRGGBB"
  fontSize?: number;
  hAlign?: "left" | "center" | "right";
  vAlign?: "top" | "middle" | "bottom";
  wrap?: boolean;
  numberFormat?: string;
  border?: boolean;
}

export interface PlanCell {
  /** A1 address on the plan's sheet. */
  addr: string;
  /** A literal value. Text that starts with = + - @ is escaped by the renderer, never evaluated. */
  value?: CellValue;
  /** A formula without the leading "=", classic function set only. */
  formula?: string;
  style?: CellStyle;
  /** Cells not marked `locked: false` are locked when the sheet is protected; Jixiao's builders lock only formulas. */
  locked?: boolean;
}

export interface PlanValidation {
  /** A1 range, e.g. "B12:B40". */
  range: string;
  type: "list" | "decimal" | "whole";
  /** For lists: either literal items or a formula returning a range ("=INDEX(...)"). */
  list?: string[];
  listFormula?: string;
  min?: number;
  max?: number;
  allowBlank: boolean;
  prompt?: { title: string; text: string };
  error?: { title: string; text: string };
}

export interface PlanConditionalFormat {
  range: string;
  /** A formula relative to the top-left cell of `range`, without "=". */
  formula: string;
  style: Pick<CellStyle, "fill" | "fontColor" | "bold">;
  /** Why the format is there; shown in docs and tests, not in the sheet. */
  meaning: string;
}

export interface PlanName {
  name: string;
  /** Reference with sheet, e.g. "'_jixiao'!$B$2", or a constant formula. */
  ref: string;
}

/**
 * How a sheet prints. Explanatory and helper columns stay in the file but outside `area`; review colours
 * are kept off paper by printing in black and white (Excel and WPS honour it; fills are for the screen).
 */
export interface PlanPrint {
  paper: "A4";
  orientation: "landscape" | "portrait";
  /** Pages across (always 1: a form never splits sideways) and down (0 = as many as needed). */
  fitWidth: number;
  fitHeight: number;
  /** Printed range, e.g. "A1:L40"; columns right of it (指标解释, codes) are kept in the file. */
  area?: string;
  /** Rows repeated on every page, e.g. "12:12" (the indicator header). */
  titleRows?: string;
  /** Footer texts; "&P" and "&N" are the page number and count as in Excel's header/footer codes. */
  footer?: { left?: string; center?: string; right?: string };
  /** Print without fills and font colours, so review marks never reach paper. */
  blackAndWhite: boolean;
  /** Margins in inches. */
  margins?: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
}

/** A note (comment) attached to one cell, e.g. a reviewer's remark on a flagged cell. */
export interface PlanNote {
  addr: string;
  text: string;
}

export interface PlanAutoFilter {
  range: string;
}

export interface SheetPlan {
  name: string;
  hidden?: boolean;
  cells: PlanCell[];
  merges: string[];
  validations: PlanValidation[];
  conditionalFormats: PlanConditionalFormat[];
  /** Column widths in characters, by column letter. */
  columnWidths: Record<string, number>;
  hiddenColumns?: string[];
  /** Row heights in points, by 1-based row number; rows not listed keep the default height. */
  rowHeights?: Record<number, number>;
  frozen?: { rows: number; cols: number };
  protect: boolean;
  print?: PlanPrint;
  autoFilter?: PlanAutoFilter;
  /** Cell notes (comments), e.g. 审核意见 at flagged cells. */
  notes?: PlanNote[];
}

export interface WorkbookPlan {
  kind: TemplateKind;
  stamp: LibraryStamp;
  /** The visible template sheet first, then hidden helper sheets (lists, stamp). */
  sheets: SheetPlan[];
  names: PlanName[];
}
