import type { CellStyle } from "../core/table/plan";
import { hexToBgr, XL, type EtRange } from "./et";

const H_ALIGN = { left: XL.hAlignLeft, center: XL.hAlignCenter, right: XL.hAlignRight } as const;
const V_ALIGN = { top: XL.vAlignTop, middle: XL.vAlignCenter, bottom: XL.vAlignBottom } as const;
/** The same grey as the Excel adapter's "#808080"; BGR and RGB agree for a grey. */
const BORDER = hexToBgr("#808080");

/** Applies a plan style (except the number format, written per block) to a range, as src/excel/style.ts does. */
export function applyStyle(range: EtRange, style: CellStyle, rows: number, cols: number): void {
  if (style.bold !== undefined) range.Font.Bold = style.bold;
  if (style.italic !== undefined) range.Font.Italic = style.italic;
  if (style.fontColor) range.Font.Color = hexToBgr(style.fontColor);
  if (style.fontSize) range.Font.Size = style.fontSize;
  if (style.fill) range.Interior.Color = hexToBgr(style.fill);
  if (style.hAlign) range.HorizontalAlignment = H_ALIGN[style.hAlign];
  if (style.vAlign) range.VerticalAlignment = V_ALIGN[style.vAlign];
  if (style.wrap !== undefined) range.WrapText = style.wrap;
  if (style.border) {
    const edges: number[] = [XL.edgeTop, XL.edgeBottom, XL.edgeLeft, XL.edgeRight];
    if (rows > 1) edges.push(XL.insideHorizontal);
    if (cols > 1) edges.push(XL.insideVertical);
    for (const e of edges) {
      const b = range.Borders.Item(e);
      b.LineStyle = XL.continuous;
      b.Weight = XL.thin;
      b.Color = BORDER;
    }
  }
}
