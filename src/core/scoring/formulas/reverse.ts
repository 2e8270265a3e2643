import type { Profile } from "../../profiles/schema";

/** Reverse rule, ratio or linear as the profile says, strict for "<"; mirrors rules/reverse.ts. */
export function reverseFormula(a: string, b: string, w: string, profile: Pick<Profile, "reverseFormula">, strict = false): string {
  const over = profile.reverseFormula === "ratio" ? `${w}*${a}/${b}` : `${w}*MAX(0,(2*${a}-${b})/${a})`;
  const met = strict ? `${b}<${a}` : `${b}<=${a}`;
  return `IF(${met},${w},IF(${a}>0,${over},IF(${a}<0,${w}*MAX(0,${b}/${a}),0)))`;
}
