import ExcelJS from "exceljs";
import type { CellStyle, PlanCell, PlanConditionalFormat, PlanPrint, PlanValidation, SheetPlan, WorkbookPlan } from "../core/table/plan";
import { validatePlan, TemplatePlanError } from "../core/table/templates/validate-plan";

/** Font most Chinese government forms print in; LibreOffice and WPS substitute a CJK font when absent. */
const FORM_FONT = "宋体";
const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF808080" } };

/** Parts of exceljs's worksheet its typings leave out. */
interface WorksheetInternals {
  dataValidations: { add(range: string, v: ExcelJS.DataValidation): void };
  sheetProtection: Record<string, boolean> | null;
}
const internals = (ws: ExcelJS.Worksheet): WorksheetInternals => ws as unknown as WorksheetInternals;

/** Columns whose blank cells are unlocked on a protected sheet (A … AZ: far beyond any form). */
const UNLOCKED_COLUMNS = 52;
const argb = (hex: string): string => `FF${hex.replace(/^#/, "").toUpperCase()}`;

function fontOf(style: CellStyle | undefined): Partial<ExcelJS.Font> {
  return {
    name: FORM_FONT,
    size: style?.fontSize ?? 11,
    ...(style?.bold ? { bold: true } : {}),
    ...(style?.italic ? { italic: true } : {}),
    ...(style?.fontColor ? { color: { argb: argb(style.fontColor) } } : {}),
  };
}

function applyStyle(cell: ExcelJS.Cell, style: CellStyle | undefined, locked: boolean): void {
  cell.font = fontOf(style);
  if (style?.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  if (style?.hAlign || style?.vAlign || style?.wrap) {
    cell.alignment = {
      ...(style.hAlign ? { horizontal: style.hAlign } : {}),
      ...(style.vAlign ? { vertical: style.vAlign } : {}),
      ...(style.wrap ? { wrapText: true } : {}),
    };
  }
  if (style?.numberFormat) cell.numFmt = style.numberFormat;
  if (style?.border) cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  cell.protection = { locked };
}

/**
 * Literal text is always written as a string cell, never parsed: "=cmd|…" or "+1" typed into an
 * indicator name stays text in every spreadsheet that opens the file.
 */
function writeCell(ws: ExcelJS.Worksheet, pc: PlanCell): void {
  const cell = ws.getCell(pc.addr);
  if (pc.formula !== undefined) cell.value = { formula: pc.formula } as ExcelJS.CellFormulaValue;
  else if (pc.value === undefined || pc.value === null) cell.value = null;
  else cell.value = typeof pc.value === "string" ? String(pc.value) : pc.value;
  applyStyle(cell, pc.style, pc.locked !== false);
}

/**
 * An in-cell list as the formula string literal Excel stores: a quote inside an item is doubled, so a
 * tier named `好"&WEBSERVICE(…)&"` stays one item of text and never becomes part of a formula. Commas
 * separate items in this literal and cannot be escaped, so one inside an item becomes "，".
 */
export function listLiteral(items: readonly string[]): string {
  return `"${items.map((i) => i.replace(/,/g, "，").replace(/"/g, '""')).join(",")}"`;
}

function writeValidation(ws: ExcelJS.Worksheet, v: PlanValidation): void {
  const messages = {
    ...(v.prompt ? { showInputMessage: true, promptTitle: v.prompt.title, prompt: v.prompt.text } : {}),
    ...(v.error ? { showErrorMessage: true, errorStyle: "stop" as const, errorTitle: v.error.title, error: v.error.text } : { showErrorMessage: true }),
  };
  if (v.type === "list") {
    const source = v.listFormula !== undefined ? v.listFormula.replace(/^=/, "") : listLiteral(v.list ?? []);
    internals(ws).dataValidations.add(v.range, { type: "list", allowBlank: v.allowBlank, formulae: [source], ...messages });
    return;
  }
  internals(ws).dataValidations.add(v.range, {
    type: v.type,
    operator: "between",
    allowBlank: v.allowBlank,
    formulae: [v.min ?? 0, v.max ?? 0],
    ...messages,
  });
}

function writeConditionalFormats(ws: ExcelJS.Worksheet, cfs: readonly PlanConditionalFormat[]): void {
  cfs.forEach((cf, i) => {
    const style: Partial<ExcelJS.Style> = {
      ...(cf.style.fill ? { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(cf.style.fill) } } } : {}),
      ...(cf.style.fontColor || cf.style.bold
        ? { font: { ...(cf.style.fontColor ? { color: { argb: argb(cf.style.fontColor) } } : {}), ...(cf.style.bold ? { bold: true } : {}) } }
        : {}),
    };
    ws.addConditionalFormatting({
      ref: cf.range,
      rules: [{ type: "expression", priority: i + 1, formulae: [cf.formula], style }],
    });
  });
}

