import type { Profile } from "../profiles/schema";

export const clampScore = (s: number, w: number): number => Math.min(Math.max(s, 0), w);

/** Weights that cannot carry a score (missing, negative, NaN) make the row unscorable. */
export const usableWeight = (w: number | null | undefined): w is number => typeof w === "number" && Number.isFinite(w) && w >= 0;

/**
 * Excel's ROUND: half away from zero, on the value as Excel shows it (15 significant digits),
 * so ROUND(1.005, 2) is 1.01 here as in the sheet.
 */
export function roundExcel(x: number, digits: number): number {
  const m = 10 ** digits;
  const y = Number((Math.abs(x) * m).toPrecision(15));
  return (Math.sign(x) * Math.round(y)) / m;
}

/** The step the floor/ceil modes move by; written as the same literal the formula bakes in. */
export const roundingStep = (digits: number): number => Number((10 ** -digits).toFixed(digits));

/**
 * Budget rounding as the profile sets it. floor and ceil are expressed through ROUND because the
 * emitted formulas may use only classic functions; the formula builder writes the same steps.
 */
export function applyRounding(x: number, rounding: Profile["budget"]["rounding"]): number {
  if (rounding.mode === "none") return x;
  const r = roundExcel(x, rounding.digits);
  if (rounding.mode === "round") return r;
  const step = roundingStep(rounding.digits);
  if (rounding.mode === "floor") return r > x ? r - step : r;
  return r < x ? r + step : r;
}
