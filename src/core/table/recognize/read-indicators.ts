import type { CellValue } from "../grid";
import type { Cell, IndicatorRow } from "../table";
import type { SheetView } from "./sheet-view";
import type { IndicatorBlock } from "./find-blocks";
import type { IndicatorRole } from "./headers";
import { isFooterText } from "./headers";
import { cleanLevel, squash, toNumber, toText } from "./normalize";
import { stripTemplateNumber } from "../../model/names";

/** A row under the header that is not an indicator: a template leftover or a row marked not applicable. */
export interface SkippedRow {
  row: number;
  cell: string;
  text: string;
  why: "placeholder" | "not-applicable";
}

export interface ReadBlock {
  rows: IndicatorRow[];
  skipped: SkippedRow[];
  /** Last sheet row that belongs to the block (footer excluded). */
  lastRow: number;
  /** Weights printed in brackets on first-level labels: "产出指标（50分）" → { 产出指标: 50 }. */
  level1Weights: Record<string, number>;
  /** The 总分 / 合计 row's typed number, when the block ends with one. */
  typedTotal?: Cell<number | null>;
  /** 小计 rows: the typed subtotal of the first-level block they close. */
  typedSubtotals: TypedSubtotal[];
}

export interface TypedSubtotal {
  /** Address of the first-level cell of the block the subtotal closes ("" text when the form prints none). */
  level1: Cell<string>;
  cell: Cell<number | null>;
}

const TOTAL_ROW = /^(总分|合计|总计|综合得分|自评得分|自评总分|得分合计|总得分)/;

/** Empty rows tolerated inside a block before it is considered finished. */
const MAX_GAP = 10;

function cellOf<T>(view: SheetView, r: number, c: number | undefined, map: (v: CellValue) => T): Cell<T> | undefined {
  if (c === undefined) return undefined;
  const out: Cell<T> = { value: map(view.shown(r, c)), addr: view.addrOf(r, c) };
  const f = view.formula(r, c);
  if (f) out.formula = f;
  return out;
}

const asText = (v: CellValue): string => (v === null ? "" : String(v).trim());
const asNullableText = (v: CellValue): string | null => toText(v);
const asNumber = (v: CellValue): number | null => toNumber(v);
const asRaw = (v: CellValue): CellValue => (typeof v === "string" ? (toText(v) === null ? null : v.trim()) : v);

function firstText(view: SheetView, r: number, left: number, right: number): string {
  for (let c = view.left; c <= right; c++) {
    if (c < left && view.isVerticalFollower(r, c)) continue;
    const t = view.text(r, c);
    if (t !== "") return t;
  }
  return "";
}

/** The number typed on the 总分 row: in the score column, else the last number on the row. */
function totalCell(view: SheetView, r: number, block: IndicatorBlock): Cell<number | null> | undefined {
  const c = block.cols.score;
  if (c !== undefined && toNumber(view.value(r, c)) !== null) return cellOf(view, r, c, asNumber);
  for (let x = Math.max(block.right, view.right); x >= block.left; x--) {
    if (view.isHorizontalFollower(r, x)) continue;
    const n = toNumber(view.value(r, x));
    if (n !== null) return cellOf(view, r, x, asNumber);
  }
  return undefined;
}

/**
 * Names the template prints for the department to replace: "指标1", "指标2：", "三级指标3", "……", "/",
 * "—", "无". A row left with one of them is a leftover, not an indicator.
 */
const PLACEHOLDER_NAME = /^((三级)?指标|指标名称)?[\d一二三四五六七八九十]*[:：.、]?$|^[…．.。·、/／\\—–\-－_＿×xX无略]+$/;

export function isPlaceholderName(name: string): boolean {
  const t = stripTemplateNumber(name).replace(/[\s\u3000\u00a0]+/g, "");
  return t === "" || PLACEHOLDER_NAME.test(t);
}

/** "/", "—", "无", "不适用": the department marked the cell not applicable. */
const NOT_APPLICABLE = /^([/／\\—–\-－]+|无|不适用|不涉及|N\/?A)$/i;

/** The columns read into a row beyond its levels, name and target, and how each value is taken. */
const OPTIONAL: readonly (readonly [keyof IndicatorRow, IndicatorRole, (v: CellValue) => unknown])[] = [
  ["code", "code", asNullableText],
  ["operator", "operator", asNullableText],
  ["unit", "unit", asNullableText],
  ["basis", "basis", asNullableText],
  ["weight", "weight", asNumber],
  ["actual", "actual", asRaw],
  ["expected", "expected", asRaw],
  ["tier", "tier", asNullableText],
  ["score", "score", asNumber],
  ["reason", "reason", asNullableText],
];

/**
 * A second level printed in the name column (黄石 2019 监控表: 质量, 时效, 成本 …, with no 二级 column): with
 * nothing else filled on its row it is the form's empty slot, not an indicator without a target.
 */
const LEVEL_NAME = /^(数量|质量|时效|成本|经济成本|社会成本|生态环境成本|经济效益|社会效益|生态效益|可持续影响|服务对象满意度|满意度)(指标)?$/;

function nothingBesideName(view: SheetView, r: number, colsUsed: readonly number[], cols: IndicatorBlock["cols"]): boolean {
  return colsUsed.every((c) => c === cols.level1 || c === cols.level2 || c === cols.name || view.text(r, c) === "");
}

