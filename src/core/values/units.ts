import { toHalfWidth } from "./normalize";

/** Spellings of one unit met on forms; the key is what Jixiao writes. */
const SYNONYMS: Record<string, readonly string[]> = {
  "%": ["%", "百分比", "百分率", "百分之", "percent", "pct"],
  "‰": ["‰", "千分比", "千分率"],
  公里: ["公里", "km", "千米", "KM", "Km"],
  米: ["米", "m"],
  公斤: ["公斤", "kg", "千克", "KG", "Kg"],
  吨: ["吨", "t"],
  小时: ["小时", "h", "hr", "个小时"],
  平方米: ["平方米", "m2", "m²", "㎡", "平米"],
  立方米: ["立方米", "m3", "m³"],
  元: ["元", "¥", "￥", "人民币元", "RMB"],
  日期: ["日期", "date", "时间节点"],
};

const LOOKUP = new Map<string, string>();
for (const [canon, list] of Object.entries(SYNONYMS)) {
  for (const s of list) LOOKUP.set(s.toLowerCase(), canon);
}

/** One spelling per unit: "百分比" → "%", "km" → "公里"; unknown units come back trimmed and half-width. */
export function normalizeUnit(u: string): string {
  const t = toHalfWidth(u).replace(/\s+/g, "").replace(/[（(]\s*[)）]$/, "");
  if (t === "" || t === "-" || t === "—" || t === "/" || t === "无") return "";
  return LOOKUP.get(t.toLowerCase()) ?? t;
}

/**
 * Whether two units measure the same thing with the same scale (个 = 个, 公里 = km, % = 百分比; 万元 ≠ 元).
 * A missing unit is compatible with anything: absence is a separate finding, not a mismatch.
 */
export function unitsCompatible(a: string, b: string): boolean {
  const x = normalizeUnit(a);
  const y = normalizeUnit(b);
  return x === "" || y === "" || x === y;
}
