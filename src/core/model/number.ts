import type { CellValue } from "../table/grid";

/**
 * The one number reader for cells people type: weights ("10", "１０分"), scores ("8.5分"), amounts
 * ("150万", "125.25 万元", "1,234.5"), rates ("93%", "93﹪"). A percentage comes back as a fraction
 * (93% → 0.93); units of money and points are dropped (the column says which unit). Anything else,
 * "—", "/", "完成", is null.
 */
export function readNumber(v: CellValue | undefined): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v !== "string") return null;
  const s = v
    .normalize("NFKC")
    .replace(/\ufe6a/g, "%")
    .replace(/[\s,，]+/g, "")
    .replace(/(分|万元|万|元|亿元|亿)$/, "");
  if (s === "") return null;
  const pct = /^([+-]?\d+(?:\.\d+)?)%$/.exec(s);
  if (pct) return Number(pct[1]) / 100;
  return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(s) ? Number(s) : null;
}