/** Every filled cell beyond the levels and the name says "/", 无 or 不适用: a row marked not applicable. */
function onlyNotApplicable(view: SheetView, r: number, colsUsed: readonly number[], cols: IndicatorBlock["cols"]): boolean {
  let filled = 0;
  for (const c of colsUsed) {
    if (c === cols.level1 || c === cols.level2 || c === cols.name) continue;
    const t = view.text(r, c);
    if (t === "") continue;
    if (!NOT_APPLICABLE.test(t.replace(/\s+/g, ""))) return false;
    filled++;
  }
  return filled > 0;
}

/**
 * Read indicator rows under a header: first and second levels written once for a block of rows
 * (merged or simply left blank) are filled down; the block ends at a footer, another header or
 * `stopRow`.
 */
export function readIndicatorRows(view: SheetView, block: IndicatorBlock, stopRow: number): ReadBlock {
  const cols = block.cols;
  const rows: IndicatorRow[] = [];
  const skipped: SkippedRow[] = [];
  const typedSubtotals: TypedSubtotal[] = [];
  const level1Weights: Record<string, number> = {};
  let level1: Cell<string> = { value: "" };
  let level2: Cell<string> = { value: "" };
  let level1Weight: number | undefined;
  let level2Weight: number | undefined;
  let typedTotal: Cell<number | null> | undefined;
  let gap = 0;
  let lastRow = block.headerBottom;
  const colsUsed = Object.values(cols) as number[];
  const levelCell = (r: number, c: number | undefined): Cell<string> | null => {
    if (c === undefined) return null;
    const t = view.text(r, c);
    if (t === "") return null;
    const clean = cleanLevel(t);
    return { value: clean.text, addr: view.addrOf(r, c), ...(clean.weight !== undefined ? { weight: clean.weight } : {}) } as Cell<string> & { weight?: number };
  };

  for (let r = block.headerBottom + 1; r <= Math.min(stopRow, view.bottom); r++) {
    const lead = firstText(view, r, block.left, block.right);
    if (lead && isFooterText(lead)) {
      if (TOTAL_ROW.test(squash(lead))) typedTotal = totalCell(view, r, block);
      break;
    }
    const empty = colsUsed.every((c) => view.text(r, c) === "");
    if (empty) {
      if (++gap > MAX_GAP) break;
      continue;
    }
    gap = 0;
    lastRow = r;
    const l1 = levelCell(r, cols.level1) as (Cell<string> & { weight?: number }) | null;
    if (l1) {
      const newBlock = l1.value !== level1.value || (l1.value === "" && l1.addr !== level1.addr);
      if (newBlock) {
        level2 = { value: "" };
        level2Weight = undefined;
        level1Weight = undefined;
      }
      if (l1.weight !== undefined) {
        level1Weights[l1.value] = l1.weight;
        level1Weight = l1.weight;
      }
      level1 = { value: l1.value, ...(l1.addr ? { addr: l1.addr } : {}) };
    }
    const l2 = levelCell(r, cols.level2) as (Cell<string> & { weight?: number }) | null;
    if (l2) {
      if (l2.value !== level2.value) level2Weight = undefined;
      if (l2.weight !== undefined) level2Weight = l2.weight;
      level2 = { value: l2.value, ...(l2.addr ? { addr: l2.addr } : {}) };
    }

    const name = cols.name !== undefined ? view.text(r, cols.name) : "";
    const target = cols.target !== undefined ? view.value(r, cols.target) : null;
    // "小计" (or "产出指标小计") closes a first-level block with its typed subtotal: not an indicator.
    const own = (c: number | undefined): string => (c === undefined || view.isVerticalFollower(r, c) ? "" : view.text(r, c));
    if ([name, own(cols.level2), own(cols.level1)].some((t) => /小计/.test(t))) {
      const cell = totalCell(view, r, block);
      if (cell) typedSubtotals.push({ level1: { ...level1 }, cell });
      continue;
    }
    // A row holding only a level label ("产出指标（50分）" across the block) is a sub-heading.
    if (name === "" && (target === null || asText(target) === "")) continue;
    // A name cell merged down over several rows belongs to its first row only.
    if (cols.name !== undefined && view.isVerticalFollower(r, cols.name) && cols.target !== undefined && view.isVerticalFollower(r, cols.target)) continue;
    const nameAddr = view.addrOf(r, cols.name ?? block.left);
    if (isPlaceholderName(name) || (LEVEL_NAME.test(name.replace(/\s+/g, "")) && nothingBesideName(view, r, colsUsed, cols))) {
      skipped.push({ row: r, cell: nameAddr, text: name || asText(target), why: "placeholder" });
      continue;
    }
    if (onlyNotApplicable(view, r, colsUsed, cols)) {
      skipped.push({ row: r, cell: nameAddr, text: name, why: "not-applicable" });
      continue;
    }

    const row: IndicatorRow = {
      row: r,
      level1: { ...level1 },
      level2: { ...level2 },
      ...(cols.level1 !== undefined && !l1 && level1.value !== "" ? { level1Carried: true as const } : {}),
      name: cellOf(view, r, cols.name, asText) ?? { value: "" },
      target: cellOf(view, r, cols.target, asRaw) ?? { value: null },
      ...(level1Weight !== undefined ? { level1Weight } : {}),
      ...(level2Weight !== undefined ? { level2Weight } : {}),
    };
    for (const [field, role, map] of OPTIONAL) {
      const c = cols[role];
      if (c === undefined) continue;
      const cell = cellOf(view, r, c, map);
      if (cell) (row as unknown as Record<string, unknown>)[field] = cell;
    }
    rows.push(row);
  }
  return { rows, skipped, lastRow, level1Weights, typedSubtotals, ...(typedTotal ? { typedTotal } : {}) };
}
