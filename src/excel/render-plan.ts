import type { CellStyle, PlanValidation, SheetPlan, WorkbookPlan } from "../core/table/plan";
import { colToLetters, parseCell, quoteSheet, rectAddr } from "./a1";
import { toBlocks, type Placed } from "./blocks";
import { toExcelValue } from "./escape";
import { asOwnWrite } from "./own-writes";
import { DEFAULT_MAX_PAYLOAD, PayloadBatch, payloadBytes } from "./payload";
import { applyStyle, charsToPoints, styleKey } from "./style";
import { excelApiSupported } from "./support";

export interface RenderOptions {
  /** Upper bound on one request's queued payload (bytes). */
  maxPayloadBytes?: number;
}

export interface RenderResult {
  /** Sheet names as written (a visible sheet is renamed "名称 (2)" when the name is taken). */
  sheets: string[];
  /** The name of the visible template sheet. */
  mainSheet: string;
  /** context.sync calls made, the existence read included. */
  syncs: number;
  /** Estimated bytes of cell data, formats and rules sent. */
  payloadBytes: number;
}

export class RenderError extends Error {
  constructor(message: string, override readonly cause?: unknown) {
    super(message);
    this.name = "RenderError";
  }
}

/**
 * Writes a WorkbookPlan into the open workbook in a constant number of syncs: one read (which sheets and
 * names exist), one write (everything, with calculation and screen updating suspended), and more only when
 * the payload would pass Excel on the web's request limit. Visible sheets are always new sheets, so no
 * person's data is overwritten; when the write fails, the sheets it added are deleted (one more sync).
 */
export async function renderPlan(context: Excel.RequestContext, plan: Pick<WorkbookPlan, "sheets" | "names">, options: RenderOptions = {}): Promise<RenderResult> {
  return asOwnWrite(async () => {
    const wb = context.workbook;
    const sheetsRead = wb.worksheets.load("items/name");
    const namesRead = wb.names.load("items/name");
    await context.sync();
    let syncs = 1;

    const existing = new Set(sheetsRead.items.map((s) => s.name));
    const existingNames = new Set(namesRead.items.map((n) => n.name.toUpperCase()));
    const renames = new Map<string, string>();
    const taken = new Set(existing);
    for (const sp of plan.sheets) {
      if (!sp.hidden && existing.has(sp.name)) renames.set(sp.name, uniqueName(sp.name, taken));
    }
    const rename = (text: string): string => renameSheetRefs(text, renames);

    const canScreen = excelApiSupported("1.9");
    const canEvents = excelApiSupported("1.8");
    const batch = new PayloadBatch(context, options.maxPayloadBytes ?? DEFAULT_MAX_PAYLOAD, () => {
      context.application.suspendApiCalculationUntilNextSync();
      if (canScreen) context.application.suspendScreenUpdatingUntilNextSync();
    });
    const added: string[] = [];
    const written: string[] = [];
    try {
      if (canEvents) context.runtime.enableEvents = false;
      for (const sp of plan.sheets) {
        const name = renames.get(sp.name) ?? sp.name;
        let ws: Excel.Worksheet;
        if (existing.has(name)) {
          // A helper sheet (lists, stamp) left by an earlier template: rewrite it in place, since other
          // templates' validations and names point at it and deleting it would turn them into #REF!.
          ws = wb.worksheets.getItem(name);
          ws.protection.unprotect();
          ws.getRange().clear("Contents");
        } else {
          ws = wb.worksheets.add(name);
          added.push(name);
        }
        written.push(name);
        await writeSheet(ws, sp, batch, rename);
      }
      for (const n of plan.names) {
        const ref = rename(n.ref);
        await batch.reserve(payloadBytes([n.name, ref]));
        if (existingNames.has(n.name.toUpperCase())) wb.names.getItem(n.name).delete();
        wb.names.add(n.name, ref.startsWith("=") ? ref : `=${ref}`);
      }
      const main = plan.sheets.find((s) => !s.hidden) ?? plan.sheets[0];
      if (main) wb.worksheets.getItem(renames.get(main.name) ?? main.name).activate();
      if (canEvents) context.runtime.enableEvents = true;
      await batch.flush();
      syncs += batch.syncs;
      syncs += await applyPrintSetup(context, plan.sheets, renames);
      return { sheets: written, mainSheet: main ? (renames.get(main.name) ?? main.name) : "", syncs, payloadBytes: batch.totalBytes };
    } catch (e) {
      syncs += batch.syncs;
      await rollback(context, added, canEvents);
      throw new RenderError(
        `插入模板失败，已撤销新建的工作表：${(e as Error)?.message ?? String(e)} / inserting the template failed; the new sheets were removed`,
        e,
      );
    }
  });
}

