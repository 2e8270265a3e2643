/**
 * A small hand-rolled model of an Excel RequestContext: enough of the object model for src/excel, recording
 * every queued operation and every sync. Unlike office-addin-mock it keeps cell contents (so reads after
 * writes see them), checks that written arrays match the range's shape (Excel rejects a mismatch), applies
 * queued writes only at sync, and can be told to fail a sync.
 */
import { cellAddr, parseCell, parseRange, rectAddr, type Rect } from "../../../src/excel/a1";

export interface Op {
  sheet?: string;
  target: string;
  prop: string;
  value?: unknown;
  bytes?: number;
}

export interface FakeCell {
  value: string | number | boolean;
  formula?: string;
  numberFormat?: string;
  fill?: string;
}

export class FakeSheet {
  cells = new Map<string, FakeCell>();
  merges: string[] = [];
  visibility = "Visible";
  protected = false;
  deleted = false;
  constructor(public name: string) {}

  cell(addr: string): FakeCell | undefined {
    const { row, col } = parseCell(addr);
    return this.cells.get(cellAddr(row, col));
  }
  set(addr: string, value: string | number | boolean, formula?: string): void {
    const { row, col } = parseCell(addr);
    this.cells.set(cellAddr(row, col), { value, ...(formula ? { formula } : {}) });
  }
  /** Shifts cells at or below `row` down by `count` rows, as Excel's insert does. */
  insertRows(row: number, count: number): void {
    const moved = new Map<string, FakeCell>();
    for (const [a, c] of this.cells) {
      const p = parseCell(a);
      moved.set(p.row >= row ? cellAddr(p.row + count, p.col) : a, c);
    }
    this.cells = moved;
  }
  usedRect(): Rect | null {
    let r: Rect | null = null;
    for (const a of this.cells.keys()) {
      const p = parseCell(a);
      if (!r) r = { top: p.row, bottom: p.row, left: p.col, right: p.col };
      else r = { top: Math.min(r.top, p.row), bottom: Math.max(r.bottom, p.row), left: Math.min(r.left, p.col), right: Math.max(r.right, p.col) };
    }
    return r;
  }
}

type Pending = () => void;

function recorder(ctx: FakeContext, sheet: string | undefined, target: string, path: string): unknown {
  const fn = (...args: unknown[]): unknown => {
    ctx.ops.push({ sheet, target, prop: `${path}()`, value: args });
    return recorder(ctx, sheet, target, `${path}()`);
  };
  return new Proxy(fn, {
    get(_t, key: string | symbol) {
      if (typeof key === "symbol") return undefined;
      if (key === "then") return undefined;
      return recorder(ctx, sheet, target, `${path}.${key}`);
    },
    set(_t, key: string | symbol, value: unknown) {
      ctx.ops.push({ sheet, target, prop: `${path}.${String(key)}`, value });
      return true;
    },
  });
}

