import { OPERATOR_DISPLAY, type Operator } from "../values/types";
import { PREFIX, SUFFIX } from "../values/operators";
import { strLit } from "../scoring/formulas/literal";

/**
 * Targets written in one cell ("≥95%", "≤90万元", "100%以上") are read by formulas in helper columns,
 * so a person who edits a target or an actual without the add-in sees the score follow. The helpers
 * are formulas, not values: nothing needs refreshing. Each builder has a TypeScript mirror below that
 * computes what the formula computes, so the plan writes formulas only where they read today's cells
 * exactly as the core does (the LibreOffice proof checks the formulas against the core, and the mirror
 * against the formulas).
 *
 * Classic functions only: IF, AND, ISNUMBER, TRIM, SUBSTITUTE, LEFT, RIGHT, MID, FIND, VALUE, IFERROR.
 */

/**
 * Operators written in front of a number, longest first: the reader's own list (values/operators.ts),
 * plus the full-width signs the reader normalises before it looks (a formula sees the cell as typed).
 */
export const LIVE_PREFIX: readonly (readonly [string, Operator])[] = (
  [...PREFIX, ["≧", ">="], ["≦", "<="], ["＞", ">"], ["＜", "<"], ["＝", "="]] as (readonly [string, Operator])[]
).sort((a, b) => b[0].length - a[0].length);

/** Words after the number and unit: the reader's own list. */
export const LIVE_SUFFIX: readonly (readonly [string, Operator])[] = SUFFIX;

/** 指标性质 column words (values/operators.ts WORDS) and what a bare number under them means. */
export const LIVE_SPLIT_WORDS: readonly (readonly [string, Operator])[] = [
  ["正向", ">="], ["正向指标", ">="], ["+", ">="], ["越大越好", ">="], ["越高越好", ">="],
  ["反向", "<="], ["反向指标", "<="], ["负向", "<="], ["负向指标", "<="], ["越小越好", "<="], ["越低越好", "<="], ["-", "<="], ["−", "<="],
  // 定量 says nothing of the direction: the core infers it (cost → ≤ …), so it falls to the baked fallback.
  ["区间", "±"], ["区间指标", "±"], ["范围", "±"], ["range", "±"],
  ["等于", "="], ["相等", "="], ["大于等于", ">="], ["大于", ">"], ["小于等于", "<="], ["小于", "<"],
  ["≥", ">="], [">=", ">="], ["≤", "<="], ["<=", "<="], [">", ">"], ["<", "<"], ["=", "="], ["±", "±"],
  // Full-width and look-alike signs forms type (values/normalize.ts toHalfWidth reads them the same).
  ["≧", ">="], ["≦", "<="], ["＞", ">"], ["＜", "<"], ["＝", "="], ["═", "="], ["﹦", "="], ["﹥", ">"], ["﹤", "<"],
];
/** Column words that make the row qualitative whatever the value. */
export const LIVE_SPLIT_TEXT = ["定性", "定性指标", "text", "文本", "Q", "q"] as const;

/** Characters dropped before the number is read: separators, percent signs, the written operator. */
const DROP = [",", " ", "%", "％", "﹪", "‰"] as const;

const DIGITS = "0123456789.";
const SCAN = 15;

const textOf = (ref: string): string => `TRIM(${ref}&"")`;

/**
 * What the cell shows: a number in a percent format is the percentage a person reads (0.93 → "93%"),
 * as the reader's SheetView.shown gives it to the core.
 */
const shownFormula = (ref: string, percent: boolean): string => (percent ? `IF(ISNUMBER(${ref}),ROUND(${ref}*100,9)&"%",${ref})` : ref);

export function shownMirror(raw: unknown, percent: boolean): unknown {
  return percent && typeof raw === "number" ? `${Number((raw * 100).toPrecision(12))}%` : raw;
}

/** The target or actual as text, without separators, percent signs and operator words. */
export function cleanTextFormula(ref: string, dropOperators: boolean, percent = false): string {
  let s = textOf(shownFormula(ref, percent));
  const words = [...(dropOperators ? LIVE_PREFIX.map((p) => p[0]) : ["="]), ...DROP];
  for (const w of words) s = `SUBSTITUTE(${s},${strLit(w)},"")`;
  return s;
}

export function cleanTextMirror(raw: unknown, dropOperators: boolean): string {
  let s = raw === null || raw === undefined ? "" : excelText(raw).trim().replace(/ +/g, " ");
  const words = [...(dropOperators ? LIVE_PREFIX.map((p) => p[0]) : ["="]), ...DROP];
  for (const w of words) s = s.split(w).join("");
  return s;
}

