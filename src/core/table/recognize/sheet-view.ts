import type { CellValue, Grid } from "../grid";
import { addr, parseRange, type Rect } from "./a1";

/**
 * Sheet-coordinate access to a Grid with merged ranges resolved: a value written once in a merged
 * block is seen in every cell of the block, which is how a person reads the form.
 */
export class SheetView {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  private readonly owners = new Map<number, Rect>();

  constructor(private readonly grid: Grid) {
    this.sheet = grid.sheet;
    this.top = grid.origin.row;
    this.left = grid.origin.col;
    this.bottom = grid.origin.row + grid.values.length - 1;
    const width = grid.values.reduce((w, r) => Math.max(w, r.length), 0);
    this.right = grid.origin.col + width - 1;
    for (const m of grid.merges) {
      const rect = parseRange(m);
      if (!rect) continue;
      // A merge may claim far more than the grid holds (A1:XFD1048576): only the cells read matter.
      const bottom = Math.min(rect.bottom, this.bottom);
      const right = Math.min(rect.right, this.right);
      for (let r = Math.max(rect.top, this.top); r <= bottom; r++) {
        for (let c = Math.max(rect.left, this.left); c <= right; c++) this.owners.set(this.key(r, c), rect);
      }
    }
  }

  private key(r: number, c: number): number {
    return r * 20000 + c;
  }

  /** The cell's own stored value, ignoring merges. */
  raw(r: number, c: number): CellValue {
    return this.grid.values[r - this.top]?.[c - this.left] ?? null;
  }

  merge(r: number, c: number): Rect | undefined {
    // Most sheets have few merges: skip the map lookup when there are none.
    return this.owners.size === 0 ? undefined : this.owners.get(this.key(r, c));
  }

  /** Top-left cell of the merge the cell belongs to (the cell itself when not merged). */
  owner(r: number, c: number): { row: number; col: number } {
    const m = this.merge(r, c);
    return m ? { row: m.top, col: m.left } : { row: r, col: c };
  }

  // The accessors below are asked for every cell of every row several times while a sheet is read:
  // they resolve the owning cell without allocating (a batch of a thousand workbooks asks millions of times).

  /** The value a person sees in the cell: merged blocks show their top-left value everywhere. */
  value(r: number, c: number): CellValue {
    const m = this.merge(r, c);
    return m ? this.raw(m.top, m.left) : this.raw(r, c);
  }

  /** Number format of the cell holding the value, when the reader could see it. */
  numberFormat(r: number, c: number): string | undefined {
    const formats = this.grid.numberFormats;
    if (!formats) return undefined;
    const m = this.merge(r, c);
    return (m ? formats[m.top - this.top]?.[m.left - this.left] : formats[r - this.top]?.[c - this.left]) ?? undefined;
  }

  /**
   * The value as the sheet shows it where the difference matters to a reader: Excel stores 93% as
   * 0.93 with a percent format, and a person means 93%. Such numbers come back as "93%".
   */
  shown(r: number, c: number): CellValue {
    const v = this.value(r, c);
    if (typeof v !== "number" || !Number.isFinite(v)) return v;
    const f = this.numberFormat(r, c);
    return f && isPercentFormat(f) ? `${Number((v * 100).toPrecision(12))}%` : v;
  }

  formula(r: number, c: number): string | undefined {
    const m = this.merge(r, c);
    return (m ? this.grid.formulas[m.top - this.top]?.[m.left - this.left] : this.grid.formulas[r - this.top]?.[c - this.left]) ?? undefined;
  }

  text(r: number, c: number): string {
    const v = this.value(r, c);
    return v === null || v === undefined ? "" : String(v).trim();
  }

  /** True for cells covered by a merge that started in another column (horizontal continuation). */
  isHorizontalFollower(r: number, c: number): boolean {
    const m = this.merge(r, c);
    return !!m && c > m.left;
  }

  /** True for cells covered by a merge that started on an earlier row (vertical continuation). */
  isVerticalFollower(r: number, c: number): boolean {
    const m = this.merge(r, c);
    return !!m && r > m.top;
  }

  /** Address of the cell that holds the value (the merge's top-left). */
  addrOf(r: number, c: number): string {
    const m = this.merge(r, c);
    return m ? addr(m.top, m.left) : addr(r, c);
  }

  rowEmpty(r: number, from = this.left, to = this.right): boolean {
    for (let c = from; c <= to; c++) if (this.text(r, c) !== "") return false;
    return true;
  }
}

const PERCENT_FORMATS = new Map<string, boolean>();

/** A percent sign outside quoted literals and escapes makes the format a percentage. */
export function isPercentFormat(format: string): boolean {
  // A workbook has a handful of formats, asked about for every number read: answer each once.
  let hit = PERCENT_FORMATS.get(format);
  if (hit === undefined) {
    hit = /%/.test(format.replace(/"[^"]*"/g, "").replace(/\\./g, ""));
    if (PERCENT_FORMATS.size >= 1000) PERCENT_FORMATS.clear();
    PERCENT_FORMATS.set(format, hit);
  }
  return hit;
}