export class FakeRange {
  address: string;
  values: unknown[][] = [];
  formulas: unknown[][] = [];
  formulasR1C1: unknown[][] = [];
  numberFormat: unknown[][] = [];
  isNullObject = false;
  rowCount = 0;
  columnCount = 0;
  format: Record<string, unknown>;
  dataValidation: Record<string, unknown>;
  conditionalFormats: Record<string, unknown>;
  constructor(private ctx: FakeContext, public sheet: FakeSheet | null, public rect: Rect | null, private whole = false) {
    this.address = sheet && rect ? `${sheet.name}!${rectAddr(rect)}` : "";
    const rec = recorder(ctx, sheet?.name, this.target, "format") as Record<string, unknown>;
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the object literal's getters need the outer instance
    const self = this;
    // The fill of a single cell is modelled (read, set, clear), since marks must restore it; the rest is recorded.
    const live = (): string => (self.rect && self.sheet?.cells.get(cellAddr(self.rect.top, self.rect.left))?.fill) ?? "#FFFFFF";
    let loaded: string | undefined;
    const fill = {
      // Office.js runs a batch in order: a load queued before a write sees the value before it.
      load: () => {
        ctx.pending.push(() => { loaded = live(); });
        return fill;
      },
      get color(): string {
        return loaded ?? live();
      },
      set color(v: string) {
        ctx.ops.push({ sheet: sheet?.name, target: self.target, prop: "format.fill.color", value: v });
        ctx.pending.push(() => self.touch((c) => { c.fill = v; }));
      },
      clear: () => {
        ctx.ops.push({ sheet: sheet?.name, target: self.target, prop: "format.fill.clear()" });
        ctx.pending.push(() => self.touch((c) => { delete c.fill; }));
      },
    };
    this.format = new Proxy(rec, { get: (t, k) => (k === "fill" ? fill : (t as Record<string | symbol, unknown>)[k]) });
    this.dataValidation = recorder(ctx, sheet?.name, this.target, "dataValidation") as Record<string, unknown>;
    this.conditionalFormats = recorder(ctx, sheet?.name, this.target, "conditionalFormats") as Record<string, unknown>;
    if (rect) {
      this.rowCount = rect.bottom - rect.top + 1;
      this.columnCount = rect.right - rect.left + 1;
    }
    return new Proxy(this, {
      set: (obj, key, value) => {
        if (obj.materialising) {
          (obj as unknown as Record<string | symbol, unknown>)[key] = value;
          return true;
        }
        if (key === "formulasR1C1") {
          obj.formulasR1C1Write = value as unknown[][];
          return true;
        }
        if (key === "values" || key === "formulas" || key === "numberFormat") {
          obj.queueWrite(String(key), value as unknown[][]);
          return true;
        }
        if (key === "columnHidden") {
          ctx.ops.push({ sheet: sheet?.name, target: obj.target, prop: "columnHidden", value });
          return true;
        }
        (obj as unknown as Record<string | symbol, unknown>)[key] = value;
        return true;
      },
    });
  }
  get target(): string {
    return this.whole ? "*" : this.rect ? rectAddr(this.rect) : "";
  }
  private queueWrite(prop: string, arr: unknown[][]): void {
    const rect = this.rect as Rect;
    const rows = rect.bottom - rect.top + 1;
    const cols = rect.right - rect.left + 1;
    if (!Array.isArray(arr) || arr.length !== rows || arr.some((r) => !Array.isArray(r) || r.length !== cols)) {
      this.ctx.queueError(new Error(`InvalidArgument: ${prop} shape does not match ${this.target}`));
      return;
    }
    this.ctx.ops.push({ sheet: this.sheet?.name, target: this.target, prop, value: arr, bytes: JSON.stringify(arr).length });
    const sheet = this.sheet as FakeSheet;
    this.ctx.pending.push(() => {
      arr.forEach((row, r) =>
        row.forEach((v, c) => {
          const a = cellAddr(rect.top + r, rect.left + c);
          const cell = sheet.cells.get(a) ?? { value: "" };
          if (prop === "numberFormat") cell.numberFormat = String(v);
          else if (typeof v === "string" && v.startsWith("=")) {
            cell.formula = v;
            cell.value = 0;
          } else if (prop === "values" && typeof v === "string" && v.startsWith("'")) cell.value = v.slice(1);
          else cell.value = v as string | number | boolean;
          if (v === "" && prop !== "numberFormat") sheet.cells.delete(a);
          else sheet.cells.set(a, cell);
        }),
      );
    });
  }
  columnIndex = 0;
  private touch(fn: (c: FakeCell) => void): void {
    if (!this.sheet || !this.rect) return;
    const a = cellAddr(this.rect.top, this.rect.left);
    const c = this.sheet.cells.get(a) ?? { value: "" };
    fn(c);
    this.sheet.cells.set(a, c);
  }
  set formulasR1C1Write(arr: unknown[][]) {
    this.ctx.ops.push({ sheet: this.sheet?.name, target: this.target, prop: "formulasR1C1", value: arr });
    const sheet = this.sheet as FakeSheet;
    const rect = this.rect as Rect;
    this.ctx.pending.push(() => {
      const v = arr[0]?.[0];
      sheet.cells.set(cellAddr(rect.top, rect.left), { value: 0, formula: String(v) });
    });
  }
  /** The used part of a row range, as Range.getUsedRangeOrNullObject. */
  getUsedRangeOrNullObject(): FakeRange {
    const r = new FakeRange(this.ctx, this.sheet, null);
    const outer = this.rect as Rect;
    const sheet = this.sheet;
    this.ctx.afterSync.push(() => {
      let rect: Rect | null = null;
      for (const a of sheet?.cells.keys() ?? []) {
        const p = parseCell(a);
        if (p.row < outer.top || p.row > outer.bottom || p.col < outer.left || p.col > outer.right) continue;
        rect = rect ? { top: Math.min(rect.top, p.row), bottom: Math.max(rect.bottom, p.row), left: Math.min(rect.left, p.col), right: Math.max(rect.right, p.col) } : { top: p.row, bottom: p.row, left: p.col, right: p.col };
      }
      if (!rect) { r.isNullObject = true; return; }
      r.rect = rect;
      r.columnIndex = rect.left - 1;
      r.materialise();
    });
    return r;
  }
  /** The properties asked for, to count the response's size as Excel would send it. */
  loadedProps: string[] = [];
  load(_props?: unknown): this {
    this.ctx.loads.push(this);
    this.loadedProps = typeof _props === "string" ? _props.split(",").map((p) => p.trim()) : [];
    this.ctx.ops.push({ sheet: this.sheet?.name, target: this.target, prop: "load()", value: _props });
    return this;
  }
  /** Bytes of JSON the loaded cell arrays take (values, formulas, number formats), as in Excel's response. */
  payloadBytes(): number {
    if (!this.rect || this.isNullObject) return 0;
    let n = 0;
    for (const p of ["values", "formulas", "numberFormat"] as const) if (this.loadedProps.includes(p)) n += Buffer.byteLength(JSON.stringify(this[p]));
    return n;
  }
  /** Called by sync: fills the loaded properties from the sheet. */
  materialising = false;
  materialise(): void {
    this.materialising = true;
    try {
      this.populate();
    } finally {
      this.materialising = false;
    }
  }
  private populate(): void {
    if (!this.sheet || !this.rect) return;
    const { top, left, bottom, right } = this.rect;
    this.values = [];
    this.formulas = [];
    this.numberFormat = [];
    for (let r = top; r <= bottom; r++) {
      const vr: unknown[] = [], fr: unknown[] = [], nr: unknown[] = [];
      for (let c = left; c <= right; c++) {
        const cell = this.sheet.cells.get(cellAddr(r, c));
        vr.push(cell?.value ?? "");
        fr.push(cell?.formula ?? cell?.value ?? "");
        nr.push(cell?.numberFormat ?? "General");
      }
      this.values.push(vr);
      this.formulas.push(fr);
      this.numberFormat.push(nr);
    }
    this.formulasR1C1 = this.formulas;
  }
  merge(across: boolean): void {
    this.ctx.ops.push({ sheet: this.sheet?.name, target: this.target, prop: "merge()", value: across });
    const sheet = this.sheet as FakeSheet;
    const t = this.target;
    this.ctx.pending.push(() => sheet.merges.push(t));
  }
  insert(shift: string): void {
    this.ctx.ops.push({ sheet: this.sheet?.name, target: this.target, prop: "insert()", value: shift });
    const sheet = this.sheet as FakeSheet;
    const rect = this.rect as Rect;
    this.ctx.pending.push(() => sheet.insertRows(rect.top, rect.bottom - rect.top + 1));
  }
  clear(what?: string): void {
    this.ctx.ops.push({ sheet: this.sheet?.name, target: this.target, prop: "clear()", value: what });
    const sheet = this.sheet as FakeSheet;
    if (this.whole) this.ctx.pending.push(() => sheet.cells.clear());
  }
  select(): void {
    this.ctx.ops.push({ sheet: this.sheet?.name, target: this.target, prop: "select()" });
  }
  getMergedAreasOrNullObject(): FakeRange & { areas?: unknown } {
    const r = new FakeRange(this.ctx, this.sheet, null);
    const sheet = this.sheet;
    this.ctx.afterSync.push(() => {
      if (!sheet) { r.isNullObject = true; return; }
      r.isNullObject = sheet.merges.length === 0;
      r.address = sheet.merges.map((m) => `${sheet.name}!${m}`).join(",");
    });
    return r;
  }
}

