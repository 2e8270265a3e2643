import { normalizeText, squeeze } from "./normalize";

/**
 * A vague target uses a word like 进一步提高 / 明显改善 and carries no number, so nobody can say later
 * whether it was met. "提高5%" uses the same word but is measurable.
 */
export function isVague(text: string, words: readonly string[]): boolean {
  const t = normalizeText(text);
  if (t === "" || /\d/.test(t)) return false;
  return words.some((w) => w !== "" && t.includes(w));
}

// Letter and symbol stand-ins may carry a unit ("x%", "n个"); word stand-ins stand alone ("标准", not "标准化").
const SYMBOL_TOKEN = String.raw`(?:[nNxX]{1,3}|[*×]+|[?？]+|[-—–_]+|/|…+|\.{2,})`;
const WORD_TOKEN = String.raw`(?:标准值?|date|日期|待定|待填)`;
const OPS = String.raw`(?:>=|<=|≥|≤|>|<|=|±|不低于|不少于|不超过|不高于)?`;
const PLACEHOLDER = new RegExp(String.raw`^${OPS}(?:${SYMBOL_TOKEN}[^\dA-Za-z]{0,8}|${WORD_TOKEN})$`);
const STARS = /[*×]{2,}|[xX]{2}(?=[年月日])/;

/** Template stand-ins nobody replaced: "n", "x%", "≥ n", "**", "**月**日前", "≤ 标准", "—". */
export function isPlaceholder(text: string): boolean {
  const t = squeeze(normalizeText(text));
  if (t === "") return false;
  return PLACEHOLDER.test(t) || STARS.test(t);
}
