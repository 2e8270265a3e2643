/**
 * A fake of the WPS 表格 (ET) object model under `window.Application`, close to the real one where Jixiao
 * depends on it; tests/wps/fake-et.test.ts pins each behaviour to its documentation. What it models:
 * 1-based Cells and A1 addresses (with $), Value2 (a scalar for one cell, a 2-D array for a block, a scalar
 * written to a block fills it, text starting with "=" becomes a formula and a leading apostrophe keeps text),
 * Formula / FormulaR1C1 in English function names (unknown names evaluate to #NAME?), HasFormula,
 * NumberFormat and MergeCells (null when mixed), merges, BGR colours and xlColorIndexNone, validation (Add
 * fails where a rule exists), conditional formats relative to the active cell, protection (locked cells and
 * formatting refuse writes), row insertion that moves cells and adjusts formulas, sheet naming rules, names,
 * ApiEvent listeners (SheetChange fires for writes while EnableEvents is on) and PluginStorage.
 * What it does not: calculate formulas (a formula cell has no value), render, or model every property.
 */
import { cellAddr, colToLetters, parseCell, rectAddr, type Rect } from "../../src/excel/a1";
import type { EtScalar, EtValue } from "../../src/wps/et";
import { a1ToR1C1, r1c1ToA1, shiftRows } from "./r1c1";

export const MAX_ROW = 1048576;
export const MAX_COL = 16384;
const NONE = -4142;
const WHITE = 16777215;

/** The classic functions Jixiao may write (COMMON.md); any other name gives #NAME?, as a foreign name would in ET. */
const KNOWN_FUNCTIONS = new Set([
  "IF", "IFERROR", "AND", "OR", "NOT", "MIN", "MAX", "ROUND", "SUM", "SUMIF", "SUMIFS", "COUNTIF", "COUNTIFS", "COUNTA", "COUNTBLANK",
  "INDEX", "MATCH", "ISNUMBER", "ISBLANK", "ISERROR", "ABS", "LEN", "LEFT", "RIGHT", "MID", "TRIM", "FIND", "SEARCH", "SUBSTITUTE",
  "TEXT", "VALUE", "CONCATENATE", "EXACT", "ISTEXT", "OFFSET", "ROWS", "COLUMNS", "N", "T", "ROW", "COLUMN", "INDIRECT",
]);

export interface FakeCell {
  value?: string | number | boolean;
  /** "=..." in A1 notation, English function names. */
  formula?: string;
  numberFormat: string;
  /** Interior colour as a BGR long, null when the cell has no fill. */
  fill: number | null;
  font: { Bold: boolean; Italic: boolean; Color: number; Size: number };
  hAlign?: number;
  vAlign?: number;
  wrap: boolean;
  locked: boolean;
  borders: Record<number, { LineStyle: number; Weight: number; Color: number }>;
  validation?: FakeValidationRule;
}

export interface FakeValidationRule {
  Type: number;
  AlertStyle: number;
  Operator: number;
  Formula1: string;
  Formula2: string;
  IgnoreBlank: boolean;
  InCellDropdown: boolean;
  InputTitle: string;
  InputMessage: string;
  ShowInput: boolean;
  ErrorTitle: string;
  ErrorMessage: string;
  ShowError: boolean;
}

export interface FakeFormatCondition {
  rect: Rect;
  Type: number;
  /** Stored relative to the active cell at Add time, as ET/Excel do. */
  r1c1: string;
  Interior: { Color: number | null };
  Font: { Color: number | null; Bold: boolean | null };
}

function newCell(): FakeCell {
  return { numberFormat: "General", fill: null, font: { Bold: false, Italic: false, Color: 0, Size: 11 }, wrap: false, locked: true, borders: {} };
}

function isDefault(c: FakeCell): boolean {
  return (
    c.value === undefined && c.formula === undefined && c.numberFormat === "General" && c.fill === null && !c.font.Bold && !c.font.Italic &&
    c.font.Color === 0 && c.font.Size === 11 && c.hAlign === undefined && c.vAlign === undefined && !c.wrap && c.locked &&
    Object.keys(c.borders).length === 0 && c.validation === undefined
  );
}

class EtError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EtError";
  }
}

/** Parses what Worksheet.Range accepts: "A1", "$A$1:$B$2", "A:C", "3:5". */
export function parseAddress(addr: string): Rect {
  const bare = addr.replace(/\$/g, "").trim();
  const cols = /^([A-Z]{1,3}):([A-Z]{1,3})$/i.exec(bare);
  if (cols) {
    const a = parseCell(`${cols[1]}1`).col, b = parseCell(`${cols[2]}1`).col;
    return { top: 1, bottom: MAX_ROW, left: Math.min(a, b), right: Math.max(a, b) };
  }
  const rows = /^(\d+):(\d+)$/.exec(bare);
  if (rows) return { top: Math.min(Number(rows[1]), Number(rows[2])), bottom: Math.max(Number(rows[1]), Number(rows[2])), left: 1, right: MAX_COL };
  const [p, q] = bare.split(":");
  const a = parseCell(p as string);
  const b = q === undefined ? a : parseCell(q);
  return { top: Math.min(a.row, b.row), bottom: Math.max(a.row, b.row), left: Math.min(a.col, b.col), right: Math.max(a.col, b.col) };
}