export class FakeWorksheet {
  protection: { protected: boolean; protect: (o?: unknown) => void; unprotect: () => void; load: () => unknown };
  freezePanes: unknown;
  pageLayout: unknown;
  isNullObject = false;
  constructor(private ctx: FakeContext, public model: FakeSheet | null) {
    const name = model?.name;
    this.freezePanes = recorder(ctx, name, "*", "freezePanes");
    this.pageLayout = recorder(ctx, name, "*", "pageLayout");
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the object literal's getters need the outer instance
    const self = this;
    this.protection = {
      get protected() {
        return self.model?.protected ?? false;
      },
      protect: (o?: unknown) => {
        ctx.ops.push({ sheet: name, target: "*", prop: "protection.protect()", value: o });
        ctx.pending.push(() => { if (self.model) self.model.protected = true; });
      },
      unprotect: () => {
        ctx.ops.push({ sheet: name, target: "*", prop: "protection.unprotect()" });
        ctx.pending.push(() => { if (self.model) self.model.protected = false; });
      },
      load: () => self.protection,
    };
  }
  get name(): string {
    return this.model?.name ?? "";
  }
  set visibility(v: string) {
    this.ctx.ops.push({ sheet: this.name, target: "*", prop: "visibility", value: v });
    const m = this.model as FakeSheet;
    this.ctx.pending.push(() => { m.visibility = v; });
  }
  get visibility(): string {
    return this.model?.visibility ?? "Visible";
  }
  load(_p?: unknown): this {
    return this;
  }
  getRange(addr?: string): FakeRange {
    if (addr === undefined) return new FakeRange(this.ctx, this.model, { top: 1, left: 1, bottom: 1048576, right: 16384 }, true);
    const colOnly = /^([A-Z]+):([A-Z]+)$/.exec(addr);
    if (colOnly) return new FakeRange(this.ctx, this.model, { ...parseRange(`${colOnly[1]}1:${colOnly[2]}1`), bottom: 1048576 });
    const rowOnly = /^(\d+):(\d+)$/.exec(addr);
    if (rowOnly) return new FakeRange(this.ctx, this.model, { top: Number(rowOnly[1]), bottom: Number(rowOnly[2]), left: 1, right: 16384 });
    return new FakeRange(this.ctx, this.model, parseRange(addr));
  }
  getCell(row0: number, col0: number): FakeRange {
    return new FakeRange(this.ctx, this.model, { top: row0 + 1, bottom: row0 + 1, left: col0 + 1, right: col0 + 1 });
  }
  /** RangeAreas (ExcelApi 1.9): one fill set or cleared for many cells in one operation. */
  getRanges(address: string): { format: { fill: { color: string; clear(): void } } } {
    const ctx = this.ctx;
    const model = this.model;
    const cells = address.split(",").map((a) => a.trim());
    const each = (fn: (c: { value: string | number | boolean; fill?: string }) => void): void => {
      if (!model) return;
      for (const a of cells) {
        const r = parseRange(a.includes(":") ? a : `${a}:${a}`);
        for (let row = r.top; row <= r.bottom; row++)
          for (let col = r.left; col <= r.right; col++) {
            const k = cellAddr(row, col);
            const c = model.cells.get(k) ?? { value: "" };
            fn(c);
            model.cells.set(k, c);
          }
      }
    };
    return {
      format: {
        fill: {
          set color(v: string) {
            ctx.ops.push({ sheet: model?.name, target: address, prop: "areas.format.fill.color", value: v });
            ctx.pending.push(() => each((c) => { c.fill = v; }));
          },
          get color(): string {
            return "";
          },
          clear: () => {
            ctx.ops.push({ sheet: model?.name, target: address, prop: "areas.format.fill.clear()" });
            ctx.pending.push(() => each((c) => { delete c.fill; }));
          },
        },
      },
    };
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    const r = new FakeRange(this.ctx, this.model, null);
    const model = this.model;
    this.ctx.afterSync.push(() => {
      const used = model?.usedRect() ?? null;
      if (!used || !model) {
        r.isNullObject = true;
        return;
      }
      r.rect = used;
      r.address = `${model.name}!${rectAddr(used)}`;
      r.rowCount = used.bottom - used.top + 1;
      r.columnCount = used.right - used.left + 1;
      r.materialise();
    });
    return r;
  }
  activate(): void {
    this.ctx.ops.push({ sheet: this.name, target: "*", prop: "activate()" });
    const m = this.model;
    this.ctx.pending.push(() => { if (m) this.ctx.active = m.name; });
  }
  delete(): void {
    this.ctx.ops.push({ sheet: this.name, target: "*", prop: "delete()" });
    const m = this.model;
    this.ctx.pending.push(() => {
      if (m) {
        m.deleted = true;
        this.ctx.sheets.delete(m.name);
      }
    });
  }
}