/** Followers of a merged range take the master's style so the printed borders stay closed. */
function styleMergedFollowers(ws: ExcelJS.Worksheet, range: string): void {
  const [tl, br] = range.split(":") as [string, string?];
  const master = ws.getCell(tl);
  const a = ws.getCell(tl);
  const b = ws.getCell(br ?? tl);
  for (let r = Number(a.row); r <= Number(b.row); r++) {
    for (let c = Number(a.col); c <= Number(b.col); c++) {
      if (r === Number(a.row) && c === Number(a.col)) continue;
      const cell = ws.getCell(r, c);
      cell.style = { ...master.style };
    }
  }
}

/** Page setup from the plan; A4 is paper size 9 in OOXML. */
function pageSetupOf(p: PlanPrint | undefined): Partial<ExcelJS.PageSetup> {
  const base: Partial<ExcelJS.PageSetup> = { paperSize: 9, orientation: p?.orientation ?? "landscape", fitToPage: true, fitToWidth: p?.fitWidth ?? 1, fitToHeight: p?.fitHeight ?? 0 };
  if (!p) return base;
  return {
    ...base,
    // exceljs prefixes "$" to each end's column only; give it "A$1" so the rows are absolute too.
    ...(p.area ? { printArea: p.area.replace(/([A-Z]+)(\d+)/g, "$1$$$2") } : {}),
    ...(p.titleRows ? { printTitlesRow: p.titleRows } : {}),
    blackAndWhite: p.blackAndWhite,
    ...(p.margins ? { margins: { ...p.margins } } : {}),
  };
}

/** Excel header/footer string: &L, &C, &R sections. */
export function footerString(f: NonNullable<PlanPrint["footer"]>): string {
  return `${f.left ? `&L${f.left}` : ""}${f.center ? `&C${f.center}` : ""}${f.right ? `&R${f.right}` : ""}`;
}

/** Add one planned sheet to a workbook (a new one, or a department's file being annotated). */
export function renderSheet(wb: ExcelJS.Workbook, sp: SheetPlan): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(sp.name, {
    state: sp.hidden ? "hidden" : "visible",
    pageSetup: pageSetupOf(sp.print),
    ...(sp.print?.footer ? { headerFooter: { oddFooter: footerString(sp.print.footer), differentFirst: false, differentOddEven: false } } : {}),
    ...(sp.frozen ? { views: [{ state: "frozen", xSplit: sp.frozen.cols, ySplit: sp.frozen.rows, topLeftCell: `A${sp.frozen.rows + 1}` }] } : {}),
  });
  // Only formula cells are locked: blank cells beside the form are unlocked through their column's style.
  if (sp.protect) for (let c = 1; c <= UNLOCKED_COLUMNS; c++) ws.getColumn(c).protection = { locked: false };
  for (const [col, width] of Object.entries(sp.columnWidths)) ws.getColumn(col).width = width;
  for (const col of sp.hiddenColumns ?? []) ws.getColumn(col).hidden = true;
  for (const [row, height] of Object.entries(sp.rowHeights ?? {})) ws.getRow(Number(row)).height = height;
  for (const pc of sp.cells) writeCell(ws, pc);
  for (const m of sp.merges) {
    styleMergedFollowers(ws, m);
    ws.mergeCells(m);
  }
  for (const v of sp.validations) writeValidation(ws, v);
  writeConditionalFormats(ws, sp.conditionalFormats);
  if (sp.autoFilter) ws.autoFilter = sp.autoFilter.range;
  for (const n of sp.notes ?? []) ws.getCell(n.addr).note = n.text;
  if (sp.protect) {
    // No password: protection guards formulas against slips, not against the person who owns the file.
    // In exceljs's model `true` means "allowed" (written as formatCells="0"): the person may change
    // formats, row heights and column widths, insert rows, sort and filter; only locked (formula) cells
    // refuse edits — the same options the Office.js renderer sets.
    internals(ws).sheetProtection = {
      sheet: true,
      formatCells: true,
      formatColumns: true,
      formatRows: true,
      insertRows: true,
      insertHyperlinks: true,
      sort: true,
      autoFilter: true,
    };
  }
  return ws;
}

/** Render a validated plan into an exceljs workbook (nothing is written to disk here). */
export function renderWorkbook(plan: WorkbookPlan): ExcelJS.Workbook {
  const problems = validatePlan(plan);
  if (problems.length > 0) throw new TemplatePlanError(problems);
  const wb = new ExcelJS.Workbook();
  wb.creator = "绩效目标助手 Jixiao";
  // Formulas are written without cached results; ask every spreadsheet to compute them on open.
  wb.calcProperties = { fullCalcOnLoad: true };
  for (const sp of plan.sheets) renderSheet(wb, sp);
  for (const n of plan.names) wb.definedNames.add(n.ref, n.name);
  return wb;
}

/** Render standalone sheets (review summary, 审核意见) into a new workbook; no template stamp involved. */
export function renderSheets(sheets: readonly SheetPlan[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "绩效目标助手 Jixiao";
  for (const sp of sheets) renderSheet(wb, sp);
  return wb;
}