const intersects = (a: Rect, b: Rect): boolean => a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
const contains = (outer: Rect, r: number, c: number): boolean => r >= outer.top && r <= outer.bottom && c >= outer.left && c <= outer.right;

function unknownFunction(formula: string): boolean {
  const code = formula.split(/"(?:[^"]|"")*"/).join("");
  for (const m of code.matchAll(/([A-Za-z_\u4e00-\u9fff][A-Za-z0-9_.\u4e00-\u9fff]*)\(/g)) if (!KNOWN_FUNCTIONS.has((m[1] as string).toUpperCase())) return true;
  return false;
}

export class FakeWorksheet {
  cells = new Map<string, FakeCell>();
  merges: Rect[] = [];
  conditions: FakeFormatCondition[] = [];
  columnWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  hiddenColumns = new Set<number>();
  visible = -1;
  protection: { on: boolean; allowFormattingCells: boolean; allowInsertingRows: boolean } = { on: false, allowFormattingCells: false, allowInsertingRows: false };
  frozen: { rows: number; cols: number } | null = null;
  deleted = false;

  constructor(readonly app: FakeEtApp, readonly book: FakeWorkbook, private name: string) {}

  get Name(): string {
    return this.name;
  }
  set Name(v: string) {
    // ET refuses what Excel refuses: empty, over 31 characters, []:*?/\ and a name another sheet has.
    if (!v || v.length > 31 || /[[\]:*?/\\]/.test(v)) throw new EtError(`invalid sheet name "${v}"`);
    if (this.book.sheets.some((s) => s !== this && s.name.toLowerCase() === v.toLowerCase())) throw new EtError(`sheet name "${v}" is taken`);
    this.name = v;
  }
  get Index(): number {
    return this.book.sheets.indexOf(this) + 1;
  }
  get Visible(): number {
    return this.visible;
  }
  set Visible(v: number) {
    if (v !== -1 && this.book.sheets.filter((s) => s !== this && s.visible === -1).length === 0) throw new EtError("a workbook must keep one visible sheet");
    this.visible = v;
    if (v !== -1 && this.book.active === this) this.book.active = this.book.sheets.find((s) => s.visible === -1) ?? this;
  }
  get ProtectContents(): boolean {
    return this.protection.on;
  }

  cell(row: number, col: number): FakeCell | undefined {
    return this.cells.get(`${row},${col}`);
  }
  /** The cell at an A1 address, for tests. */
  at(addr: string): FakeCell | undefined {
    const { row, col } = parseCell(addr);
    return this.cell(row, col);
  }
  touch(row: number, col: number): FakeCell {
    const k = `${row},${col}`;
    let c = this.cells.get(k);
    if (!c) {
      c = newCell();
      this.cells.set(k, c);
    }
    return c;
  }
  tidy(row: number, col: number): void {
    const c = this.cells.get(`${row},${col}`);
    if (c && isDefault(c)) this.cells.delete(`${row},${col}`);
  }

  usedRect(): Rect {
    let r: Rect | null = null;
    for (const k of this.cells.keys()) {
      const [row, col] = k.split(",").map(Number) as [number, number];
      r = r ? { top: Math.min(r.top, row), bottom: Math.max(r.bottom, row), left: Math.min(r.left, col), right: Math.max(r.right, col) } : { top: row, bottom: row, left: col, right: col };
    }
    for (const m of this.merges) r = r ? { top: Math.min(r.top, m.top), bottom: Math.max(r.bottom, m.bottom), left: Math.min(r.left, m.left), right: Math.max(r.right, m.right) } : { ...m };
    // An empty sheet's used range is A1.
    return r ?? { top: 1, bottom: 1, left: 1, right: 1 };
  }

