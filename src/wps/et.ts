/**
 * The part of the WPS 表格 (ET) object model under `window.Application` that Jixiao calls, typed by hand from
 * the vendor's declarations (npm `et-jsapi-declare` 2.5.0: lib.et.d.ts, addon.et.d.ts, index.d.ts) so the
 * project needs no extra dependency. The ET model is Excel's VBA model: 1-based Cells, A1 addresses, Value2
 * holding raw values (a single cell gives a scalar, a block a 2-D array), English function names in Formula.
 * Every member used is listed with its source in docs/wps-api.md.
 */

export type EtScalar = string | number | boolean | undefined | null;
/** What Range.Value2 holds: a scalar for one cell, rows of cells for a block. */
export type EtValue = EtScalar | EtScalar[][];

export interface EtInterior {
  /** A BGR long (VBA RGB(r,g,b) = r + g*256 + b*65536), not "#RRGGBB". */
  Color: number;
  /** xlColorIndexNone (-4142) when the cell has no fill. */
  ColorIndex: number;
}

export interface EtFont {
  Bold: boolean;
  Italic: boolean;
  Color: number;
  Size: number;
}

export interface EtBorder {
  LineStyle: number;
  Weight: number;
  Color: number;
}

export interface EtValidation {
  Add(Type: number, AlertStyle?: number, Operator?: number, Formula1?: string, Formula2?: string): void;
  Delete(): void;
  IgnoreBlank: boolean;
  InCellDropdown: boolean;
  InputTitle: string;
  InputMessage: string;
  ShowInput: boolean;
  ErrorTitle: string;
  ErrorMessage: string;
  ShowError: boolean;
  readonly Type: number;
  readonly Formula1: string;
  readonly Formula2: string;
  readonly Operator: number;
  readonly AlertStyle: number;
}

export interface EtFormatCondition {
  readonly Type: number;
  readonly Formula1: string;
  readonly Interior: EtInterior;
  readonly Font: EtFont;
}

export interface EtFormatConditions {
  readonly Count: number;
  Add(Type: number, Operator?: number, Formula1?: string, Formula2?: string): EtFormatCondition;
  Item(Index: number): EtFormatCondition;
}

export interface EtRange {
  /** 1-based row and column of the range's top-left cell. */
  readonly Row: number;
  readonly Column: number;
  readonly Rows: { readonly Count: number };
  readonly Columns: { readonly Count: number };
  readonly Count: number;
  Address(RowAbsolute?: boolean, ColumnAbsolute?: boolean): string;
  Value2: EtValue;
  /** A1 formula text with English function names; a cell without a formula gives its value as text. */
  Formula: EtValue;
  FormulaR1C1: EtValue;
  readonly HasFormula: boolean | null;
  /** A string when every cell shares the format, else null. */
  NumberFormat: string | null;
  /** true when every cell is merged, false when none is, null when mixed. */
  readonly MergeCells: boolean | null;
  readonly MergeArea: EtRange;
  Merge(Across?: boolean): void;
  UnMerge(): void;
  readonly Interior: EtInterior;
  readonly Font: EtFont;
  readonly Borders: { Item(Index: number): EtBorder };
  HorizontalAlignment: number;
  VerticalAlignment: number;
  WrapText: boolean;
  Locked: boolean;
  readonly Validation: EtValidation;
  readonly FormatConditions: EtFormatConditions;
  ColumnWidth: number;
  RowHeight: number;
  readonly EntireRow: EtRange;
  readonly EntireColumn: EtRange;
  Hidden: boolean;
  Insert(Shift?: number): void;
  ClearContents(): void;
  Select(): void;
  Cells(Row: number, Column: number): EtRange;
  readonly Worksheet: EtWorksheet;
}

export interface EtWorksheet {
  Name: string;
  readonly Index: number;
  /** XlSheetVisibility: -1 visible, 0 hidden, 2 very hidden. */
  Visible: number;
  readonly UsedRange: EtRange;
  Range(Cell1: string): EtRange;
  Cells(Row: number, Column: number): EtRange;
  Activate(): void;
  Delete(): void;
  Protect(
    Password?: string,
    DrawingObjects?: boolean,
    Contents?: boolean,
    Scenarios?: boolean,
    UserInterfaceOnly?: boolean,
    AllowFormattingCells?: boolean,
    AllowFormattingColumns?: boolean,
    AllowFormattingRows?: boolean,
    AllowInsertingColumns?: boolean,
    AllowInsertingRows?: boolean,
    AllowInsertingHyperlinks?: boolean,
    AllowDeletingColumns?: boolean,
    AllowDeletingRows?: boolean,
    AllowSorting?: boolean,
    AllowFiltering?: boolean,
  ): void;
  Unprotect(Password?: string): void;
  readonly ProtectContents: boolean;
}

