import type { Issue } from "../../core/checks/types";
import type { Indicator } from "../../core/library/schema";
import type { CellValue, Grid, WorkbookGrids } from "../../core/table/grid";
import type { PlanNote, SheetPlan, WorkbookPlan } from "../../core/table/plan";
import type { Table } from "../../core/table/table";
import { colToLetters, parseCell } from "../../excel/a1";
import { planInsertion } from "../../core/table/insertion";
import type { WorkbookHost } from "./types";
import type { LivePatch } from "../../core/live/types";
import { LIVE_SHEET, readLiveStamps, stampNameRefs, stampRows } from "../../core/live/stamp";
import { normalizeFormula } from "../../core/checks/normalize";

/** A sheet as a sparse map, turned into a Grid (origin A1) on read. */
class MemSheet {
  cells = new Map<string, { value: CellValue; formula?: string }>();
  /** Number formats by cell key: "0%" makes 0.93 read as 93%, as in Excel. */
  formats = new Map<string, string>();
  merges: string[] = [];
  constructor(public name: string, public hidden = false) {}
  key(row: number, col: number): string {
    return `${row},${col}`;
  }
  set(row: number, col: number, value: CellValue, formula?: string): void {
    if (value === null && !formula) this.cells.delete(this.key(row, col));
    else this.cells.set(this.key(row, col), { value, ...(formula ? { formula } : {}) });
  }
  get(row: number, col: number): CellValue {
    return this.cells.get(this.key(row, col))?.value ?? null;
  }
  insertRows(at: number, count: number): void {
    const next = new Map<string, { value: CellValue; formula?: string }>();
    for (const [k, v] of this.cells) {
      const [r, c] = k.split(",").map(Number) as [number, number];
      const rr = r >= at ? r + count : r;
      // Formulas are not shifted: the memory workbook never computes them; the core scores from values.
      next.set(this.key(rr, c), v);
    }
    this.cells = next;
  }
  toGrid(): Grid {
    let rows = 0, cols = 0;
    for (const k of this.cells.keys()) {
      const [r, c] = k.split(",").map(Number) as [number, number];
      rows = Math.max(rows, r);
      cols = Math.max(cols, c);
    }
    const values: CellValue[][] = [];
    const formulas: (string | null)[][] = [];
    const numberFormats: (string | null)[][] = [];
    for (let r = 1; r <= rows; r++) {
      const vr: CellValue[] = [], fr: (string | null)[] = [], nr: (string | null)[] = [];
      for (let c = 1; c <= cols; c++) {
        const cell = this.cells.get(this.key(r, c));
        vr.push(cell?.value ?? null);
        fr.push(cell?.formula ?? null);
        nr.push(this.formats.get(this.key(r, c)) ?? null);
      }
      values.push(vr);
      formulas.push(fr);
      numberFormats.push(nr);
    }
    return { sheet: this.name, origin: { row: 1, col: 1 }, values, formulas, numberFormats, merges: [...this.merges] };
  }
}

/** The in-memory workbook double used outside Excel: in the browser proof and for a curious visitor. */
export class MemoryHost implements WorkbookHost {
  readonly kind = "memory" as const;
  private sheets: MemSheet[] = [];
  private names: Record<string, string> = {};
  private active = "";
  private listeners = new Set<() => void>();
  private selectionListeners = new Set<() => void>();
  selected: { sheet: string; cell: string } | null = null;
  /** Review sheets and notes written by 写入审核意见 (kept apart: they never change what is read). */
  review: { sheets: string[]; notes: Record<string, readonly PlanNote[]> } = { sheets: [], notes: {} };
  marked: Issue[] = [];

  async read(): Promise<WorkbookGrids> {
    const active = this.sheets.find((s) => s.name === this.active);
    const helpers = this.sheets.filter((s) => s.hidden);
    return {
      name: "内存工作簿 / in-memory workbook",
      sheets: [...(active ? [active] : []), ...helpers].map((s) => s.toGrid()),
      definedNames: { ...this.names },
    };
  }