  get UsedRange(): FakeRange {
    return new FakeRange(this, this.usedRect());
  }
  Range(addr: string): FakeRange {
    return new FakeRange(this, parseAddress(addr));
  }
  Cells(row: number, col: number): FakeRange {
    if (row < 1 || col < 1) throw new EtError(`Cells(${row}, ${col}) is out of range: ET counts from 1`);
    return new FakeRange(this, { top: row, bottom: row, left: col, right: col });
  }
  Activate(): void {
    if (this.visible !== -1) throw new EtError("a hidden sheet cannot be activated");
    this.book.active = this;
    this.app.activeCell = { sheet: this, row: 1, col: 1 };
    this.app.fire("SheetActivate", this);
  }
  Delete(): void {
    if (this.app.DisplayAlerts) this.app.dialogs.push(`删除工作表 ${this.name}`);
    this.book.sheets = this.book.sheets.filter((s) => s !== this);
    this.deleted = true;
    if (this.book.active === this) this.book.active = this.book.sheets.find((s) => s.visible === -1) ?? (this.book.sheets[0] as FakeWorksheet);
  }
  Protect(_password?: string, _drawing?: boolean, _contents?: boolean, _scenarios?: boolean, _uiOnly?: boolean, allowFormattingCells?: boolean, _fc?: boolean, _fr?: boolean, _ic?: boolean, allowInsertingRows?: boolean): void {
    this.protection = { on: true, allowFormattingCells: allowFormattingCells === true, allowInsertingRows: allowInsertingRows === true };
  }
  Unprotect(): void {
    this.protection = { on: false, allowFormattingCells: false, allowInsertingRows: false };
  }

  /** Effective conditional-format formulas (A1, relative to each rule's first cell), for tests. */
  conditionFormulas(): { range: string; formula: string; fill: number | null; fontColor: number | null }[] {
    return this.conditions.map((c) => ({ range: rectAddr(c.rect), formula: r1c1ToA1(c.r1c1, c.rect.top, c.rect.left), fill: c.Interior.Color, fontColor: c.Font.Color }));
  }

  insertRows(at: number, count: number): void {
    if (this.protection.on && !this.protection.allowInsertingRows) throw new EtError("the sheet is protected: rows cannot be inserted");
    const moved = new Map<string, FakeCell>();
    for (const [k, c] of this.cells) {
      const [r, col] = k.split(",").map(Number) as [number, number];
      moved.set(`${r >= at ? r + count : r},${col}`, c);
    }
    this.cells = moved;
    // Inserted rows take the format of the row above (Excel's default CopyOrigin), values excluded.
    if (at > 1) {
      for (const [k, c] of [...this.cells]) {
        const [r, col] = k.split(",").map(Number) as [number, number];
        if (r !== at - 1) continue;
        for (let i = 0; i < count; i++) {
          const copy: FakeCell = { ...c, value: undefined, formula: undefined, font: { ...c.font }, borders: { ...c.borders } };
          delete copy.value;
          delete copy.formula;
          if (!isDefault(copy)) this.cells.set(`${at + i},${col}`, copy);
        }
      }
    }
    const shift = (r: Rect): Rect => ({ ...r, top: r.top >= at ? r.top + count : r.top, bottom: r.bottom >= at ? r.bottom + count : r.bottom });
    this.merges = this.merges.map(shift);
    this.conditions = this.conditions.map((c) => ({ ...c, rect: shift(c.rect) }));
    for (const c of this.cells.values()) if (c.formula) c.formula = shiftRows(c.formula, at, count);
  }
}

export class FakeRange {
  constructor(readonly sheet: FakeWorksheet, readonly rect: Rect) {}

