import type { CellStyle, PlanValidation, SheetPlan, WorkbookPlan } from "../core/table/plan";
import { parseCell, parseRange, rectAddr } from "../excel/a1";
import { toBlocks, type Placed } from "../excel/blocks";
import { toExcelValue } from "../excel/escape";
import { listSource, renameSheetRefs, uniqueName } from "../excel/render-plan";
import { styleKey } from "../excel/style";
import { activeWorkbook, findSheet, hexToBgr, sheetNames, XL, type EtApplication, type EtRange, type EtWorksheet } from "./et";
import { ownWrite } from "./own-write";
import { applyStyle } from "./style";

export interface WpsRenderResult {
  /** Sheet names as written (a visible sheet is renamed "名称 (2)" when the name is taken). */
  sheets: string[];
  mainSheet: string;
  /** Object-model writes made, for tests that watch the cost. */
  writes: number;
}

export class WpsRenderError extends Error {
  constructor(message: string, override readonly cause?: unknown) {
    super(message);
    this.name = "WpsRenderError";
  }
}

/**
 * Writes a WorkbookPlan into the active workbook through the ET object model, cell for cell what
 * src/excel/render-plan.ts writes through Office.js: visible sheets are always new (a taken name becomes
 * "名称 (2)" and references follow), helper sheets left by an earlier template are rewritten in place, and a
 * failed write deletes the sheets it added.
 */
export function renderPlan(app: EtApplication, plan: Pick<WorkbookPlan, "sheets" | "names">): Promise<WpsRenderResult> {
  return ownWrite(app, () => {
    const wb = activeWorkbook(app);
    const existing = new Set(sheetNames(wb));
    const renames = new Map<string, string>();
    const taken = new Set(existing);
    for (const sp of plan.sheets) if (!sp.hidden && existing.has(sp.name)) renames.set(sp.name, uniqueName(sp.name, taken));
    const rename = (text: string): string => renameSheetRefs(text, renames);
    const added: EtWorksheet[] = [];
    const written: string[] = [];
    const counter = { writes: 0 };
    try {
      for (const sp of plan.sheets) {
        const name = renames.get(sp.name) ?? sp.name;
        let ws = findSheet(wb, name);
        if (ws) {
          // A helper sheet (lists, stamp) from an earlier template: other templates' validations and names
          // point at it, so it is cleared and rewritten, never deleted.
          ws.Unprotect();
          ws.UsedRange.ClearContents();
        } else {
          const sheets = wb.Worksheets;
          ws = sheets.Add(undefined, sheets.Item(sheets.Count));
          ws.Name = name;
          added.push(ws);
        }
        written.push(name);
        writeSheet(app, ws, sp, rename, counter);
      }
      const existingNames = new Map<string, number>();
      for (let i = 1; i <= wb.Names.Count; i++) existingNames.set(wb.Names.Item(i).Name.toUpperCase(), i);
      for (const n of plan.names) {
        const ref = rename(n.ref);
        if (existingNames.has(n.name.toUpperCase())) wb.Names.Item(n.name).Delete();
        wb.Names.Add(n.name, ref.startsWith("=") ? ref : `=${ref}`);
        counter.writes++;
      }
      const main = plan.sheets.find((s) => !s.hidden) ?? plan.sheets[0];
      const mainName = main ? (renames.get(main.name) ?? main.name) : "";
      const mainWs = mainName ? findSheet(wb, mainName) : null;
      if (main && mainWs) {
        mainWs.Activate();
        freeze(app, main);
      }
      return { sheets: written, mainSheet: mainName, writes: counter.writes };
    } catch (e) {
      rollback(app, added);
      throw new WpsRenderError(
        `插入模板失败，已撤销新建的工作表：${(e as Error)?.message ?? String(e)} / inserting the template failed; the new sheets were removed`,
        e,
      );
    }
  });
}

function rollback(app: EtApplication, added: EtWorksheet[]): void {
  const alerts = app.DisplayAlerts;
  try {
    // Deleting a sheet asks the person to confirm unless alerts are off.
    app.DisplayAlerts = false;
    for (const ws of added.reverse()) ws.Delete();
  } catch {
    // The original error is the one worth reporting; a failed cleanup leaves at most an empty new sheet.
  } finally {
    app.DisplayAlerts = alerts !== false;
  }
}

