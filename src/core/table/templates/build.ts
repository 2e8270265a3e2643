import type { LibraryPackage, Indicator } from "../../library/schema";
import { libraryHash } from "../../library/hash";
import type { Profile } from "../../profiles/schema";
import type { TemplateKind, LibraryStamp } from "../table";
import type { WorkbookPlan } from "../plan";
import { templateLayout, ROWS_NAME } from "./layout";
import { SheetBuilder } from "./sheet-builder";
import { seedRows } from "./groups";
import { writeAnnualGoal, writeBudget, writeHeading, type TemplateMeta } from "./top-blocks";
import { writeIndicators } from "./indicator-block";
import { writeSummary } from "./summary-block";
import { buildListsSheet, buildStampSheet } from "./helper-sheets";
import { TemplatePlanError, validatePlan } from "./validate-plan";
import { sheetRef } from "./a1";
import { fitRowHeights } from "./row-heights";

export interface TemplateOptions {
  library: LibraryPackage;
  profile: Profile;
  /** Indicators to pre-fill, placed under their 一级 / 二级. */
  indicators?: readonly Indicator[];
  meta?: TemplateMeta & { annualGoal?: string };
  /** Blank rows under each 二级 that has no pre-filled indicator (default 2). */
  rowsPerLevel2?: number;
}

export const DEFAULT_ROWS_PER_LEVEL2 = 2;

/**
 * Build the complete plan of a Jixiao template in memory and validate it; throws TemplatePlanError
 * rather than returning a plan that would render half a template.
 */
export function buildTemplate(kind: TemplateKind, opts: TemplateOptions): WorkbookPlan {
  const { library, profile } = opts;
  const layout = templateLayout(kind);
  const meta = opts.meta ?? {};
  const blank = Math.max(0, Math.floor(opts.rowsPerLevel2 ?? DEFAULT_ROWS_PER_LEVEL2));
  const seeds = seedRows(profile, opts.indicators ?? [], blank);

  const lists = buildListsSheet(profile);
  const sb = new SheetBuilder(layout.sheetName);
  writeHeading(sb, layout, meta);
  writeBudget(sb, layout, profile);
  writeAnnualGoal(sb, layout, meta.annualGoal);
  const block = writeIndicators(sb, layout, profile, seeds, lists.ranges);
  const bcols = layout.budget.columns;
  const totalRow = layout.budget.lines[0]!.row;
  writeSummary(
    sb,
    layout,
    profile,
    block,
    bcols.score ? `$${bcols.score.letter}$${totalRow}` : undefined,
    bcols.weight ? `$${bcols.weight.letter}$${totalRow}` : undefined,
    bcols.rate ? `$${bcols.rate.letter}$${totalRow}` : undefined,
  );

  const stamp: LibraryStamp = {
    libraryId: library.meta.id,
    version: library.meta.version,
    hash: libraryHash(library),
    profile: profile.id,
    template: kind,
  };
  const rowsRef = `${sheetRef(layout.sheetName)}!$A$${block.first}:$${layout.lastColumn}$${block.last}`;
  const stampSheet = buildStampSheet(stamp, rowsRef);
  const main = sb.build();
  const goalRow = Number(/\d+/.exec(layout.annualGoal.valueCell)?.[0]);
  // The annual goal is a paragraph; give it room to be typed even while empty.
  main.rowHeights = { ...fitRowHeights(main), [goalRow]: Math.max(fitRowHeights(main)[goalRow] ?? 0, 60) };
  const plan: WorkbookPlan = {
    kind,
    stamp,
    sheets: [main, lists.sheet, stampSheet.sheet],
    names: [...stampSheet.names, { name: ROWS_NAME, ref: rowsRef }],
  };
  const problems = validatePlan(plan);
  if (problems.length > 0) throw new TemplatePlanError(problems);
  return plan;
}
