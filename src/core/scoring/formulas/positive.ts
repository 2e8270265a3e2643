/** Positive rule over numeric a (target), b (actual), w (weight); mirrors rules/positive.ts (strict for ">"). */
export function positiveFormula(a: string, b: string, w: string, strict = false): string {
  const met = strict ? `${b}>${a}` : `${b}>=${a}`;
  return `IF(${met},${w},IF(${a}>0,${w}*MAX(${b},0)/${a},IF(${a}<0,${w}*MAX(0,(${b}-2*${a})/(0-${a})),0)))`;
}
