import national from "../../../assets/profiles/national-2020.json";
import sichuan from "../../../assets/profiles/sichuan-90.json";
import central from "../../../assets/profiles/central-2021.json";
import hubei from "../../../assets/profiles/hubei-20.json";
import { ProfileSchema, type Profile } from "./schema";

/** The profiles every library ships with; parsed through the schema like any external input. */
export const BUILTIN_PROFILES: readonly Profile[] = [national, sichuan, central, hubei].map((p) => ProfileSchema.parse(p));

export const DEFAULT_PROFILE_ID = "national-2020";

export function builtinProfile(id: string = DEFAULT_PROFILE_ID): Profile {
  const found = BUILTIN_PROFILES.find((p) => p.id === id);
  if (!found) {
    throw new Error(`未知的规则配置 "${id}"，可选：${BUILTIN_PROFILES.map((p) => p.id).join("、")} / unknown rule profile "${id}"`);
  }
  return found;
}
