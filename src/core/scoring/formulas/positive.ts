/** Positive rule over numeric a (target), b (actual), w (weight); mirrors rules/positive.ts. */
export function positiveFormula(a: string, b: string, w: string): string {
  return `IF(MAX(${b},0)>=${a},${w},${w}*MAX(${b},0)/${a})`;
}