/** How `cell&""` prints a value. */
function excelText(v: unknown): string {
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

/** Length of the leading run of digits and dots of `x` (a formula), scanning at most SCAN characters. */
function leadLength(x: string): string {
  let expr = String(SCAN);
  for (let k = SCAN; k >= 1; k--) {
    const ch = `MID(${x},${k},1)`;
    expr = `IF(AND(${ch}<>"",ISNUMBER(FIND(${ch},${strLit(DIGITS)}))),${expr},${k - 1})`;
  }
  return expr;
}

/**
 * The number of a target or actual: a number cell as it is; else the leading number of the cleaned
 * text (a leading "-" kept), blank when there is none.
 */
/** The cleaned text holds 年 and 月: a deadline ("2024年12月31日前", "2021年12月完成"). */
const dateLike = (clean: string): string => `AND(ISNUMBER(FIND("年",${clean})),ISNUMBER(FIND("月",${clean})))`;

/** The unit the row's rules dispatch on: 日期 for a deadline, none otherwise (rowScoreFormula's unit). */
export const unitFormula = (cleanTarget: string): string => `IF(${dateLike(cleanTarget)},"日期","")`;

/**
 * A deadline's serial: year before 年, month between 年 and 月, the day before 日 when written, else the
 * month's last day (DATE(y, m + 1, 0)), as values/dates.ts deadlineSerial reads it.
 */
function dateSerialFormula(c: string): string {
  const y = `VALUE(LEFT(${c},FIND("年",${c})-1))`;
  const m = `VALUE(MID(${c},FIND("年",${c})+1,FIND("月",${c})-FIND("年",${c})-1))`;
  const d = `VALUE(MID(${c},FIND("月",${c})+1,FIND("日",${c})-FIND("月",${c})-1))`;
  return `IF(ISNUMBER(FIND("日",${c})),DATE(${y},${m},${d}),DATE(${y},${m}+1,0))`;
}

export function dateMirror(clean: string): number | null | undefined {
  const yi = clean.indexOf("年");
  const mi = clean.indexOf("月");
  if (yi < 0 || mi < 0) return undefined;
  const num = (s: string): number | null => (/^\s*\d+(\.\d+)?\s*$/.test(s) ? Number(s) : null);
  const y = num(clean.slice(0, yi));
  const m = num(clean.slice(yi + 1, mi));
  const di = clean.indexOf("日");
  if (y === null || m === null || mi < yi) return null;
  if (di >= 0) {
    const d = num(clean.slice(mi + 1, di));
    if (d === null || di < mi) return null;
    return excelDate(y, m, d);
  }
  return excelDate(y, m + 1, 0);
}

/** Excel's DATE for years 1900–9999: months and days roll over as Date.UTC does. */
function excelDate(y: number, m: number, d: number): number | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d) || y < 1900 || y > 9999) return null;
  const serial = Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
  return serial < 61 ? serial - 1 : serial;
}

export function numberFormula(raw: string, clean: string, percent = false): string {
  const neg = `LEFT(${clean},1)="-"`;
  const x = `MID(${clean},IF(${neg},2,1),99)`;
  const n = leadLength(x);
  const own = percent ? `ROUND(${raw}*100,9)` : raw;
  return `IF(ISNUMBER(${raw}),${own},IFERROR(IF(${dateLike(clean)},${dateSerialFormula(clean)},IF(${n}=0,"",IF(${neg},-1,1)*VALUE(LEFT(${x},${n})))),""))`;
}

export function numberMirror(raw: unknown, clean: string, percent = false): number | null {
  if (typeof raw === "number") return percent ? Number((raw * 100).toPrecision(12)) : raw;
  const date = dateMirror(clean);
  if (date !== undefined) return date;
  const neg = clean.startsWith("-");
  const x = neg ? clean.slice(1) : clean;
  let n = 0;
  while (n < SCAN && n < x.length && DIGITS.includes(x[n] as string)) n++;
  if (n === 0) return null;
  const lead = x.slice(0, n);
  // VALUE accepts "12." and ".5" but not "." or "1.2.3".
  if (!/^(\d+\.?\d*|\.\d+)$/.test(lead)) return null;
  return (neg ? -1 : 1) * Number(lead);
}

const disp = (op: Operator): string => strLit(OPERATOR_DISPLAY[op]);

/**
 * Words grouped by the operator they mean, tested group by group in this order. Excel allows 64 nested
 * functions, so the formula tests each operator's words at once (OR) instead of one IF per word; the
 * order makes it read like the core's longest-first match (values/operators.ts): ≥ before > ("≥", ">=",
 * "大于等于" before ">", "大于"), ≤ before < and =, since no word of an earlier group is a strict prefix of a
 * word of a later one (tests/live/parse-formulas.test.ts checks it against splitPrefixOperator).
 */
const GROUP_ORDER: readonly Operator[] = [">=", "<=", "±", ">", "<", "="];

function grouped(list: readonly (readonly [string, Operator])[]): [Operator, string[]][] {
  return GROUP_ORDER.map((op) => [op, list.filter((x) => x[1] === op).map((x) => x[0])] as [Operator, string[]]).filter((g) => g[1].length > 0);
}

export const prefixOperatorMirror = (t: string): Operator | null => {
  for (const [op, words] of grouped(LIVE_PREFIX)) if (words.some((w) => t.startsWith(w))) return op;
  return null;
};
export const suffixOperatorMirror = (t: string): Operator | null => {
  for (const [op, words] of grouped(LIVE_SUFFIX)) if (words.some((w) => t.endsWith(w))) return op;
  return null;
};