  private get app(): FakeEtApp {
    return this.sheet.app;
  }
  private each(fn: (row: number, col: number) => void): void {
    const { top, bottom, left, right } = this.clip();
    for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) fn(r, c);
  }
  /** Whole rows / columns are walked only where the sheet has cells. */
  private clip(): Rect {
    const used = this.sheet.usedRect();
    const whole = this.rect.bottom === MAX_ROW || this.rect.right === MAX_COL;
    if (!whole) return this.rect;
    return { top: this.rect.top, left: this.rect.left, bottom: Math.min(this.rect.bottom, Math.max(used.bottom, this.rect.top)), right: Math.min(this.rect.right, Math.max(used.right, this.rect.left)) };
  }
  private single(): boolean {
    return this.rect.top === this.rect.bottom && this.rect.left === this.rect.right;
  }
  private guardContent(): void {
    if (!this.sheet.protection.on) return;
    this.each((r, c) => {
      if (this.sheet.cell(r, c)?.locked !== false) throw new EtError(`单元格受保护 / ${cellAddr(r, c)} is locked on a protected sheet`);
    });
  }
  private guardFormat(): void {
    if (this.sheet.protection.on && !this.sheet.protection.allowFormattingCells) throw new EtError("the sheet is protected: formatting is not allowed");
  }
  private changed(): void {
    this.app.fire("SheetChange", this.sheet, this);
  }

  get Row(): number {
    return this.rect.top;
  }
  get Column(): number {
    return this.rect.left;
  }
  get Rows(): { Count: number } {
    return { Count: this.rect.bottom - this.rect.top + 1 };
  }
  get Columns(): { Count: number } {
    return { Count: this.rect.right - this.rect.left + 1 };
  }
  get Count(): number {
    return this.Rows.Count * this.Columns.Count;
  }
  get Worksheet(): FakeWorksheet {
    return this.sheet;
  }
  Address(rowAbs = true, colAbs = true): string {
    const one = (r: number, c: number): string => `${colAbs ? "$" : ""}${colToLetters(c)}${rowAbs ? "$" : ""}${r}`;
    const a = one(this.rect.top, this.rect.left);
    return this.single() ? a : `${a}:${one(this.rect.bottom, this.rect.right)}`;
  }
  Cells(row: number, col: number): FakeRange {
    return this.sheet.Cells(this.rect.top + row - 1, this.rect.left + col - 1);
  }

  private read<T>(fn: (c: FakeCell | undefined) => T): T | T[][] {
    if (this.single()) return fn(this.sheet.cell(this.rect.top, this.rect.left));
    const out: T[][] = [];
    for (let r = this.rect.top; r <= this.rect.bottom; r++) {
      const row: T[] = [];
      for (let c = this.rect.left; c <= this.rect.right; c++) row.push(fn(this.sheet.cell(r, c)));
      out.push(row);
    }
    return out;
  }
  /** A scalar fills every cell; an array fills cell by cell, #N/A where it is too small, cut where too big. */
  private write(v: unknown, put: (row: number, col: number, x: EtScalar) => void): void {
    this.guardContent();
    const { top, left } = this.rect;
    this.each((r, c) => {
      let x: EtScalar;
      if (Array.isArray(v)) {
        const line = v[r - top] as unknown;
        x = Array.isArray(line) ? (c - left < line.length ? (line[c - left] as EtScalar) : "#N/A") : r - top === 0 && c - left === 0 ? (line as EtScalar) : "#N/A";
        if (line === undefined) x = "#N/A";
      } else x = v as EtScalar;
      put(r, c, x);
    });
    this.changed();
  }
  /** What typing `x` into a cell stores, as Value2 assignment does. */
  private enter(row: number, col: number, x: EtScalar): void {
    const cell = this.sheet.touch(row, col);
    delete cell.formula;
    delete cell.value;
    if (x === undefined || x === null || x === "") {
      this.sheet.tidy(row, col);
      return;
    }
    if (typeof x === "string" && x.startsWith("=") && x.length > 1) {
      this.setFormula(row, col, x);
      return;
    }
    if (typeof x === "string" && x.startsWith("'")) cell.value = x.slice(1);
    else if (typeof x === "string" && /^-?\d+(\.\d+)?$/.test(x.trim())) cell.value = Number(x);
    else cell.value = x;
  }
  private setFormula(row: number, col: number, f: string): void {
    const cell = this.sheet.touch(row, col);
    cell.formula = f;
    // The fake does not calculate: a formula cell has no value, except #NAME? for a function ET does not know.
    if (unknownFunction(f)) cell.value = "#NAME?";
    else delete cell.value;
  }

  get Value2(): EtValue {
    return this.read((c) => c?.value) as EtValue;
  }
  set Value2(v: EtValue) {
    this.write(v, (r, c, x) => this.enter(r, c, x));
  }
  get Formula(): EtValue {
    return this.read((c) => c?.formula ?? (c?.value === undefined ? "" : String(c.value))) as EtValue;
  }
  set Formula(v: EtValue) {
    // A formula string written to a block is adjusted for each cell, as if filled from the first one.
    const base = !Array.isArray(v) && typeof v === "string" && v.startsWith("=") ? a1ToR1C1(v, this.rect.top, this.rect.left) : null;
    this.write(v, (r, c, x) => {
      if (base !== null) this.setFormula(r, c, r1c1ToA1(base, r, c));
      else if (typeof x === "string" && x.startsWith("=")) this.setFormula(r, c, x);
      else this.enter(r, c, x);
    });
  }
  get FormulaR1C1(): EtValue {
    if (this.single()) {
      const c = this.sheet.cell(this.rect.top, this.rect.left);
      return c?.formula ? a1ToR1C1(c.formula, this.rect.top, this.rect.left) : c?.value === undefined ? "" : String(c.value);
    }
    throw new EtError("the fake reads FormulaR1C1 of one cell at a time");
  }
  set FormulaR1C1(v: EtValue) {
    this.write(v, (r, c, x) => {
      if (typeof x === "string" && x.startsWith("=")) this.setFormula(r, c, r1c1ToA1(x, r, c));
      else this.enter(r, c, x);
    });
  }
  get HasFormula(): boolean | null {
    let any = false, all = true;
    this.each((r, c) => {
      if (this.sheet.cell(r, c)?.formula) any = true;
      else all = false;
    });
    return all ? true : any ? null : false;
  }
  get NumberFormat(): string | null {
    let f: string | undefined;
    let mixed = false;
    this.each((r, c) => {
      const x = this.sheet.cell(r, c)?.numberFormat ?? "General";
      if (f === undefined) f = x;
      else if (f !== x) mixed = true;
    });
    return mixed ? null : (f ?? "General");
  }
  set NumberFormat(v: string | null) {
    this.guardFormat();
    this.each((r, c) => {
      this.sheet.touch(r, c).numberFormat = v ?? "General";
      this.sheet.tidy(r, c);
    });
  }

  get MergeCells(): boolean | null {
    let any = false, all = true;
    this.each((r, c) => {
      if (this.sheet.merges.some((m) => contains(m, r, c))) any = true;
      else all = false;
    });
    return all ? true : any ? null : false;
  }
  get MergeArea(): FakeRange {
    const m = this.sheet.merges.find((x) => contains(x, this.rect.top, this.rect.left));
    return m ? new FakeRange(this.sheet, m) : new FakeRange(this.sheet, { top: this.rect.top, bottom: this.rect.top, left: this.rect.left, right: this.rect.left });
  }
  Merge(across = false): void {
    if (this.sheet.protection.on) throw new EtError("the sheet is protected: cells cannot be merged");
    const rows = across ? Array.from({ length: this.Rows.Count }, (_, i) => ({ ...this.rect, top: this.rect.top + i, bottom: this.rect.top + i })) : [this.rect];
    for (const target of rows) {
      if (this.app.DisplayAlerts && this.countValues(target) > 1) this.app.dialogs.push(`合并 ${rectAddr(target)} 只保留左上角的值`);
      let rect = target;
      // Merging over an existing merged area merges the union.
      for (const m of this.sheet.merges.filter((x) => intersects(x, rect))) rect = { top: Math.min(rect.top, m.top), bottom: Math.max(rect.bottom, m.bottom), left: Math.min(rect.left, m.left), right: Math.max(rect.right, m.right) };
      this.sheet.merges = this.sheet.merges.filter((x) => !intersects(x, rect));
      for (let r = rect.top; r <= rect.bottom; r++)
        for (let c = rect.left; c <= rect.right; c++) {
          if (r === rect.top && c === rect.left) continue;
          const cell = this.sheet.cell(r, c);
          if (cell) {
            delete cell.value;
            delete cell.formula;
            this.sheet.tidy(r, c);
          }
        }
      this.sheet.merges.push(rect);
    }
  }
  private countValues(rect: Rect): number {
    let n = 0;
    for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) if (this.sheet.cell(r, c)?.value !== undefined || this.sheet.cell(r, c)?.formula) n++;
    return n;
  }
  UnMerge(): void {
    this.sheet.merges = this.sheet.merges.filter((m) => !intersects(m, this.rect));
  }

  get Interior(): { Color: number; ColorIndex: number } {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the accessors below need the range
    const self = this;
    const first = (): FakeCell | undefined => self.sheet.cell(self.rect.top, self.rect.left);
    return {
      // An unfilled cell reads as white; only ColorIndex tells "no fill" apart from a white fill.
      get Color(): number {
        return first()?.fill ?? WHITE;
      },
      set Color(v: number) {
        self.guardFormat();
        self.each((r, c) => { self.sheet.touch(r, c).fill = v; });
      },
      get ColorIndex(): number {
        return first()?.fill === null || first()?.fill === undefined ? NONE : 1;
      },
      set ColorIndex(v: number) {
        self.guardFormat();
        if (v !== NONE) throw new EtError("the fake models ColorIndex only as xlColorIndexNone");
        self.each((r, c) => {
          self.sheet.touch(r, c).fill = null;
          self.sheet.tidy(r, c);
        });
      },
    };
  }
  get Font(): FakeCell["font"] {
    const target = this.sheet.cell(this.rect.top, this.rect.left)?.font ?? newCell().font;
    return new Proxy(target, {
      set: (_t, key, value) => {
        this.guardFormat();
        this.each((r, c) => { (this.sheet.touch(r, c).font as Record<string | symbol, unknown>)[key] = value; });
        return true;
      },
    });
  }
  get Borders(): { Item(i: number): { LineStyle: number; Weight: number; Color: number } } {
    return {
      Item: (i: number) => {
        if (![5, 6, 7, 8, 9, 10, 11, 12].includes(i)) throw new EtError(`no border ${i}`);
        const probe = { LineStyle: 0, Weight: 0, Color: 0 };
        return new Proxy(probe, {
          set: (_t, key, value) => {
            this.guardFormat();
            this.each((r, c) => {
              const cell = this.sheet.touch(r, c);
              cell.borders[i] = { ...(cell.borders[i] ?? { LineStyle: 0, Weight: 0, Color: 0 }), [key]: value };
            });
            return true;
          },
        });
      },
    };
  }
  private setAll<K extends keyof FakeCell>(key: K, value: FakeCell[K]): void {
    this.guardFormat();
    this.each((r, c) => { this.sheet.touch(r, c)[key] = value; });
  }
  get HorizontalAlignment(): number {
    return this.sheet.cell(this.rect.top, this.rect.left)?.hAlign ?? 1;
  }
  set HorizontalAlignment(v: number) {
    this.setAll("hAlign", v);
  }
  get VerticalAlignment(): number {
    return this.sheet.cell(this.rect.top, this.rect.left)?.vAlign ?? -4107;
  }
  set VerticalAlignment(v: number) {
    this.setAll("vAlign", v);
  }
  get WrapText(): boolean {
    return this.sheet.cell(this.rect.top, this.rect.left)?.wrap ?? false;
  }
  set WrapText(v: boolean) {
    this.setAll("wrap", v);
  }
  get Locked(): boolean {
    return this.sheet.cell(this.rect.top, this.rect.left)?.locked ?? true;
  }
  set Locked(v: boolean) {
    if (this.sheet.protection.on) throw new EtError("the sheet is protected: Locked cannot change");
    this.each((r, c) => {
      this.sheet.touch(r, c).locked = v;
      this.sheet.tidy(r, c);
    });
  }

  get Validation(): FakeValidationRule & { Add: (t: number, a?: number, o?: number, f1?: string, f2?: string) => void; Delete: () => void } {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the object below needs the range
    const self = this;
    const rule = (): FakeValidationRule | undefined => self.sheet.cell(self.rect.top, self.rect.left)?.validation;
    const guard = (): void => {
      if (self.sheet.protection.on) throw new EtError("the sheet is protected: validation cannot change");
    };
    const api = {
      Add(Type: number, AlertStyle = 1, Operator = 1, Formula1 = "", Formula2 = ""): void {
        guard();
        let exists = false;
        self.each((r, c) => { if (self.sheet.cell(r, c)?.validation) exists = true; });
        if (exists) throw new EtError("Validation.Add: the range already has a rule; Delete it first");
        if (Type === 3 && !Formula1) throw new EtError("Validation.Add: a list needs Formula1");
        const shared: FakeValidationRule = {
          Type, AlertStyle, Operator, Formula1: String(Formula1), Formula2: String(Formula2 ?? ""), IgnoreBlank: true, InCellDropdown: true,
          InputTitle: "", InputMessage: "", ShowInput: true, ErrorTitle: "", ErrorMessage: "", ShowError: true,
        };
        self.each((r, c) => { self.sheet.touch(r, c).validation = shared; });
      },
      Delete(): void {
        guard();
        self.each((r, c) => {
          const cell = self.sheet.cell(r, c);
          if (cell) {
            delete cell.validation;
            self.sheet.tidy(r, c);
          }
        });
      },
    };
    return new Proxy(api as never, {
      get: (t, key) => (key in api ? (api as Record<string | symbol, unknown>)[key] : (() => {
        const r = rule();
        if (!r) throw new EtError("no validation on this range");
        return (r as unknown as Record<string | symbol, unknown>)[key];
      })()),
      set: (_t, key, value) => {
        const r = rule();
        if (!r) throw new EtError("no validation on this range: Add one first");
        (r as unknown as Record<string | symbol, unknown>)[key] = value;
        return true;
      },
    });
  }

  get FormatConditions(): { Count: number; Add: (type: number, op?: number, f1?: string) => FakeFormatCondition; Item: (i: number) => FakeFormatCondition } {
    const mine = (): FakeFormatCondition[] => this.sheet.conditions.filter((c) => intersects(c.rect, this.rect));
    return {
      Count: mine().length,
      Add: (type: number, _op?: number, f1?: string) => {
        this.guardFormat();
        const active = this.app.activeCell;
        const origin = active && active.sheet === this.sheet ? active : { row: 1, col: 1 };
        const fc: FakeFormatCondition = { rect: this.rect, Type: type, r1c1: a1ToR1C1(String(f1 ?? ""), origin.row, origin.col), Interior: { Color: null }, Font: { Color: null, Bold: null } };
        this.sheet.conditions.push(fc);
        return fc;
      },
      Item: (i: number) => {
        const c = mine()[i - 1];
        if (!c) throw new EtError(`FormatConditions.Item(${i}) does not exist`);
        return c;
      },
    };
  }

  get ColumnWidth(): number {
    return this.sheet.columnWidths.get(this.rect.left) ?? 8.38;
  }
  set ColumnWidth(v: number) {
    if (v < 0 || v > 255) throw new EtError("ColumnWidth is 0..255 characters");
    for (let c = this.rect.left; c <= this.rect.right; c++) this.sheet.columnWidths.set(c, v);
  }
  get RowHeight(): number {
    return this.sheet.rowHeights.get(this.rect.top) ?? 13.5;
  }
  set RowHeight(v: number) {
    if (v < 0 || v > 409) throw new EtError("RowHeight is 0..409 points");
    for (let r = this.rect.top; r <= this.rect.bottom; r++) this.sheet.rowHeights.set(r, v);
  }
  get EntireRow(): FakeRange {
    return new FakeRange(this.sheet, { top: this.rect.top, bottom: this.rect.bottom, left: 1, right: MAX_COL });
  }
  get EntireColumn(): FakeRange {
    return new FakeRange(this.sheet, { top: 1, bottom: MAX_ROW, left: this.rect.left, right: this.rect.right });
  }
  get Hidden(): boolean {
    return this.sheet.hiddenColumns.has(this.rect.left);
  }
  set Hidden(v: boolean) {
    if (this.rect.top !== 1 || this.rect.bottom !== MAX_ROW) throw new EtError("Hidden applies to entire rows or columns");
    for (let c = this.rect.left; c <= this.rect.right; c++) {
      if (v) this.sheet.hiddenColumns.add(c);
      else this.sheet.hiddenColumns.delete(c);
    }
  }
  Insert(shift?: number): void {
    if (this.rect.left !== 1 || this.rect.right !== MAX_COL) throw new EtError("the fake inserts entire rows only");
    if (shift !== undefined && shift !== -4121) throw new EtError("rows shift down (xlShiftDown)");
    this.sheet.insertRows(this.rect.top, this.rect.bottom - this.rect.top + 1);
    this.changed();
  }
  ClearContents(): void {
    this.guardContent();
    this.each((r, c) => {
      const cell = this.sheet.cell(r, c);
      if (!cell) return;
      delete cell.value;
      delete cell.formula;
      this.sheet.tidy(r, c);
    });
    this.changed();
  }
  Select(): void {
    if (this.sheet.book.active !== this.sheet) throw new EtError("Select works on the active sheet only");
    this.app.activeCell = { sheet: this.sheet, row: this.rect.top, col: this.rect.left };
    this.app.selection = { sheet: this.sheet.Name, address: rectAddr(this.rect) };
  }
}

