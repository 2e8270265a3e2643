import type { LibraryPackage } from "../library/schema";
import { BUILTIN_PROFILES, DEFAULT_PROFILE_ID } from "../profiles/builtin";
import type { Profile } from "../profiles/schema";
import type { Table } from "../table/table";

/** The profile a library offers under an id: its own first, then the built-in one. */
export function findProfile(id: string, library?: LibraryPackage): Profile | undefined {
  return library?.profiles.find((p) => p.id === id) ?? BUILTIN_PROFILES.find((p) => p.id === id);
}

/** The library's default profile (the built-in default without a library). */
export function libraryDefaultProfile(library?: LibraryPackage): Profile {
  return (
    (library && findProfile(library.meta.defaultProfile, library)) ??
    (BUILTIN_PROFILES.find((p) => p.id === DEFAULT_PROFILE_ID) as Profile)
  );
}

/**
 * Which profile scores a table: one chosen explicitly for the whole run; else the profile a Jixiao
 * template was stamped with (found in the library, then among the built-in ones); else the default.
 */
export function profileForTable(table: Table, choice: { profile?: Profile; fallback: Profile; library?: LibraryPackage }): Profile {
  if (choice.profile) return choice.profile;
  const stamped = table.meta.stamp?.profile;
  return (stamped && findProfile(stamped, choice.library)) || choice.fallback;
}
