import type { Profile } from "../../profiles/schema";

/** Reverse rule, ratio or linear as the profile says; mirrors rules/reverse.ts. */
export function reverseFormula(a: string, b: string, w: string, profile: Pick<Profile, "reverseFormula">): string {
  const over = profile.reverseFormula === "ratio" ? `${w}*${a}/${b}` : `${w}*MAX(0,(2*${a}-${b})/${a})`;
  return `IF(${b}<=${a},${w},IF(${a}<=0,0,${over}))`;
}