export class FakeSheets {
  constructor(private readonly book: FakeWorkbook) {}
  get Count(): number {
    return this.book.sheets.length;
  }
  Item(index: number | string): FakeWorksheet {
    const s = typeof index === "number" ? this.book.sheets[index - 1] : this.book.sheets.find((x) => x.Name.toLowerCase() === index.toLowerCase());
    if (!s) throw new EtError(`下标越界 / subscript out of range: ${index}`);
    return s;
  }
  Add(before?: FakeWorksheet, after?: FakeWorksheet): FakeWorksheet {
    let n = this.book.sheets.length + 1;
    while (this.book.sheets.some((s) => s.Name === `Sheet${n}`)) n++;
    const s = new FakeWorksheet(this.book.app, this.book, `Sheet${n}`);
    const at = after ? this.book.sheets.indexOf(after) + 1 : before ? this.book.sheets.indexOf(before) : this.book.sheets.indexOf(this.book.active);
    this.book.sheets.splice(Math.max(0, at), 0, s);
    // The new sheet becomes the active one.
    this.book.active = s;
    this.book.app.activeCell = { sheet: s, row: 1, col: 1 };
    this.book.app.fire("WorkbookNewSheet", this.book, s);
    return s;
  }
}

export class FakeNames {
  map = new Map<string, { Name: string; RefersTo: string }>();
  get Count(): number {
    return this.map.size;
  }
  Item(index: number | string): { Name: string; RefersTo: string; Delete(): void } {
    const entry = typeof index === "number" ? [...this.map.values()][index - 1] : this.map.get(index.toUpperCase());
    if (!entry) throw new EtError(`no name ${index}`);
    return { ...entry, Delete: () => void this.map.delete(entry.Name.toUpperCase()) };
  }
  Add(name: string, refersTo: string): { Name: string; RefersTo: string } {
    if (!/^[A-Za-z_\u4e00-\u9fff][A-Za-z0-9_.\u4e00-\u9fff]*$/.test(name)) throw new EtError(`invalid name ${name}`);
    const n = { Name: name, RefersTo: refersTo.startsWith("=") ? refersTo : `=${refersTo}` };
    this.map.set(name.toUpperCase(), n);
    return n;
  }
}