export class FakeContext {
  ops: Op[] = [];
  pending: Pending[] = [];
  loads: FakeRange[] = [];
  afterSync: Pending[] = [];
  syncCount = 0;
  sheets = new Map<string, FakeSheet>();
  added = new Map<string, FakeSheet>();
  names = new Map<string, string>();
  active = "";
  /** 1-based index of the sync that should fail; 0 = none. */
  failOnSync = 0;
  private errors: Error[] = [];
  runtime: { enableEvents: boolean };
  application: Record<string, unknown>;
  workbook: Record<string, unknown>;

  constructor(sheetNames: string[] = ["Sheet1"]) {
    for (const n of sheetNames) this.sheets.set(n, new FakeSheet(n));
    this.active = sheetNames[0] ?? "";
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the object literal's getters need the outer instance
    const ctx = this;
    const runtime = { _e: true };
    this.runtime = {
      get enableEvents() {
        return runtime._e;
      },
      set enableEvents(v: boolean) {
        ctx.ops.push({ target: "runtime", prop: "enableEvents", value: v });
        runtime._e = v;
      },
    };
    this.application = {
      suspendApiCalculationUntilNextSync: () => ctx.ops.push({ target: "application", prop: "suspendApiCalculationUntilNextSync()" }),
      suspendScreenUpdatingUntilNextSync: () => ctx.ops.push({ target: "application", prop: "suspendScreenUpdatingUntilNextSync()" }),
    };
    const worksheets = {
      items: [] as FakeWorksheet[],
      load: () => {
        ctx.afterSync.push(() => {
          worksheets.items = [...ctx.sheets.values()].map((s) => new FakeWorksheet(ctx, s));
        });
        return worksheets;
      },
      add: (name: string) => {
        if (ctx.sheets.has(name)) ctx.queueError(new Error(`ItemAlreadyExists: ${name}`));
        const s = new FakeSheet(name);
        ctx.ops.push({ sheet: name, target: "*", prop: "worksheets.add()" });
        ctx.added.set(name, s);
        ctx.pending.push(() => ctx.sheets.set(name, s));
        return new FakeWorksheet(ctx, s);
      },
      getItem: (name: string) => {
        // Sheets added earlier in the same batch are addressable by name, as in Excel.
        const s = ctx.sheets.get(name) ?? ctx.added.get(name);
        if (!s) ctx.queueError(new Error(`ItemNotFound: ${name}`));
        return new FakeWorksheet(ctx, s ?? null);
      },
      getItemOrNullObject: (name: string) => {
        const ws = new FakeWorksheet(ctx, ctx.sheets.get(name) ?? null);
        ws.isNullObject = !ctx.sheets.has(name);
        return ws;
      },
      getActiveWorksheet: () => new FakeWorksheet(ctx, ctx.sheets.get(ctx.active) ?? null),
    };
    const names = {
      items: [] as { name: string; formula: string }[],
      load: () => {
        ctx.afterSync.push(() => {
          names.items = [...ctx.names.entries()].map(([name, formula]) => ({ name, formula }));
        });
        return names;
      },
      add: (name: string, ref: string) => {
        ctx.ops.push({ target: "names", prop: "add()", value: [name, ref] });
        ctx.pending.push(() => ctx.names.set(name, ref));
      },
      getItem: (name: string) => ({
        delete: () => {
          ctx.ops.push({ target: "names", prop: "delete()", value: name });
          ctx.pending.push(() => ctx.names.delete(name));
        },
      }),
    };
    this.workbook = {
      worksheets,
      names,
      getSelectedRange: () => {
        const r = new FakeRange(ctx, ctx.sheets.get(ctx.active) ?? null, { top: 1, left: 1, bottom: 1, right: 1 });
        return r;
      },
    };
  }

  queueError(e: Error): void {
    this.errors.push(e);
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.get(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  async sync(): Promise<void> {
    this.syncCount++;
    const pending = this.pending;
    const errors = this.errors;
    this.pending = [];
    this.errors = [];
    this.added = new Map();
    if (this.failOnSync === this.syncCount) throw new Error("GeneralException: the fake was told to fail this sync");
    if (errors.length > 0) throw errors[0];
    for (const p of pending) p();
    const loaded = this.loads;
    for (const r of loaded) r.materialise();
    this.loads = [];
    const after = this.afterSync;
    this.afterSync = [];
    for (const a of after) a();
    this.syncBytes.push(loaded.reduce((n, r) => n + r.payloadBytes(), 0));
  }
  /** Response size of each sync so far: Excel on the web refuses one over 5 MB. */
  syncBytes: number[] = [];

  asContext(): Excel.RequestContext {
    return this as unknown as Excel.RequestContext;
  }

  opsOf(prop: string): Op[] {
    return this.ops.filter((o) => o.prop === prop);
  }
}
