import { builtinProfile } from "../../../src/core/profiles/builtin";
import { ProfileSchema, type Profile } from "../../../src/core/profiles/schema";

export const national = builtinProfile("national-2020");
export const sichuan = builtinProfile("sichuan-90");

/** A profile with one setting changed, through the schema like any external profile. */
export const withSettings = (base: Profile, patch: Partial<Profile>): Profile => ProfileSchema.parse({ ...base, ...patch });

export const linear = withSettings(national, { reverseFormula: "linear" });
export const ratio = withSettings(national, { reverseFormula: "ratio" });
