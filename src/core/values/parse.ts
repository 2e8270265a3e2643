import type { CellValue } from "../table/grid";
import type { Operator, ParsedValue, ParseResult, ValueProblem, ValueProblemCode } from "./types";
import { normalizeText, squeeze } from "./normalize";
import { normalizeUnit } from "./units";
import { isPlaceholder } from "./vague";
import { operatorForBareNumber, readSplitOperator, splitPrefixOperator, splitSuffixOperator, type SplitOperator } from "./operators";
import { deadlineSerial, fromSerial, readDateText } from "./dates";

/** What split layouts (四川: 指标性质 / 指标值 / 度量单位) put beside the value cell. */
export interface TargetSplit {
  operator?: string | null;
  unit?: string | null;
  /** Year of the table, for deadlines written without one ("12月底前"). */
  year?: number | null;
}

const NUMBER = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[+-]?\.\d+)/;
const CURRENCY = /^[¥￥$]/;
// A unit is short and holds no digits or operator signs ("元/生·年", "万元", "%").
const UNIT = /^[^\d<>=≥≤±+]{0,12}$/;
const DATE_UNIT = "日期";

const MESSAGES: Record<ValueProblemCode, string> = {
  empty: "指标值为空 / The value is empty",
  placeholder: "指标值仍是模板占位符，未填写实际数值 / The value is still a template placeholder",
  unparseable: "无法识别的指标值写法 / The value could not be read",
};

const fail = (problem: ValueProblemCode, text: string): ParseResult => {
  const error: ValueProblem = { problem, text, message: MESSAGES[problem] };
  return { ok: false, error };
};

export function parseNumber(s: string): number {
  return Number(s.replace(/,/g, ""));
}

interface NumericText {
  op: Operator | null;
  number: number;
  unit: string;
}

/** "较上年增长5%", "增长10%", "同比下降3%", "提高2个百分点": a change of at least that much. */
const GROWTH = /^(?:较上年|比上年|同比|环比|较去年|比去年)?(增长|增加|提高|提升|下降|降低|减少)(\d[\d.,]*(?:%|个百分点|百分点)?)$/;

/** "2000-3000人", "5～8天", "90%-95%": two numbers and one unit. */
function readSpan(t: string): { low: number; high: number; unit: string } | null {
  const m = /^(\d[\d.,]*)(%?)(?:-|～|~|—|–|至|到)(\d[\d.,]*)([^\d]{0,8})$/.exec(t);
  if (!m) return null;
  const low = parseNumber(m[1] as string);
  const high = parseNumber(m[3] as string);
  if (!Number.isFinite(low) || !Number.isFinite(high) || high <= low) return null;
  const tail = m[4] as string;
  if (!UNIT.test(tail) || (m[2] && tail !== "%" && tail !== "")) return null;
  return { low, high, unit: normalizeUnit(m[2] ? "%" : tail) };
}

/** "≥100公里", "±3%以内", "1,200元/亩", "90%以上", "¥100"; `t` is half-width without spaces. */
export function readNumericText(t: string): NumericText | null {
  const pre = splitPrefixOperator(t);
  let rest = pre.rest;
  // "每亩300", "每人500元": a rate written with its base first. The base belongs to the unit ("元/亩");
  // with no unit after the number, the unit is missing (300 what per 亩?), not the number.
  const per = /^每([^\d\s.+\-<>=≥≤±]{1,4}?)(?=[\d.])/.exec(rest);
  if (per) rest = rest.slice(per[0].length);
  let currency = false;
  if (CURRENCY.test(rest)) {
    currency = true;
    rest = rest.slice(1);
  }
  const m = NUMBER.exec(rest);
  if (!m) return null;
  const number = parseNumber(m[1] as string);
  if (!Number.isFinite(number)) return null;
  let tail = rest.slice((m[0] as string).length);
  const suf = splitSuffixOperator(tail);
  if (suf.op) tail = suf.rest;
  // "100%完成", "100%覆盖": words after the percent sign restate what is measured.
  if (/^%(?:完成|及时|覆盖|达标|到位|合格|执行|兑现|发放|以上达标)$/.test(tail)) tail = "%";
  if (!UNIT.test(tail)) return null;
  const own = currency && tail === "" ? "元" : normalizeUnit(tail);
  const unit = per && own !== "" ? `${own}/${per[1] as string}` : own;
  // "±3%以内": the suffix restates the tolerance, it does not turn the range into a maximum.
  const op = pre.op ?? suf.op;
  return { op, number, unit };
}

function dateValue(text: string, date: { year: number | null; month: number; day: number | null }, op: Operator, year?: number | null): ParsedValue {
  const serial = deadlineSerial(date, year ?? undefined);
  const y = date.year ?? year ?? null;
  const value: ParsedValue = {
    operator: op,
    number: serial,
    unit: DATE_UNIT,
    kind: "quantitative",
    text,
    isDate: true,
    date: { year: y ?? 0, month: date.month, ...(date.day !== null ? { day: date.day } : {}) },
  };
  if (y === null) value.yearMissing = true;
  return value;
}

