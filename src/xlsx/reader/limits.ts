/**
 * Bounds that keep a hostile workbook harmless. Every one is checked before the thing it bounds is
 * expanded: declared part sizes before inflating, cell counts while parsing, the extent a dimension,
 * a merge or the cells claim before a grid is allocated. A budget table is a few hundred cells; these
 * are orders of magnitude above any real submission and far below what would exhaust memory.
 */
export const LIMITS = {
  /** Inflated bytes of one part (sheet XML, shared strings…). */
  partBytes: 100 * 1024 * 1024,
  /** Inflated bytes of all parts read from one workbook. */
  totalBytes: 200 * 1024 * 1024,
  /** Cells (elements in sheetData) in one workbook. */
  cells: 2_000_000,
  /** Rows × columns one sheet's grid, a dimension or a merge may span. */
  extentCells: 2_000_000,
  /** Excel's own bounds: past these a reference is malformed. */
  maxRow: 1_048_576,
  maxCol: 16_384,
} as const;

/** A bound was exceeded; the reader turns it into a "too large" WorkbookReadError. */
export class LimitError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(`${zh} / ${en}`);
    this.name = "LimitError";
  }
}
