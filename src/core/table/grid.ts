/** A raw cell value as both adapters read it: numbers stay numbers, dates are Excel serials. */
export type CellValue = string | number | boolean | null;

/**
 * A snapshot of a sheet region, read in one go by either adapter (exceljs or Office.js).
 * Rows and columns are 1-based sheet coordinates; `values[r][c]` is the cell at
 * (origin.row + r, origin.col + c).
 */
export interface Grid {
  sheet: string;
  origin: { row: number; col: number };
  values: CellValue[][];
  /** Formula text without the leading "=", or null, same shape as values. */
  formulas: (string | null)[][];
  /** Number format codes, same shape as values; optional because some readers cannot see them cheaply. */
  numberFormats?: (string | null)[][];
  /** Merged ranges in A1 notation, e.g. "A3:A10". */
  merges: string[];
}

export interface WorkbookGrids {
  /** File name or workbook title, for messages. */
  name: string;
  sheets: Grid[];
  /** Defined names in the workbook (name → A1 reference with sheet), used for the library stamp. */
  definedNames?: Record<string, string>;
}
