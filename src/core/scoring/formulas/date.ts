import type { Profile } from "../../profiles/schema";
import { numLit } from "./literal";

/** Deadline rule: on time earns w, late keeps the profile's share; mirrors rules/date.ts. */
export function dateFormula(a: string, b: string, w: string, profile: Pick<Profile, "dateLateFactor">): string {
  return `IF(${b}<=${a},${w},${w}*${numLit(profile.dateLateFactor)})`;
}
