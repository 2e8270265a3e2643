import { formatNumber } from "../../values/format";

/**
 * Score formulas must run in every Excel since 2007, in WPS and in LibreOffice, so they use only
 * these classic functions (no LET, IFS, XLOOKUP, dynamic arrays).
 */
export const ALLOWED_FUNCTIONS = [
  "IF", "IFERROR", "AND", "OR", "MIN", "MAX", "ROUND", "SUM", "SUMIF", "SUMIFS", "COUNTIF", "COUNTIFS",
  "INDEX", "MATCH", "ISNUMBER", "ABS",
] as const;

/** A number baked into a formula: plain decimal text, negatives in parentheses so "-" never follows an operator. */
export function numLit(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`公式中的数值无效 / invalid number in formula: ${n}`);
  return n < 0 ? `(${formatNumber(n)})` : formatNumber(n);
}

/** A text literal; quotes doubled as Excel wants. */
export const strLit = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/** Function names a formula calls (text inside string literals ignored). */
export function functionsUsed(formula: string): string[] {
  const bare = formula.replace(/"(?:[^"]|"")*"/g, '""');
  const out = new Set<string>();
  for (const m of bare.matchAll(/([A-Za-z_][A-Za-z0-9_.]*)\s*\(/g)) out.add((m[1] as string).toUpperCase());
  return [...out];
}