/** Frozen panes belong to the window, so they are set once the sheet is the active one. */
function freeze(app: EtApplication, sp: SheetPlan): void {
  if (!sp.frozen || (sp.frozen.rows <= 0 && sp.frozen.cols <= 0)) return;
  const w = app.ActiveWindow;
  w.FreezePanes = false;
  w.SplitRow = Math.max(0, sp.frozen.rows);
  w.SplitColumn = Math.max(0, sp.frozen.cols);
  w.FreezePanes = true;
}

/** What a plan patch may carry: the cells and rules to (re)write on an existing sheet. */
export type SheetPatch = Pick<SheetPlan, "cells"> & Partial<Pick<SheetPlan, "merges" | "validations" | "conditionalFormats" | "columnWidths">>;

/**
 * Writes a patch (cells, and optionally rules) into an existing sheet with the same writer as a template, for
 * upgrades that rewrite part of a Jixiao table (live scores, a newer stamp): the sheet is unprotected for the
 * write and protected again as it was.
 */
export function applySheetPatch(app: EtApplication, sheetName: string, patch: SheetPatch): Promise<number> {
  return ownWrite(app, () => {
    const ws = findSheet(activeWorkbook(app), sheetName);
    if (!ws) throw new Error(`没有工作表 ${sheetName} / no sheet ${sheetName}`);
    const wasProtected = ws.ProtectContents;
    if (wasProtected) ws.Unprotect();
    const counter = { writes: 0 };
    try {
      writeSheet(
        app,
        ws,
        { name: sheetName, cells: patch.cells, merges: patch.merges ?? [], validations: patch.validations ?? [], conditionalFormats: patch.conditionalFormats ?? [], columnWidths: patch.columnWidths ?? {}, protect: wasProtected },
        (s) => s,
        counter,
      );
    } catch (e) {
      // A failed patch must not leave the person's sheet unprotected.
      if (wasProtected && !ws.ProtectContents) protectSheet(ws);
      throw e;
    }
    return counter.writes;
  });
}

function writeSheet(app: EtApplication, ws: EtWorksheet, sp: SheetPlan, rename: (s: string) => string, counter: { writes: number }): void {
  const values: Placed<string | number | boolean>[] = [];
  const formulas: { addr: string; formula: string }[] = [];
  const byFormat = new Map<string, Placed<true>[]>();
  const styled = new Map<string, { style: CellStyle; cells: Placed<true>[] }>();
  const unlocked: Placed<true>[] = [];
  const lockedCells: Placed<true>[] = [];
  for (const c of sp.cells) {
    const { row, col } = parseCell(c.addr);
    if (c.formula !== undefined) formulas.push({ addr: c.addr, formula: `=${rename(c.formula.replace(/^=/, ""))}` });
    else if (c.value !== undefined) values.push({ row, col, item: toExcelValue(c.value) });
    if (c.style?.numberFormat) byFormat.set(c.style.numberFormat, [...(byFormat.get(c.style.numberFormat) ?? []), { row, col, item: true }]);
    const key = styleKey(c.style);
    if (key && c.style) {
      const group = styled.get(key) ?? { style: c.style, cells: [] };
      group.cells.push({ row, col, item: true });
      styled.set(key, group);
    }
    if (c.locked === false) unlocked.push({ row, col, item: true });
    else lockedCells.push({ row, col, item: true });
  }
  const range = (rect: Parameters<typeof rectAddr>[0]): EtRange => {
    counter.writes++;
    return ws.Range(rectAddr(rect));
  };

  // Values first, as rectangles written with one Value2 array each; then formulas, one cell at a time, since
  // a formula string written to a block is adjusted cell by cell (and the plan's are already per cell).
  for (const b of toBlocks(values)) {
    const one = b.rect.top === b.rect.bottom && b.rect.left === b.rect.right;
    range(b.rect).Value2 = one ? (b.items[0]?.[0] ?? "") : b.items;
  }
  for (const f of formulas) {
    counter.writes++;
    ws.Range(f.addr).Formula = f.formula;
  }
  for (const [fmt, cells] of byFormat) for (const b of toBlocks(cells)) range(b.rect).NumberFormat = fmt;
  for (const { style, cells } of styled.values()) {
    for (const b of toBlocks(cells)) applyStyle(range(b.rect), style, b.rect.bottom - b.rect.top + 1, b.rect.right - b.rect.left + 1);
  }
  if (sp.protect) {
    // Only formula (locked) cells are locked, as the Office.js and exceljs renderers do: the whole sheet is
    // unlocked first, so blank cells beside the form are the person's too; then the plan's locked cells.
    counter.writes++;
    ws.Range("A:XFD").Locked = false;
    for (const b of toBlocks(lockedCells)) range(b.rect).Locked = true;
  } else for (const b of toBlocks(unlocked)) range(b.rect).Locked = false;
  for (const m of sp.merges) range(parseRange(m)).Merge(false);
  for (const v of sp.validations) {
    counter.writes++;
    applyValidation(ws.Range(v.range), v, rename);
  }
  for (const cf of sp.conditionalFormats) {
    counter.writes++;
    const target = ws.Range(cf.range);
    // A rule's relative references are taken relative to the active cell, not the range's first cell
    // (Microsoft KB 895562; docs/wps-api.md), so the first cell is selected before the rule is added.
    if (!sp.hidden) {
      if (app.ActiveSheet?.Name !== ws.Name) ws.Activate();
      ws.Range(rectAddr({ ...parseRange(cf.range), bottom: parseRange(cf.range).top, right: parseRange(cf.range).left })).Select();
    }
    const fc = target.FormatConditions.Add(XL.expression, undefined, `=${rename(cf.formula.replace(/^=/, ""))}`);
    if (cf.style.fill) fc.Interior.Color = hexToBgr(cf.style.fill);
    if (cf.style.fontColor) fc.Font.Color = hexToBgr(cf.style.fontColor);
    if (cf.style.bold !== undefined) fc.Font.Bold = cf.style.bold;
  }
  for (const [col, width] of Object.entries(sp.columnWidths)) {
    counter.writes++;
    // ET, like VBA, counts column width in characters of the standard font: the plan's unit, unconverted.
    ws.Range(`${col}:${col}`).ColumnWidth = width;
  }
  for (const col of sp.hiddenColumns ?? []) {
    counter.writes++;
    ws.Range(`${col}:${col}`).EntireColumn.Hidden = true;
  }
  for (const [row, height] of Object.entries(sp.rowHeights ?? {})) {
    counter.writes++;
    ws.Range(`${row}:${row}`).RowHeight = height;
  }
  if (sp.hidden) ws.Visible = XL.sheetHidden;
  if (sp.protect) {
    counter.writes++;
    protectSheet(ws);
  }
}

