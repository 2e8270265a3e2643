import type { Profile } from "../profiles/schema";
import type { BudgetScore } from "./types";
import { applyRounding, usableWeight } from "./clamp";

/** Budget execution: rate = executed ÷ adjusted budget; score = w × min(rate, 1), rounded as the profile says. */
export function scoreBudget(
  input: { budget: number | null; executed: number | null; weight?: number | null; rate?: number | null },
  profile: Profile,
): BudgetScore {
  const weight = usableWeight(input.weight) ? input.weight : profile.budget.weight;
  const { budget, executed } = input;
  const fromAmounts = budget !== null && executed !== null && Number.isFinite(budget) && Number.isFinite(executed) && budget !== 0;
  // A form that prints the rate but not both amounts is scored on the printed rate.
  const printed = typeof input.rate === "number" && Number.isFinite(input.rate) ? input.rate : null;
  if (!fromAmounts && printed === null) return { rate: null, weight, score: null };
  const rate = fromAmounts ? (executed as number) / (budget as number) : (printed as number);
  const score = applyRounding(weight * Math.min(Math.max(rate, 0), 1), profile.budget.rounding);
  return { rate, weight, score };
}
