import type { Profile } from "../../profiles/schema";
import { gradeBands } from "../grade";
import { numLit, strLit } from "./literal";

/** 优/良/中/差 from the total, bands baked in from the profile; blank while the total is blank. */
export function gradeFormula(totalRef: string, profile: Profile): string {
  const bands = gradeBands(profile);
  const last = bands[bands.length - 1];
  let expr = strLit(last ? last.grade : "");
  for (let i = bands.length - 2; i >= 0; i--) {
    const b = bands[i] as (typeof bands)[number];
    expr = `IF(${totalRef}>=${numLit(b.min)},${strLit(b.grade)},${expr})`;
  }
  return `IF(ISNUMBER(${totalRef}),${expr},"")`;
}
