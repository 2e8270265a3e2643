import type { CellValue } from "../table/grid";

const BRACKETS = /[()[\]{}<>（）【】「」『』《》〈〉〔〕]/g;
const SPACES = /[\s\u3000\u00a0]+/g;

/** Text of a cell as a person reads it: "" for empty cells. */
export function textOf(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v.trim();
  return String(v);
}

export function isBlank(v: CellValue | undefined): boolean {
  return textOf(v) === "";
}

/**
 * Indicator names as forms spell them differ in width, spacing and brackets
 * ("培训（参会）人员满意度" vs "培训(参会)人员 满意度"); compare on this key.
 */
export function normalizeName(name: string): string {
  // Most names are plain 汉字: skip NFKC (the costly part) when nothing in them would change.
  if (!NEEDS_WORK.test(name)) return name;
  return name.normalize("NFKC").replace(SPACES, "").replace(BRACKETS, "").toLowerCase();
}

const NEEDS_WORK = /[^\u4e00-\u9fff0-9a-z%.\-/]/;

/**
 * Tree labels: forms print "数量", "数量指标" and "数量目标" (产出目标 / 效益目标 on older forms) for the
 * same level; the key drops the suffix.
 */
export function treeKey(label: string): string {
  // "服务对象满意度指标等": a template's trailing 等 is not part of the level.
  return normalizeName(label).replace(/等$/, "").replace(/(指标|目标)$/, "");
}

/** Formulas compared the way a person would judge them equal: case, spaces, "$", a leading "=" and FALSE() for FALSE do not matter. */
export function normalizeFormula(f: string): string {
  // LibreOffice saves the constants FALSE and TRUE as the functions FALSE() and TRUE().
  return f.replace(SPACES, "").replace(/\$/g, "").replace(/^=/, "").toUpperCase().replace(/\b(TRUE|FALSE)\(\)/g, "$1");
}

export function roundTo(x: number, digits = 2): number {
  const m = 10 ** digits;
  return Math.round(x * m) / m;
}