export interface EtSheets {
  readonly Count: number;
  /** By 1-based index or by name; a missing item throws (VBA: subscript out of range). */
  Item(Index: number | string): EtWorksheet;
  /** Adds a worksheet (before / after the given sheet) and activates it. */
  Add(Before?: EtWorksheet, After?: EtWorksheet): EtWorksheet;
}

export interface EtName {
  Name: string;
  /** "=Sheet!$A$1" */
  RefersTo: string;
  Delete(): void;
}

export interface EtNames {
  readonly Count: number;
  Item(Index: number | string): EtName;
  Add(Name: string, RefersTo: string): EtName;
}

export interface EtWorkbook {
  readonly Name: string;
  readonly FullName: string;
  readonly Worksheets: EtSheets;
  readonly Names: EtNames;
  readonly ActiveSheet: EtWorksheet;
}

export interface EtWindow {
  FreezePanes: boolean;
  SplitRow: number;
  SplitColumn: number;
}

export type EtEventHandler = (...args: unknown[]) => void;

export interface EtApiEvent {
  AddApiEventListener(EventName: string, callback: EtEventHandler | string): void;
  RemoveApiEventListener(EventName: string, callback?: EtEventHandler | string): void;
}

export interface EtPluginStorage {
  setItem(key: string, value: string | number | boolean): void;
  getItem(key: string): string | null | undefined;
  removeItem(key: string): void;
}

export interface EtTaskPane {
  readonly ID: number;
  Visible: boolean;
  Navigate(url: string): void;
  DockPosition: number;
  Width: number;
}

export interface EtApplication {
  readonly ActiveWorkbook: EtWorkbook | null;
  readonly ActiveSheet: EtWorksheet | null;
  readonly ActiveWindow: EtWindow;
  ScreenUpdating: boolean;
  EnableEvents: boolean;
  DisplayAlerts: boolean;
  readonly ApiEvent: EtApiEvent;
  readonly PluginStorage: EtPluginStorage;
  CreateTaskPane(url: string, title?: string): EtTaskPane;
  GetTaskPane(id: number): EtTaskPane;
}

/** Enumeration values from et-jsapi-declare lib.et.d.ts; the alignment and weight ones from Excel's VBA reference. */
export const XL = {
  validateWholeNumber: 1,
  validateDecimal: 2,
  validateList: 3,
  validAlertStop: 1,
  between: 1,
  greaterEqual: 7,
  lessEqual: 8,
  expression: 2,
  sheetVisible: -1,
  sheetHidden: 0,
  shiftDown: -4121,
  colorIndexNone: -4142,
  continuous: 1,
  thin: 2,
  edgeLeft: 7,
  edgeTop: 8,
  edgeBottom: 9,
  edgeRight: 10,
  insideVertical: 11,
  insideHorizontal: 12,
  hAlignLeft: -4131,
  hAlignCenter: -4108,
  hAlignRight: -4152,
  vAlignTop: -4160,
  vAlignCenter: -4108,
  vAlignBottom: -4107,
} as const;

/** "#RRGGBB" → the BGR long that Interior.Color and Font.Color hold. */
export function hexToBgr(hex: string): number {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) throw new Error(`无法识别的颜色 "${hex}" / not a colour`);
  const [r, g, b] = [m[1], m[2], m[3]].map((x) => parseInt(x as string, 16)) as [number, number, number];
  return r + g * 256 + b * 65536;
}

/** The BGR long of Interior.Color → "#RRGGBB". */
export function bgrToHex(bgr: number): string {
  const n = Math.max(0, Math.floor(bgr)) & 0xffffff;
  const hex = (x: number): string => x.toString(16).padStart(2, "0").toUpperCase();
  return `#${hex(n & 0xff)}${hex((n >> 8) & 0xff)}${hex((n >> 16) & 0xff)}`;
}

/** A 2-D view of what Value2 / Formula returned: a single cell's scalar becomes [[v]]. */
export function as2D(v: EtValue, rows: number, cols: number): EtScalar[][] {
  if (Array.isArray(v)) return v.map((r) => (Array.isArray(r) ? r : [r]));
  const out: EtScalar[][] = [];
  for (let r = 0; r < rows; r++) out.push(new Array<EtScalar>(cols).fill(v));
  return out;
}

/** Worksheet by name, or null; ET's Item(name) throws when the sheet is missing, so the sheets are walked. */
export function findSheet(wb: EtWorkbook, name: string): EtWorksheet | null {
  const sheets = wb.Worksheets;
  for (let i = 1; i <= sheets.Count; i++) {
    const ws = sheets.Item(i);
    if (ws.Name === name) return ws;
  }
  return null;
}

export function sheetNames(wb: EtWorkbook): string[] {
  const out: string[] = [];
  for (let i = 1; i <= wb.Worksheets.Count; i++) out.push(wb.Worksheets.Item(i).Name);
  return out;
}

export function activeWorkbook(app: EtApplication): EtWorkbook {
  const wb = app.ActiveWorkbook;
  if (!wb) throw new Error("没有打开的工作簿 / no workbook is open");
  return wb;
}
