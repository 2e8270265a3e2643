import type { Profile } from "../../profiles/schema";
import { numLit } from "./literal";

/** Equality as the profile reads it; mirrors rules/equality.ts. */
export function equalityFormula(a: string, b: string, w: string, profile: Pick<Profile, "equality" | "equalityTolerance">): string {
  if (profile.equality === "positive" || profile.equality === "strict") {
    return `IF(${a}=0,IF(${b}<=0,${w},0),IF(MAX(${b},0)>=${a},${w},${w}*MAX(${b},0)/${a}))`;
  }
  const on = `ABS(${b}-${a})<=${numLit(profile.equalityTolerance)}*MAX(1,ABS(${a}))`;
  const off = profile.equality === "exact" ? "0" : `IF(${a}*${b}<=0,0,${w}*MIN(ABS(${a}),ABS(${b}))/MAX(ABS(${a}),ABS(${b})))`;
  return `IF(${on},${w},${off})`;
}