/**
 * Reads a target as forms write it, in one cell or split over 指标性质 / 指标值 / 度量单位.
 * The value's own operator wins over the column's; a bare number takes the column's direction, else "≥".
 */
export function parseTarget(raw: CellValue, split?: TargetSplit): ParseResult {
  const splitOp: SplitOperator | null = readSplitOperator(split?.operator);
  const splitUnit = split?.unit != null ? normalizeUnit(String(split.unit)) : "";
  const splitIsDate = splitUnit === DATE_UNIT;

  if (raw === null || raw === undefined) return fail("empty", "");
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) return fail("unparseable", String(raw));
    const text = String(raw);
    if (splitIsDate) {
      const d = fromSerial(raw);
      return { ok: true, value: dateValue(text, { year: d.year, month: d.month, day: d.day }, "<=") };
    }
    return { ok: true, value: assumedIf(bare(splitOp), quantity(text, operatorForBareNumber(splitOp), raw, splitUnit, splitOp)) };
  }
  const text = String(raw).trim();
  if (typeof raw === "boolean") return { ok: true, value: qualitative(text, splitUnit, null) };
  if (text === "") return fail("empty", text);
  const norm = normalizeText(text);
  if (norm === "") return fail("empty", text);
  if (isPlaceholder(norm)) return fail("placeholder", text);
  const t = squeeze(norm);

  const date = readDateText(t);
  if (date) {
    const own = date.explicitOp ? splitPrefixOperator(t).op : null;
    return { ok: true, value: dateValue(text, date.date, own ?? "<=", split?.year) };
  }

  const span = readSpan(t);
  if (span) return { ok: true, value: { ...quantity(text, ">=", span.low, span.unit || splitUnit, splitOp), operatorAssumed: true, upper: span.high } };

  const growth = GROWTH.exec(t);
  if (growth) {
    // "较上年增长5%", "增长10%", "下降3%": the size of the change is the target, reached or beaten.
    const n = readNumericText(growth[2] as string);
    if (n && n.op === null) return { ok: true, value: quantity(text, ">=", n.number, n.unit, splitOp) };
  }

  const num = readNumericText(t);
  if (num) {
    const op = num.op ?? operatorForBareNumber(splitOp);
    return { ok: true, value: assumedIf(num.op === null && bare(splitOp), quantity(text, op, num.number, num.unit || (splitIsDate ? "" : splitUnit), splitOp)) };
  }

  // Starts like a number or an operator but did not read as one: malformed ("≤5% / ≤10次", "100 (约)").
  const afterOp = splitPrefixOperator(t);
  if (/^[+-]?[\d.]/.test(afterOp.rest) || (afterOp.op !== null && /\d/.test(afterOp.rest))) return fail("unparseable", text);
  return { ok: true, value: qualitative(text, splitUnit, null) };
}

/** No direction written beside the number either: no 指标性质 column, or one that says only 定量. */
const bare = (splitOp: SplitOperator | null): boolean => splitOp === null || splitOp === "quantitative";

function assumedIf(assumed: boolean, v: ParsedValue): ParsedValue {
  return assumed && v.kind === "quantitative" ? { ...v, operatorAssumed: true } : v;
}

function quantity(text: string, op: Operator, n: number, unit: string, splitOp: SplitOperator | null): ParsedValue {
  // A 定性 column over a number: keep the number for checks, but the row is scored as qualitative.
  if (splitOp === "text") return qualitative(text, unit, n);
  return { operator: op, number: n, unit, kind: "quantitative", text };
}

function qualitative(text: string, unit: string, n: number | null): ParsedValue {
  return { operator: "text", number: n, unit: unit === DATE_UNIT ? "" : unit, kind: "qualitative", text };
}

/**
 * Reads an actual (实际完成值): numbers stay numbers, "95%" → 95, "１,２００" → 1200, a date → its serial.
 * Text that is not a plain value ("基本完成", "≥95%", "98.5分" — a score typed in the wrong column) gives null.
 */
export function parseActual(raw: CellValue, target?: ParsedValue): number | null {
  if (raw === null || raw === undefined || typeof raw === "boolean") return null;
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : null;
  const norm = normalizeText(raw);
  if (norm === "") return null;
  const t = squeeze(norm);
  const date = readDateText(t);
  if (date) {
    const fallback = target?.date && !target.yearMissing ? target.date.year : undefined;
    return deadlineSerial(date.date, fallback);
  }
  const num = readNumericText(t);
  if (!num) return null;
  if (num.op !== null && num.op !== "=") return null;
  if (num.unit === "" || num.unit === "%" || num.unit === "‰") return num.number;
  if (num.unit === "分") return null;
  if (target && target.unit !== "" && target.unit !== num.unit) return null;
  return num.number;
}
