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
 * The profile a province's own form asks for, read from what it prints: budget execution worth 20
 * points is the 湖北 市县 form (hubei-20: Q-1wenmi, Q-huanggang, Q-kunmingchi); a 绩效指标 block worth 90
 * points in the 四川 layout (指标性质 | 指标值 | 度量单位) is the 四川 form (sichuan-90: Q-qingshen). A
 * 90-point block alone says nothing: 重庆's 审批表 prints "年度绩效目标（90分）" too (奉节 2023), and
 * sichuan-90 scores reverse rows differently. Anything else says nothing.
 */
export function profileFromLayout(table: Table, library?: LibraryPackage): Profile | undefined {
  const budgetWeight = typeof table.budget?.weight?.value === "number" ? table.budget.weight.value : null;
  if (budgetWeight === 20) return findProfile("hubei-20", library);
  if (table.indicatorWeight === 90 && table.layout === "四川" && (budgetWeight === null || budgetWeight === 10)) return findProfile("sichuan-90", library);
  return undefined;
}

/**
 * Which profile scores a table: one chosen explicitly for the whole run; else the profile a Jixiao
 * template was stamped with (found in the library, then among the built-in ones); else the one the
 * province's form itself asks for (profileFromLayout); else the default (the person's setting or the
 * library's).
 */
export function profileForTable(table: Table, choice: { profile?: Profile; fallback: Profile; library?: LibraryPackage }): Profile {
  if (choice.profile) return choice.profile;
  const stamped = table.meta.stamp?.profile;
  if (stamped) return findProfile(stamped, choice.library) ?? choice.fallback;
  return profileFromLayout(table, choice.library) ?? choice.fallback;
}
