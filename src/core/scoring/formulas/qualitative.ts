/** Qualitative rows keep the typed score, clamped to [0, w]; blank until a score is typed. */
export function qualitativeFormula(typed: string, w: string): string {
  return `IF(AND(ISNUMBER(${typed}),ISNUMBER(${w}),${w}>=0),MIN(MAX(${typed},0),${w}),"")`;
}