  /** Opens a workbook someone already filled (a department's own form): its first visible sheet becomes active. */
  load(wb: WorkbookGrids): void {
    this.sheets = wb.sheets.map((g) => {
      const sheet = new MemSheet(g.sheet);
      g.values.forEach((row, i) =>
        row.forEach((v, j) => {
          const r = g.origin.row + i;
          const c = g.origin.col + j;
          const f = g.formulas[i]?.[j] ?? undefined;
          if (v !== null || f) sheet.set(r, c, v, f);
          const nf = g.numberFormats?.[i]?.[j];
          if (nf) sheet.formats.set(sheet.key(r, c), nf);
        }),
      );
      sheet.merges = [...g.merges];
      return sheet;
    });
    this.names = { ...(wb.definedNames ?? {}) };
    this.active = this.sheets[0]?.name ?? "";
    this.emit();
  }

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  activeSheet(): string {
    return this.active;
  }

  async insertTemplate(plan: WorkbookPlan): Promise<string> {
    let main = "";
    for (const sp of plan.sheets) {
      let name = sp.name;
      const exists = this.sheets.find((s) => s.name === name);
      if (exists && sp.hidden) this.sheets = this.sheets.filter((s) => s !== exists);
      else for (let i = 2; this.sheets.some((s) => s.name === name); i++) name = `${sp.name} (${i})`;
      const sheet = new MemSheet(name, sp.hidden ?? false);
      for (const c of sp.cells) {
        const { row, col } = parseCell(c.addr);
        sheet.set(row, col, c.formula !== undefined ? null : (c.value ?? null), c.formula);
        // Number formats as Excel keeps them ("0.00%" shows 0.95 as 95.00%); read back like Excel's.
        if (c.style?.numberFormat && c.style.numberFormat !== "General") sheet.formats.set(sheet.key(row, col), c.style.numberFormat);
      }
      sheet.merges = [...sp.merges];
      this.sheets.push(sheet);
      if (!sp.hidden && !main) main = name;
    }
    for (const n of plan.names) this.names[n.name] = n.ref;
    this.active = main;
    this.emit();
    return main;
  }

  async writeReview(sheets: readonly SheetPlan[], notes: Record<string, readonly PlanNote[]>): Promise<string> {
    this.review = { sheets: sheets.map((s) => s.name), notes: { ...notes } };
    return sheets[0]?.name ?? "";
  }

  async removeReview(): Promise<void> {
    this.review = { sheets: [], notes: {} };
  }

  async insertIndicators(table: Table, indicators: readonly Indicator[]): Promise<void> {
    const sheet = this.sheets.find((s) => s.name === table.sheet);
    if (!sheet) throw new Error("找不到表格 / table not found");
    let shift = 0;
    for (const { anchor, rows } of planInsertion(table, indicators).groups) {
      const at = anchor + shift + 1;
      sheet.insertRows(at, rows.length);
      rows.forEach(({ cells }, i) => {
        for (const c of cells) sheet.set(at + i, c.col, c.value);
      });
      shift += rows.length;
    }
    this.emit();
  }

  /** Edits one cell, as a person typing would; used by the grid editor and the browser test hook. */
  setCell(sheet: string, addr: string, value: CellValue): void {
    const s = this.sheets.find((x) => x.name === sheet);
    if (!s) throw new Error(`没有工作表 ${sheet} / no sheet ${sheet}`);
    const { row, col } = parseCell(addr);
    s.set(row, col, value === "" ? null : value);
    this.emit();
  }

  getCell(sheet: string, addr: string): CellValue {
    const s = this.sheets.find((x) => x.name === sheet);
    const { row, col } = parseCell(addr);
    return s?.get(row, col) ?? null;
  }

  /** The address of the first cell on `sheet` whose value is `text`, scanning row by row. */
  findText(sheet: string, text: string): string | null {
    const s = this.sheets.find((x) => x.name === sheet);
    let best: [number, number] | null = null;
    for (const [k, v] of s?.cells ?? []) {
      if (v.value !== text) continue;
      const [r, c] = k.split(",").map(Number) as [number, number];
      if (!best || r < best[0] || (r === best[0] && c < best[1])) best = [r, c];
    }
    return best ? `${colToLetters(best[1])}${best[0]}` : null;
  }

