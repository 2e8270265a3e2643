import national from "../../../assets/profiles/national-2020.json";
import sichuan from "../../../assets/profiles/sichuan-90.json";
import central from "../../../assets/profiles/central-2021.json";
import hubei from "../../../assets/profiles/hubei-20.json";
import type { Profile } from "./schema";

/**
 * The profiles every library ships with. Like the built-in library they are part of the program: a
 * test asserts each file is exactly what the schema makes of it (defaults included), so every start is
 * spared the schema pass (about 15 ms of `jixiao check` on one file). Profiles inside an imported
 * library are always validated with it.
 */
export const BUILTIN_PROFILES: readonly Profile[] = [national, sichuan, central, hubei] as unknown as Profile[];

export const DEFAULT_PROFILE_ID = "national-2020";

export function builtinProfile(id: string = DEFAULT_PROFILE_ID): Profile {
  const found = BUILTIN_PROFILES.find((p) => p.id === id);
  if (!found) {
    throw new Error(`未知的规则配置 "${id}"，可选：${BUILTIN_PROFILES.map((p) => p.id).join("、")} / unknown rule profile "${id}"`);
  }
  return found;
}