function applyValidation(target: EtRange, v: PlanValidation, rename: (s: string) => string): void {
  const dv = target.Validation;
  // Validation.Add fails where a rule exists already; Delete is harmless where none does.
  dv.Delete();
  if (v.type === "list") {
    const source = listSource(v, rename);
    // Validation.Add's Formula1 "must not exceed 255 characters" (Excel VBA reference, which ET follows).
    if (source.length > 255) throw new Error(`${v.range} 的下拉列表超过 255 个字符 / the list for ${v.range} is longer than 255 characters`);
    dv.Add(XL.validateList, XL.validAlertStop, XL.between, source);
    dv.InCellDropdown = true;
  } else {
    const type = v.type === "decimal" ? XL.validateDecimal : XL.validateWholeNumber;
    if (v.min !== undefined && v.max !== undefined) dv.Add(type, XL.validAlertStop, XL.between, String(v.min), String(v.max));
    else if (v.min !== undefined) dv.Add(type, XL.validAlertStop, XL.greaterEqual, String(v.min));
    else dv.Add(type, XL.validAlertStop, XL.lessEqual, String(v.max ?? 0));
  }
  dv.IgnoreBlank = v.allowBlank;
  if (v.prompt) {
    dv.InputTitle = v.prompt.title;
    dv.InputMessage = v.prompt.text;
    dv.ShowInput = true;
  }
  if (v.error) {
    dv.ErrorTitle = v.error.title;
    dv.ErrorMessage = v.error.text;
    dv.ShowError = true;
  }
}

/**
 * Protects a Jixiao sheet as the Office.js adapter does (src/excel/render-plan.ts SHEET_PROTECTION):
 * only formula cells are kept from editing; formats, column widths, row heights, inserted rows and
 * hyperlinks, sorting, filtering and shapes stay the person's. Arguments in VBA's Protect order.
 */
export function protectSheet(ws: EtWorksheet): void {
  ws.Protect(
    undefined, // Password
    false, // DrawingObjects: shapes and notes stay editable (allowEditObjects)
    true, // Contents
    undefined, // Scenarios
    false, // UserInterfaceOnly
    true, // AllowFormattingCells
    true, // AllowFormattingColumns
    true, // AllowFormattingRows
    false, // AllowInsertingColumns
    true, // AllowInsertingRows
    true, // AllowInsertingHyperlinks
    false, // AllowDeletingColumns
    false, // AllowDeletingRows
    true, // AllowSorting
    true, // AllowFiltering
  );
}