  async addLiveScoring(patch: LivePatch): Promise<void> {
    const sheet = this.sheets.find((s) => s.name === patch.sheet);
    if (!sheet) throw new Error(`没有工作表 ${patch.sheet} / no sheet ${patch.sheet}`);
    const taken = patch.cells.filter((c) => {
      const { row, col } = parseCell(c.addr);
      return sheet.cells.has(sheet.key(row, col)) && !(sheet.get(row, col) === "" && !sheet.cells.get(sheet.key(row, col))?.formula);
    });
    if (taken.length) throw new Error(`单元格 ${taken.map((c) => c.addr).join("、")} 已有内容，未写入 / cells not empty; nothing written`);
    const earlier = this.liveStamps();
    if (earlier.some((s) => s.sheet === patch.sheet)) throw new Error(`工作表“${patch.sheet}”已启用实时计分 / live scoring is already on ${patch.sheet}`);
    for (const c of patch.cells) {
      const { row, col } = parseCell(c.addr);
      // The memory workbook does not compute formulas; the core scores from the values.
      sheet.set(row, col, c.formula !== undefined ? null : (c.value ?? null), c.formula);
    }
    this.writeLiveStamp([...earlier, patch.stamp]);
    this.emit();
  }

  async removeLiveScoring(sheetName: string): Promise<{ removed: number; kept: string[] }> {
    const stamps = this.liveStamps();
    const mine = stamps.find((s) => s.sheet === sheetName);
    const sheet = this.sheets.find((s) => s.name === sheetName);
    if (!mine || !sheet) return { removed: 0, kept: [] };
    let removed = 0;
    const kept: string[] = [];
    for (const c of mine.cells) {
      const { row, col } = parseCell(c.addr);
      const cur = sheet.cells.get(sheet.key(row, col));
      const same = c.formula !== undefined ? cur?.formula !== undefined && normalizeFormula(cur.formula) === normalizeFormula(c.formula) : cur?.value === (c.value ?? "") && !cur?.formula;
      if (same) {
        sheet.set(row, col, null);
        removed++;
      } else kept.push(c.addr);
    }
    this.writeLiveStamp(stamps.filter((s) => s !== mine));
    this.emit();
    return { removed, kept };
  }

  private liveStamps() {
    const s = this.sheets.find((x) => x.name === LIVE_SHEET);
    return s ? readLiveStamps({ name: "", sheets: [s.toGrid()] }) : [];
  }

  private writeLiveStamp(stamps: ReturnType<MemoryHost["liveStamps"]>): void {
    this.sheets = this.sheets.filter((s) => s.name !== LIVE_SHEET);
    for (const n of Object.keys(stampNameRefs())) delete this.names[n];
    if (stamps.length === 0) return;
    const sheet = new MemSheet(LIVE_SHEET, true);
    stampRows(stamps).forEach((row, i) => row.forEach((v, j) => sheet.set(i + 1, j + 1, v)));
    this.sheets.push(sheet);
    Object.assign(this.names, stampNameRefs());
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    if (this.sheets.some((s) => s.name === sheet && !s.hidden)) this.active = sheet;
    this.selected = { sheet, cell };
    for (const l of this.selectionListeners) l();
  }

  /** Sheets a person sees (helper sheets stay hidden, as in Excel). */
  visibleSheets(): string[] {
    return this.sheets.filter((s) => !s.hidden).map((s) => s.name);
  }

  /** Switches the active sheet, as clicking a sheet tab does; the pane reads the active sheet. */
  activate(sheet: string): void {
    if (!this.sheets.some((s) => s.name === sheet)) return;
    this.active = sheet;
    this.emit();
  }

  /** One sheet as a Grid, for the grid view outside Office. */
  sheetGrid(sheet: string): Grid | null {
    return this.sheets.find((s) => s.name === sheet)?.toGrid() ?? null;
  }

  /** Calls `listener` when a cell is selected (定位到); returns an unsubscribe function. */
  onSelection(listener: () => void): () => void {
    this.selectionListeners.add(listener);
    return () => this.selectionListeners.delete(listener);
  }

  async mark(issues: readonly Issue[]): Promise<void> {
    this.marked = [...issues];
    for (const l of this.selectionListeners) l();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    for (const l of this.listeners) l();
  }
}