export class FakeWorkbook {
  sheets: FakeWorksheet[] = [];
  active: FakeWorksheet;
  readonly Worksheets: FakeSheets;
  readonly Names = new FakeNames();
  constructor(readonly app: FakeEtApp, readonly Name: string, sheetNames: string[]) {
    this.sheets = sheetNames.map((n) => new FakeWorksheet(app, this, n));
    this.active = this.sheets[0] as FakeWorksheet;
    this.Worksheets = new FakeSheets(this);
  }
  get FullName(): string {
    return `C:\\Users\\demo\\Documents\\${this.Name}`;
  }
  get ActiveSheet(): FakeWorksheet {
    return this.active;
  }
  sheet(name: string): FakeWorksheet {
    return this.Worksheets.Item(name);
  }
}

type Listener = (...args: unknown[]) => void;

export class FakeEtApp {
  ActiveWorkbook: FakeWorkbook | null;
  ScreenUpdating = true;
  EnableEvents = true;
  DisplayAlerts = true;
  activeCell: { sheet: FakeWorksheet; row: number; col: number } | null = null;
  selection: { sheet: string; address: string } | null = null;
  /** Confirmations ET would have shown (deleting a sheet, merging over values) while DisplayAlerts was on. */
  dialogs: string[] = [];
  listeners = new Map<string, Listener[]>();
  /** Events fired, by name, for tests. */
  fired: string[] = [];
  private storage = new Map<string, string | number | boolean>();
  panes: { ID: number; url: string; Visible: boolean; DockPosition: number; Width: number; Navigate(url: string): void }[] = [];

