import type { Profile } from "../../profiles/schema";
import { sortedTiers } from "../rules/range";
import { numLit } from "./literal";

/** Range rule with the profile's tiers baked in as literals; mirrors rules/range.ts. */
export function rangeFormula(t: string, b: string, w: string, profile: Pick<Profile, "rangeTiers">): string {
  const d = `ABS(${b})`;
  let expr = "0";
  for (const tier of sortedTiers(profile.rangeTiers).reverse()) {
    expr = `IF(${d}<=${numLit(tier.upTo)}*${t},${numLit(tier.factor)}*${w},${expr})`;
  }
  return `IF(${d}<=${t},${w},${expr})`;
}
