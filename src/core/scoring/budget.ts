import type { Profile } from "../profiles/schema";
import type { BudgetScore } from "./types";
import { applyRounding, usableWeight } from "./clamp";

/** Budget execution: rate = executed ÷ adjusted budget; score = w × min(rate, 1), rounded as the profile says. */
export function scoreBudget(
  input: { budget: number | null; executed: number | null; weight?: number | null },
  profile: Profile,
): BudgetScore {
  const weight = usableWeight(input.weight) ? input.weight : profile.budget.weight;
  const { budget, executed } = input;
  if (budget === null || executed === null || !Number.isFinite(budget) || !Number.isFinite(executed) || budget === 0) {
    return { rate: null, weight, score: null };
  }
  const rate = executed / budget;
  const score = applyRounding(weight * Math.min(Math.max(rate, 0), 1), profile.budget.rounding);
  return { rate, weight, score };
}
