import type { CellStyle } from "../core/table/plan";

const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const V_ALIGN = { top: "Top", middle: "Center", bottom: "Bottom" } as const;
const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;

/** Applies a plan style (except the number format, written as an array with the block) to a range. */
export function applyStyle(range: Excel.Range, style: CellStyle, rows: number, cols: number): void {
  const f = range.format;
  if (style.bold !== undefined) f.font.bold = style.bold;
  if (style.italic !== undefined) f.font.italic = style.italic;
  if (style.fontColor) f.font.color = style.fontColor;
  if (style.fontSize) f.font.size = style.fontSize;
  if (style.fill) f.fill.color = style.fill;
  if (style.hAlign) f.horizontalAlignment = H_ALIGN[style.hAlign];
  if (style.vAlign) f.verticalAlignment = V_ALIGN[style.vAlign];
  if (style.wrap !== undefined) f.wrapText = style.wrap;
  if (style.border) {
    const edges: string[] = [...EDGES];
    // Inside edges on a single row or column are rejected by some hosts.
    if (rows > 1) edges.push("InsideHorizontal");
    if (cols > 1) edges.push("InsideVertical");
    for (const e of edges) {
      const b = f.borders.getItem(e as Excel.BorderIndex);
      b.style = "Continuous";
      b.weight = "Thin";
      b.color = "#808080";
    }
  }
}

/** Style without the number format, as a grouping key. */
export function styleKey(style: CellStyle | undefined): string {
  if (!style) return "";
  const { numberFormat: _nf, ...rest } = style;
  const keys = Object.keys(rest).sort() as (keyof typeof rest)[];
  return keys.length === 0 ? "" : JSON.stringify(keys.map((k) => [k, rest[k]]));
}

/** Column width in points from a width in characters (Excel: 7 px per character plus 5 px padding, 0.75 pt/px). */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}
