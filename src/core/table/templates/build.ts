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
import { buildListsSheet, buildStampSheet } from "./helper-sheets";
import { TemplatePlanError, validatePlan } from "./validate-plan";
import { sheetRef } from "./a1";
import { fitRowHeights } from "./row-heights";
import { writeTail } from "./print-footer";
import { formPrint } from "../print-setup";
import { columnIndex } from "./a1";

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
  // The printed footer (总分, signatures) comes right under the rows; one blank row, then the summary.
  const footer = writeTail(sb, layout, profile, block).footer!;

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
  // Heights follow the printed columns only: a long 指标解释 off paper must not stretch the form.
  const heights = fitRowHeights(main, 9, columnIndex(layout.printLastColumn));
  // The annual goal is a paragraph; give it room to be typed even while empty.
  main.rowHeights = { ...heights, [goalRow]: Math.max(heights[goalRow] ?? 0, 45), [footer.signatureRow]: 24 };
  main.frozen = { rows: layout.headerRow, cols: 0 };
  main.print = formPrint({
    area: `A1:${layout.printLastColumn}${footer.signatureRow}`,
    titleRows: `${layout.headerRow}:${layout.headerRow}`,
    stamp: { libraryId: library.meta.id, version: library.meta.version, hash: libraryHash(library), profile: profile.id },
    // A goal table is one sheet of paper when handed in (issue 13); the self-evaluation may run on.
    fitHeight: kind === "goal" || kind === "dept-goal" ? 1 : 0,
  });
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
