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
  /** Input cells are unlocked; everything else stays locked when the sheet is protected. */
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
}

export interface WorkbookPlan {
  kind: TemplateKind;
  stamp: LibraryStamp;
  /** The visible template sheet first, then hidden helper sheets (lists, stamp). */
  sheets: SheetPlan[];
  names: PlanName[];
}