  readonly ActiveWindow: { FreezePanes: boolean; SplitRow: number; SplitColumn: number };
  readonly ApiEvent: { AddApiEventListener(name: string, cb: Listener | string): void; RemoveApiEventListener(name: string, cb?: Listener | string): void };
  readonly PluginStorage: { setItem(k: string, v: string | number | boolean): void; getItem(k: string): string | undefined; removeItem(k: string): void; readonly length: number };

  constructor(sheetNames: string[] = ["Sheet1"], bookName = "工作簿1.xlsx") {
    this.ActiveWorkbook = new FakeWorkbook(this, bookName, sheetNames);
    this.activeCell = { sheet: this.ActiveWorkbook.active, row: 1, col: 1 };
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the window's accessors need the application
    const app = this;
    const win = { frozen: false, row: 0, col: 0 };
    this.ActiveWindow = {
      get FreezePanes() {
        return win.frozen;
      },
      set FreezePanes(v: boolean) {
        win.frozen = v;
        const s = app.ActiveWorkbook?.active;
        if (s) s.frozen = v ? { rows: win.row, cols: win.col } : null;
      },
      get SplitRow() {
        return win.row;
      },
      set SplitRow(v: number) {
        win.row = v;
      },
      get SplitColumn() {
        return win.col;
      },
      set SplitColumn(v: number) {
        win.col = v;
      },
    };
    this.ApiEvent = {
      AddApiEventListener: (name, cb) => {
        if (typeof cb !== "function") throw new Error("the fake takes function listeners");
        this.listeners.set(name, [...(this.listeners.get(name) ?? []), cb]);
      },
      RemoveApiEventListener: (name, cb) => {
        this.listeners.set(name, cb ? (this.listeners.get(name) ?? []).filter((l) => l !== cb) : []);
      },
    };
    const storage = this.storage;
    this.PluginStorage = {
      setItem: (k, v) => void storage.set(k, v),
      getItem: (k) => (storage.has(k) ? String(storage.get(k)) : undefined),
      removeItem: (k) => void storage.delete(k),
      get length() {
        return storage.size;
      },
    };
  }