/**
 * The operator as the templates print it (≥ > ≤ < = ± 定性): 定性 when the target has no number (or
 * the 指标性质 column says 定性); else the written prefix, then the suffix word, then the 指标性质
 * column, then the direction for a target written without one (a deadline: ≤).
 */
export function operatorFormula(refs: { target: string; number: string; clean: string; split?: string }, fallback: Operator | UnitOps, percentCell = false): string {
  // A number cell (percent-formatted or not) carries no operator text, so the raw cell serves.
  const t = textOf(refs.target);
  const rest = typeof fallback === "string" ? disp(fallback) : unitFallbackFormula(refs.target, percentCell, fallback);
  let expr = `IF(${dateLike(refs.clean)},${disp("<=")},${rest})`;
  if (refs.split) {
    const s = textOf(refs.split);
    for (const [op, words] of grouped(LIVE_SPLIT_WORDS).reverse()) expr = `IF(OR(${words.map((w) => `${s}=${strLit(w)}`).join(",")}),${disp(op)},${expr})`;
  }
  for (const [op, words] of grouped(LIVE_SUFFIX).reverse()) expr = `IF(OR(${words.map((w) => `RIGHT(${t},${[...w].length})=${strLit(w)}`).join(",")}),${disp(op)},${expr})`;
  for (const [op, words] of grouped(LIVE_PREFIX).reverse()) expr = `IF(OR(${words.map((w) => `LEFT(${t},${[...w].length})=${strLit(w)}`).join(",")}),${disp(op)},${expr})`;
  const textCol = refs.split ? LIVE_SPLIT_TEXT.map((w) => `${textOf(refs.split as string)}=${strLit(w)}`) : [];
  const qual = textCol.length ? `OR(ISNUMBER(${refs.number})=FALSE,${textCol.join(",")})` : `ISNUMBER(${refs.number})=FALSE`;
  return `IF(${qual},${disp("text")},${expr})`;
}

export function operatorMirror(target: unknown, num: number | null, split: unknown, fallback: Operator, clean = ""): Operator {
  const s = split === null || split === undefined ? "" : excelText(split).trim();
  if (num === null || (LIVE_SPLIT_TEXT as readonly string[]).includes(s)) return "text";
  const t = target === null || target === undefined ? "" : excelText(target).trim().replace(/ +/g, " ");
  const pre = prefixOperatorMirror(t);
  if (pre) return pre;
  const suf = suffixOperatorMirror(t);
  if (suf) return suf;
  if (split !== undefined) for (const [op, words] of grouped(LIVE_SPLIT_WORDS)) if (words.includes(s)) return op;
  return dateMirror(clean) !== undefined ? "<=" : fallback;
}

/**
 * The direction a target written without an operator takes, for each kind of unit it may be written
 * with: inferOperator (values/direction.ts) depends on the row's levels, name and library match, which the
 * plan knows, and on the unit, which a person may change. So the plan asks it once per kind of unit and
 * the formula picks by the unit written: 成本 rows in 万元 read ≤, rates ≥, durations under 时效 ≤ ….
 */
export interface UnitOps {
  /** A bare number. */
  number: Operator;
  pct: Operator;
  money: Operator;
  duration: Operator;
  other: Operator;
}
export type UnitClass = keyof UnitOps;
/** Representative units asked of inferOperator for each kind. */
export const UNIT_SAMPLES: Record<UnitClass, string> = { number: "", pct: "%", money: "万元", duration: "天", other: "个" };

const PCT_WORDS = ["%", "％", "﹪", "‰", "百分"];
const DURATION_WORDS = ["工作日", "小时", "分钟", "天", "周", "月", "年", "日"];
const has = (t: string, words: readonly string[]): string => `OR(${words.map((w) => `ISNUMBER(FIND(${strLit(w)},${t}))`).join(",")})`;

export function unitFallbackFormula(target: string, percentCell: boolean, ops: UnitOps): string {
  const vals = new Set(Object.values(ops));
  if (vals.size === 1) return disp(ops.number);
  const t = textOf(target);
  const text = `IF(${has(t, PCT_WORDS)},${disp(ops.pct)},IF(ISNUMBER(FIND("元",${t})),${disp(ops.money)},IF(${has(t, DURATION_WORDS)},${disp(ops.duration)},IF(ISNUMBER(IFERROR(VALUE(${t}),"")),${disp(ops.number)},${disp(ops.other)}))))`;
  return `IF(ISNUMBER(${target}),${disp(percentCell ? ops.pct : ops.number)},${text})`;
}

export function unitClassMirror(raw: unknown, percentCell: boolean): UnitClass {
  if (typeof raw === "number") return percentCell ? "pct" : "number";
  const t = raw === null || raw === undefined ? "" : excelText(raw).trim().replace(/ +/g, " ");
  if (PCT_WORDS.some((w) => t.includes(w))) return "pct";
  if (t.includes("元")) return "money";
  if (DURATION_WORDS.some((w) => t.includes(w))) return "duration";
  // VALUE reads plain numbers ("100", "1,200", " 12.5 "); anything else carries a unit.
  return t !== "" && /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?$/.test(t) && /\d/.test(t) ? "number" : "other";
}
