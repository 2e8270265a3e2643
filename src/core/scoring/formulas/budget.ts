import type { Profile } from "../../profiles/schema";
import { roundingStep } from "../clamp";
import { numLit } from "./literal";

/** 执行率 = 全年执行数 ÷ 全年预算数; blank while either is missing or the budget is zero. */
export function budgetRateFormula(budgetRef: string, executedRef: string): string {
  return `IF(AND(ISNUMBER(${budgetRef}),ISNUMBER(${executedRef})),IF(${budgetRef}=0,"",${executedRef}/${budgetRef}),"")`;
}

/** The profile's rounding written with ROUND only; mirrors applyRounding in clamp.ts. */
export function roundingFormula(expr: string, rounding: Profile["budget"]["rounding"]): string {
  if (rounding.mode === "none") return expr;
  const r = `ROUND(${expr},${rounding.digits})`;
  if (rounding.mode === "round") return r;
  const step = numLit(roundingStep(rounding.digits));
  return rounding.mode === "floor" ? `${r}-IF(${r}>${expr},${step},0)` : `${r}+IF(${r}<${expr},${step},0)`;
}

/**
 * Budget execution score: w × min(rate, 1), rounded per profile. The weight comes from a cell when
 * given (blank cell → the profile's weight), else the profile's weight is baked in.
 */
export function budgetScoreFormula(refs: { budget: string; executed: string; weight?: string }, profile: Profile): string {
  const { budget: a, executed: b } = refs;
  const fallback = numLit(profile.budget.weight);
  const w = refs.weight ? `IF(AND(ISNUMBER(${refs.weight}),${refs.weight}>=0),${refs.weight},${fallback})` : fallback;
  const raw = `${w}*MIN(MAX(${b}/${a},0),1)`;
  return `IF(AND(ISNUMBER(${a}),ISNUMBER(${b})),IF(${a}=0,"",${roundingFormula(raw, profile.budget.rounding)}),"")`;
}
