import type { Operator } from "./types";
import { toHalfWidth } from "./normalize";

/** Operators written in front of a number, symbols and words; longest first so "≥=" or "不低于" win. */
export const PREFIX: readonly (readonly [string, Operator])[] = (
  [
    [">=", ">="], ["=>", ">="], ["≥", ">="], ["<=", "<="], ["=<", "<="], ["≤", "<="],
    ["+/-", "±"], ["+-", "±"], ["±", "±"], ["==", "="], [">", ">"], ["<", "<"], ["=", "="],
    ["大于或等于", ">="], ["大于等于", ">="], ["不低于", ">="], ["不少于", ">="], ["不小于", ">="],
    ["至少", ">="], ["最少", ">="], ["达到", ">="], ["不超过", "<="], ["不高于", "<="], ["不大于", "<="],
    ["不多于", "<="], ["至多", "<="], ["最多", "<="], ["小于或等于", "<="], ["小于等于", "<="], ["控制在", "<="],
    ["大于", ">"], ["高于", ">"], ["超过", ">"], ["多于", ">"], ["小于", "<"], ["低于", "<"], ["少于", "<"],
    ["等于", "="],
  ] as [string, Operator][]
).sort((a, b) => b[0].length - a[0].length);

/** Words after the number and unit: "90%以上", "5%以内", "3日内". */
export const SUFFIX: readonly (readonly [string, Operator])[] = (
  [
    ["及以上", ">="], ["或以上", ">="], ["以上", ">="], ["及以下", "<="], ["或以下", "<="], ["以下", "<="],
    ["以内", "<="], ["之内", "<="], ["内", "<="],
  ] as [string, Operator][]
).sort((a, b) => b[0].length - a[0].length);

/** First characters of the prefixes: every target and actual is asked, and most start with a digit. */
const PREFIX_STARTS = new Set(PREFIX.map(([w]) => w[0]));
const SUFFIX_ENDS = new Set(SUFFIX.map(([w]) => w[w.length - 1]));

export function splitPrefixOperator(s: string): { op: Operator | null; rest: string } {
  if (!PREFIX_STARTS.has(s[0])) return { op: null, rest: s };
  for (const [w, op] of PREFIX) if (s.startsWith(w)) return { op, rest: s.slice(w.length) };
  return { op: null, rest: s };
}

export function splitSuffixOperator(s: string): { op: Operator | null; rest: string } {
  if (!SUFFIX_ENDS.has(s[s.length - 1])) return { op: null, rest: s };
  for (const [w, op] of SUFFIX) if (s.endsWith(w) && s.length > w.length) return { op, rest: s.slice(0, -w.length) };
  return { op: null, rest: s };
}

/** What the 指标性质 / operator column of a split layout means. */
export type SplitOperator = Operator | "positive" | "reverse" | "range" | "quantitative";

const WORDS: Record<string, SplitOperator> = {
  正向: "positive", 正向指标: "positive", "+": "positive", 越大越好: "positive", 越高越好: "positive",
  反向: "reverse", 反向指标: "reverse", 负向: "reverse", 负向指标: "reverse", 越小越好: "reverse", 越低越好: "reverse",
  "-": "reverse", "−": "reverse",
  定性: "text", 定性指标: "text", text: "text", 文本: "text", Q: "text", q: "text",
  定量: "quantitative", 定量指标: "quantitative",
  区间: "range", 区间指标: "range", 范围: "range", range: "range",
  等于: "=", 相等: "=", 大于等于: ">=", 大于: ">", 小于等于: "<=", 小于: "<",
};

export function readSplitOperator(raw: string | null | undefined): SplitOperator | null {
  if (raw === null || raw === undefined) return null;
  const t = toHalfWidth(String(raw)).replace(/\s+/g, "");
  if (t === "") return null;
  const word = WORDS[t];
  if (word) return word;
  const { op, rest } = splitPrefixOperator(t);
  // "= (0)" in the examples names the operator and the value; only the operator matters here.
  if (op && (rest === "" || /^\(.*\)$/.test(rest))) return op;
  return null;
}

/** The operator a bare number takes under a split-column direction. */
export function operatorForBareNumber(split: SplitOperator | null): Operator {
  switch (split) {
    case null:
    case "positive":
    case "quantitative":
      // Quantities on forms are minimums unless a column says otherwise.
      return ">=";
    case "reverse":
      return "<=";
    case "range":
      return "±";
    default:
      return split;
  }
}