  get ActiveSheet(): FakeWorksheet | null {
    return this.ActiveWorkbook?.active ?? null;
  }
  get book(): FakeWorkbook {
    if (!this.ActiveWorkbook) throw new Error("no workbook");
    return this.ActiveWorkbook;
  }

  fire(name: string, ...args: unknown[]): void {
    if (!this.EnableEvents) return;
    this.fired.push(name);
    for (const l of [...(this.listeners.get(name) ?? [])]) l(...args);
  }

  /** A person typing into a cell: refused on a locked cell of a protected sheet, as ET refuses it. */
  type(sheet: string, addr: string, value: string | number | null): void {
    this.book.sheet(sheet).Range(addr).Value2 = value ?? "";
  }

  CreateTaskPane(url: string): FakeEtApp["panes"][number] {
    const pane = { ID: this.panes.length + 1, url, Visible: false, DockPosition: 2, Width: 0, Navigate(u: string) { pane.url = u; } };
    this.panes.push(pane);
    return pane;
  }
  GetTaskPane(id: number): FakeEtApp["panes"][number] {
    const p = this.panes.find((x) => x.ID === id);
    if (!p) throw new Error(`no task pane ${id}`);
    return p;
  }

  asApplication(): import("../../src/wps/et").EtApplication {
    return this as unknown as import("../../src/wps/et").EtApplication;
  }
}
