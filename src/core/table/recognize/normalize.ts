import { readNumber } from "../../model/number";
/**
 * Text normalisation for header and label matching. Real forms write the same header with
 * full-width characters, spaces inside words ("备 注"), different brackets and a score in
 * brackets ("产出指标（50分）"); all of them must meet the same key.
 */
const BRACKETS: Record<string, string> = { "【": "(", "】": ")", "〔": "(", "〕": ")", "[": "(", "]": ")", "﹙": "(", "﹚": ")", "〖": "(", "〗": ")" };

/** NFKC (full-width → half-width), no whitespace at all, one kind of bracket. */
export function squash(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\s\u00a0\u3000]+/g, "")
    .replace(/[【】〔〕[\]﹙﹚〖〗]/g, (ch) => BRACKETS[ch] ?? ch);
}

export interface HeaderKey {
  /** The header without whitespace, brackets and bracketed markers: "年初目标值（A）" → "年初目标值". */
  key: string;
  /** A score printed in brackets: "产出指标(50分)" → 50. */
  weight?: number;
}

const SCORE_IN_BRACKETS = /\((\d+(?:\.\d+)?)分\)/;

/** Forms repeat the same texts across thousands of workbooks: keep the keys of recent ones. */
const KEY_CACHE = new Map<string, HeaderKey>();
const KEY_CACHE_MAX = 5000;

export function headerKey(text: string): HeaderKey {
  const hit = KEY_CACHE.get(text);
  if (hit) return hit;
  const key = computeHeaderKey(text);
  if (KEY_CACHE.size >= KEY_CACHE_MAX) KEY_CACHE.clear();
  KEY_CACHE.set(text, key);
  return key;
}

function computeHeaderKey(text: string): HeaderKey {
  const s = squash(text);
  const m = SCORE_IN_BRACKETS.exec(s);
  let key = s;
  // Nested brackets are rare; two passes remove "(万元)(10分)" and "(X分*执行率)".
  for (let i = 0; i < 3 && /\([^()]*\)/.test(key); i++) key = key.replace(/\([^()]*\)/g, "");
  key = key.replace(/[:：]+$/, "").replace(/^[*★]+|[*★]+$/g, "");
  return m ? { key, weight: Number(m[1]) } : { key };
}

/**
 * A first- or second-level label as the checks should see it: whitespace removed, a bracketed score
 * dropped ("产出指标（50分）", "产出指标（50）" → "产出指标"), other brackets kept as printed ("数量指标（或建筑规模指标）").
 */
export function cleanLevel(text: string): { text: string; weight?: number } {
  const noSpace = text.replace(/[\s\u00a0\u3000]+/g, "");
  // "成本指标（0-20）分", "产出指标（40-50分）" (重庆 审批表): the range the points may take, not a fixed weight.
  const label = noSpace.replace(/[(（]\d+(?:\.\d+)?[-~～—–至]\d+(?:\.\d+)?分?[)）]分?$/, "");
  // "产出指标（50分）" anywhere; "产出指标（50）" (湖南 零陵 2021) only at the end, where a bare number can only be the points.
  const m = /[(（]\s*([\d０-９]+(?:[.．][\d０-９]+)?)\s*分\s*[)）]/.exec(label) ?? /[(（]([\d０-９]+(?:[.．][\d０-９]+)?)[)）]$/.exec(label);
  if (!m) return { text: label };
  return { text: label.replace(m[0], ""), weight: Number((m[1] as string).normalize("NFKC")) };
}

/** A number from a cell that may hold text ("10", "１０分", "150万", "93%" → 0.93, "—" → null): the one number reader. */
export const toNumber = (v: unknown): number | null =>
  typeof v === "number" || typeof v === "string" ? readNumber(v) : null;

export function toText(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  const s = String(v).trim();
  return s === "" || /^[—–-]+$/.test(s) ? null : s;
}