async function rollback(context: Excel.RequestContext, added: string[], canEvents: boolean): Promise<void> {
  try {
    for (const name of added) context.workbook.worksheets.getItem(name).delete();
    if (canEvents) context.runtime.enableEvents = true;
    await context.sync();
  } catch {
    // The original error is the one worth reporting; a failed cleanup leaves at most an empty new sheet.
  }
}

/** "名称 (2)", "名称 (3)" … for a visible sheet whose name is taken; cut to stay within the 31-character limit. */
export function uniqueName(name: string, taken: Set<string>): string {
  for (let i = 2; ; i++) {
    const candidate = `${name.slice(0, 26)} (${i})`;
    if (!taken.has(candidate)) {
      taken.add(candidate);
      return candidate;
    }
  }
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Rewrites references to renamed sheets ("'自评表'!B3", "自评表!B3") in formulas and names. */
export function renameSheetRefs(text: string, renames: Map<string, string>): string {
  let out = text;
  for (const [from, to] of renames) {
    const target = `${quoteSheet(to)}!`;
    out = out.replace(new RegExp(`'${escapeRe(from.replace(/'/g, "''"))}'!`, "g"), target);
    if (quoteSheet(from) === from) out = out.replace(new RegExp(`(^|[^A-Za-z0-9_.'])${escapeRe(from)}!`, "g"), `$1${target}`);
  }
  return out;
}

interface CellItem {
  value?: string | number | boolean;
  formula?: string;
  numberFormat?: string;
  style?: CellStyle;
}

async function writeSheet(ws: Excel.Worksheet, sp: SheetPlan, batch: PayloadBatch, rename: (s: string) => string): Promise<void> {
  const values: Placed<string | number | boolean>[] = [];
  const formulas: Placed<string>[] = [];
  const numberFormats: Placed<string>[] = [];
  const styled = new Map<string, { style: CellStyle; cells: Placed<true>[] }>();
  const locked: Placed<true>[] = [];
  for (const c of sp.cells) {
    const { row, col } = parseCell(c.addr);
    const item: CellItem = {};
    if (c.formula !== undefined) item.formula = `=${rename(c.formula.replace(/^=/, ""))}`;
    else if (c.value !== undefined) item.value = toExcelValue(c.value);
    if (item.formula !== undefined) formulas.push({ row, col, item: item.formula });
    else if (item.value !== undefined) values.push({ row, col, item: item.value });
    if (c.style?.numberFormat) numberFormats.push({ row, col, item: c.style.numberFormat });
    const key = styleKey(c.style);
    if (key && c.style) {
      const group = styled.get(key) ?? { style: c.style, cells: [] };
      group.cells.push({ row, col, item: true });
      styled.set(key, group);
    }
    if (c.locked !== false) locked.push({ row, col, item: true });
  }

  // Values first, then formulas, so formulas never see a half-filled sheet when calculation resumes.
  for (const b of toBlocks(values)) {
    await batch.reserve(payloadBytes(b.items) + 40);
    ws.getRange(rectAddr(b.rect)).values = b.items;
  }
  for (const b of toBlocks(formulas)) {
    await batch.reserve(payloadBytes(b.items) + 40);
    ws.getRange(rectAddr(b.rect)).formulas = b.items;
  }
  for (const b of toBlocks(numberFormats)) {
    await batch.reserve(payloadBytes(b.items) + 40);
    ws.getRange(rectAddr(b.rect)).numberFormat = b.items;
  }
  for (const { style, cells } of styled.values()) {
    for (const b of toBlocks(cells)) {
      await batch.reserve(payloadBytes(style) + 60);
      applyStyle(ws.getRange(rectAddr(b.rect)), style, b.rect.bottom - b.rect.top + 1, b.rect.right - b.rect.left + 1);
    }
  }
  // Only formula (locked) cells are locked: the whole sheet is unlocked first, so blank cells beside the
  // form are the person's too; then the plan's locked cells are locked again.
  if (sp.protect) {
    await batch.reserve(60);
    ws.getRange().format.protection.locked = false;
  }
  for (const b of toBlocks(locked)) {
    await batch.reserve(60);
    ws.getRange(rectAddr(b.rect)).format.protection.locked = true;
  }
  for (const m of sp.merges) {
    await batch.reserve(40);
    ws.getRange(m).merge(false);
  }
  for (const v of sp.validations) {
    await batch.reserve(payloadBytes(v) + 60);
    applyValidation(ws.getRange(v.range).dataValidation, v, rename);
  }
  for (const cf of sp.conditionalFormats) {
    await batch.reserve(payloadBytes(cf.style) + cf.formula.length + 60);
    const f = ws.getRange(cf.range).conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
    f.custom.rule.formula = `=${rename(cf.formula.replace(/^=/, ""))}`;
    if (cf.style.fill) f.custom.format.fill.color = cf.style.fill;
    if (cf.style.fontColor) f.custom.format.font.color = cf.style.fontColor;
    if (cf.style.bold !== undefined) f.custom.format.font.bold = cf.style.bold;
  }
  for (const [col, width] of Object.entries(sp.columnWidths)) {
    await batch.reserve(40);
    ws.getRange(`${col}:${col}`).format.columnWidth = charsToPoints(width);
  }
  for (const col of sp.hiddenColumns ?? []) {
    await batch.reserve(40);
    ws.getRange(`${col}:${col}`).columnHidden = true;
  }
  if (sp.frozen && (sp.frozen.rows > 0 || sp.frozen.cols > 0)) {
    await batch.reserve(40);
    const { rows, cols } = sp.frozen;
    if (rows > 0 && cols > 0) ws.freezePanes.freezeAt(ws.getRange(`A1:${colToLetters(cols)}${rows}`));
    else if (rows > 0) ws.freezePanes.freezeRows(rows);
    else ws.freezePanes.freezeColumns(cols);
  }
  if (sp.autoFilter) {
    await batch.reserve(60);
    ws.autoFilter.apply(ws.getRange(sp.autoFilter.range));
  }
  for (const n of sp.notes ?? []) {
    if (!excelApiSupported("1.18")) break;
    await batch.reserve(80 + n.text.length * 3);
    (ws as unknown as { notes: { add(cell: Excel.Range, text: string): void } }).notes.add(ws.getRange(n.addr), n.text);
  }
  if (sp.hidden) ws.visibility = "Hidden" as Excel.SheetVisibility;
  if (sp.protect) {
    await batch.reserve(80);
    // Only formula cells are locked: formats, row heights, column widths, inserted rows, sorting and notes
    // stay the person's (the exceljs renderer writes the same options).
    ws.protection.protect(SHEET_PROTECTION);
  }
}

/**
 * Page setup in a sync of its own, after the sheets exist: it is worth having but never worth losing the
 * template over, so a host that refuses part of it (older Excel, the web) keeps the sheets and warns.
 */
async function applyPrintSetup(context: Excel.RequestContext, sheets: readonly SheetPlan[], renames: Map<string, string>): Promise<number> {
  const printed = sheets.filter((sp) => sp.print);
  if (printed.length === 0 || !excelApiSupported("1.9")) return 0;
  try {
    for (const sp of printed) applyPrint(context.workbook.worksheets.getItem(renames.get(sp.name) ?? sp.name), sp.print!);
    await context.sync();
  } catch (e) {
    console.warn("页面设置未能写入 / page setup not applied", e);
  }
  return 1;
}

/** What a protected Jixiao sheet still allows: everything but editing formula cells (the exceljs renderer matches). */
export const SHEET_PROTECTION: Excel.WorksheetProtectionOptions = {
  allowFormatCells: true,
  allowFormatColumns: true,
  allowFormatRows: true,
  allowInsertRows: true,
  allowInsertHyperlinks: true,
  allowAutoFilter: true,
  allowSort: true,
  allowEditObjects: true,
};

/** Page layout (ExcelApi 1.9): A4 landscape, one page wide, print area and title rows, footer, black and white. */
function applyPrint(ws: Excel.Worksheet, p: NonNullable<SheetPlan["print"]>): void {
  const pl = ws.pageLayout;
  pl.orientation = (p.orientation === "landscape" ? "Landscape" : "Portrait") as Excel.PageOrientation;
  pl.paperSize = "A4" as Excel.PaperType;
  pl.blackAndWhite = p.blackAndWhite;
  // "As many pages down as needed" is Excel's blank FitToPagesTall: leave the vertical count unset.
  pl.zoom = p.fitHeight > 0 ? { horizontalFitToPages: p.fitWidth, verticalFitToPages: p.fitHeight } : { horizontalFitToPages: p.fitWidth };
  if (p.margins) {
    pl.leftMargin = p.margins.left * 72;
    pl.rightMargin = p.margins.right * 72;
    pl.topMargin = p.margins.top * 72;
    pl.bottomMargin = p.margins.bottom * 72;
    pl.headerMargin = p.margins.header * 72;
    pl.footerMargin = p.margins.footer * 72;
  }
  if (p.area) pl.setPrintArea(p.area);
  if (p.titleRows) pl.setPrintTitleRows(`$${p.titleRows.split(":").join(":$")}`);
  if (p.footer) {
    const f = pl.headersFooters.defaultForAllPages;
    if (p.footer.left) f.leftFooter = p.footer.left;
    if (p.footer.center) f.centerFooter = p.footer.center;
    if (p.footer.right) f.rightFooter = p.footer.right;
  }
}

/** A dropdown's source as both hosts take it: a reference to the lists sheet (renamed with the sheets), else the items. */
export function listSource(v: PlanValidation, rename: (s: string) => string): string {
  return v.listFormula !== undefined ? `=${rename(v.listFormula.replace(/^=/, ""))}` : (v.list ?? []).join(",");
}

function applyValidation(dv: Excel.DataValidation, v: PlanValidation, rename: (s: string) => string): void {
  if (v.type === "list") {
    dv.rule = { list: { inCellDropDown: true, source: listSource(v, rename) } };
  } else {
    const basic: Excel.BasicDataValidation =
      v.min !== undefined && v.max !== undefined
        ? { formula1: v.min, formula2: v.max, operator: "Between" as Excel.DataValidationOperator }
        : v.min !== undefined
          ? { formula1: v.min, operator: "GreaterThanOrEqualTo" as Excel.DataValidationOperator }
          : { formula1: v.max ?? 0, operator: "LessThanOrEqualTo" as Excel.DataValidationOperator };
    dv.rule = v.type === "decimal" ? { decimal: basic } : { wholeNumber: basic };
  }
  dv.ignoreBlanks = v.allowBlank;
  if (v.prompt) dv.prompt = { showPrompt: true, title: v.prompt.title, message: v.prompt.text };
  if (v.error) dv.errorAlert = { showAlert: true, style: "Stop" as Excel.DataValidationAlertStyle, title: v.error.title, message: v.error.text };
}

/** The rectangle a plan's cells cover, for callers that want to select or describe it. */
export function planExtent(sp: SheetPlan): string | null {
  if (sp.cells.length === 0) return null;
  let top = Infinity, left = Infinity, bottom = 0, right = 0;
  for (const c of sp.cells) {
    const { row, col } = parseCell(c.addr);
    top = Math.min(top, row); left = Math.min(left, col); bottom = Math.max(bottom, row); right = Math.max(right, col);
  }
  return rectAddr({ top, left, bottom, right });
}

