import { OPERATOR_DISPLAY, type ParsedValue } from "./types";
import { fromSerial } from "./dates";

/** Plain decimal text, never exponent notation, so the parser reads back what was written. */
export function formatNumber(n: number): string {
  const s = String(n);
  if (!/e/i.test(s)) return s;
  return n.toFixed(20).replace(/\.?0+$/, "");
}

/** How Jixiao writes a value into one cell: "≥100公里", "±3%", "2024年12月31日前", or the text itself. */
export function formatValue(v: ParsedValue): string {
  if (v.kind === "qualitative" || v.operator === "text") return v.text;
  if (v.isDate && v.number !== null) {
    const d = fromSerial(v.number);
    const op = v.operator === "<=" ? "" : OPERATOR_DISPLAY[v.operator];
    return `${op}${d.year}年${d.month}月${d.day}日${v.operator === "<=" ? "前" : ""}`;
  }
  if (v.number === null) return v.text;
  return `${OPERATOR_DISPLAY[v.operator]}${formatNumber(v.number)}${v.unit}`;
}
