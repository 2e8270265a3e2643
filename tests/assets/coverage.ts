import {
  DEPT_DIMENSIONS, PROJECT_TYPES, SECTORS, TANGSHAN_TYPES,
  type Indicator, type LibraryPackage,
} from "../../src/core/library/schema";

/** The six headings a reviewer expects under every project type: four output kinds, benefit, satisfaction. */
export const COVERAGE_CATEGORIES = ["数量", "质量", "时效", "成本", "效益", "满意度"] as const;
export type CoverageCategory = (typeof COVERAGE_CATEGORIES)[number];

export interface GroupCoverage {
  total: number;
  byCategory: Record<CoverageCategory, number>;
}

export interface LibraryCoverage {
  total: number;
  active: number;
  quantitative: number;
  qualitative: number;
  /** quantitative ÷ total, 0..1. */
  quantitativeShare: number;
  byProjectType: Record<string, GroupCoverage>;
  bySector: Record<string, GroupCoverage>;
  /** Tangshan "12346" type → count, and how many of those carry a layer. */
  byTangshanType: Record<string, { total: number; withLayer: number }>;
  byDeptDimension: Record<string, number>;
  budgetManagement: number;
  byCodePrefix: Record<string, number>;
}

/** Maps a tree position to the heading it counts for; 效益 takes all four benefit second levels. */
export function categoryOf(ind: Pick<Indicator, "level1" | "level2">): CoverageCategory | null {
  if (ind.level1 === "效益指标" || ind.level1 === "效果指标") return "效益";
  if (ind.level1 === "满意度指标") return "满意度";
  for (const c of ["数量", "质量", "时效", "成本"] as const) {
    if (ind.level2.startsWith(c)) return c;
  }
  return null;
}

function emptyGroup(): GroupCoverage {
  return { total: 0, byCategory: { 数量: 0, 质量: 0, 时效: 0, 成本: 0, 效益: 0, 满意度: 0 } };
}

function addTo(group: GroupCoverage, ind: Indicator): void {
  group.total += 1;
  const c = categoryOf(ind);
  if (c) group.byCategory[c] += 1;
}

/** Counts a library the way the coverage targets are stated; pure, so the lead can move it into core. */
export function libraryCoverage(pkg: Pick<LibraryPackage, "indicators">): LibraryCoverage {
  const byProjectType = Object.fromEntries(PROJECT_TYPES.map((t) => [t, emptyGroup()])) as Record<string, GroupCoverage>;
  const bySector = Object.fromEntries(SECTORS.map((s) => [s, emptyGroup()])) as Record<string, GroupCoverage>;
  const byTangshanType = Object.fromEntries(TANGSHAN_TYPES.map((t) => [t, { total: 0, withLayer: 0 }])) as Record<
    string,
    { total: number; withLayer: number }
  >;
  const byDeptDimension = Object.fromEntries(DEPT_DIMENSIONS.map((d) => [d, 0])) as Record<string, number>;
  const byCodePrefix: Record<string, number> = {};
  let quantitative = 0;
  let active = 0;
  let budgetManagement = 0;

  for (const ind of pkg.indicators) {
    if (ind.kind === "quantitative") quantitative += 1;
    if (ind.status.state === "active") active += 1;
    const prefix = ind.code.split("-")[0] ?? ind.code;
    byCodePrefix[prefix] = (byCodePrefix[prefix] ?? 0) + 1;
    for (const t of ind.scope.projectTypes) addTo(byProjectType[t] ?? (byProjectType[t] = emptyGroup()), ind);
    for (const s of ind.scope.sectors) addTo(bySector[s] ?? (bySector[s] = emptyGroup()), ind);
    if (ind.scope.tangshan) {
      for (const t of ind.scope.tangshan.types) {
        const slot = byTangshanType[t] ?? (byTangshanType[t] = { total: 0, withLayer: 0 });
        slot.total += 1;
        if (ind.scope.tangshan.layer) slot.withLayer += 1;
      }
    }
    if (ind.scope.deptDimension) byDeptDimension[ind.scope.deptDimension] = (byDeptDimension[ind.scope.deptDimension] ?? 0) + 1;
    if (ind.scope.budgetManagement) budgetManagement += 1;
  }

  const total = pkg.indicators.length;
  return {
    total,
    active,
    quantitative,
    qualitative: total - quantitative,
    quantitativeShare: total === 0 ? 0 : quantitative / total,
    byProjectType,
    bySector,
    byTangshanType,
    byDeptDimension,
    budgetManagement,
    byCodePrefix,
  };
}
