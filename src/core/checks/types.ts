import type { Indicator, LibraryPackage } from "../library/schema";
import type { Profile } from "../profiles/schema";
import type { Table, TemplateKind } from "../table/table";
import type { IssueParamsByCode } from "./params";

export type Severity = "error" | "warning" | "info";

/** Errors before warnings before notes: the order every list and every cell mark follows. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Codes raised by a rule of the registry (one rule, one file). */
export const RULE_CODES = [
  "structure/no-output",
  "structure/no-benefit",
  "structure/no-satisfaction",
  "structure/no-cost",
  "structure/too-few",
  "structure/bad-tree",
  "structure/duplicate",
  "weight/sum",
  "weight/level1",
  "weight/missing",
  "value/missing",
  "value/unparseable",
  "value/vague",
  "value/degenerate",
  "value/unit-missing",
  "value/direction-assumed",
  "value/rate-over-100",
  "library/unknown",
  "library/category-mismatch",
  "library/unit-mismatch",
  "library/operator-mismatch",
  "library/retired",
  "library/basis-missing",
  "library/basis-invalid",
  "library/below-reference",
  "score/explanation-missing",
  "score/over-target",
  "score/out-of-band",
  "score/exceeds-weight",
  "score/mismatch",
  "score/formula-changed",
  "budget/low-execution",
  "budget/overspend",
  "budget/as-indicator",
  "value/actual-missing",
  "meta/missing",
  "score/total-mismatch",
  "score/not-scored",
] as const;

/** Codes the analysis raises around the rules: how the workbook was read, and the template's library. */
export const ANALYSIS_CODES = [
  "library/stale",
  "recognize/empty-workbook",
  "recognize/no-table",
  "recognize/no-rows",
  "recognize/block-skipped",
  "recognize/template-mismatch",
  "recognize/unknown-header",
  "recognize/row-skipped",
] as const;

export const ISSUE_CODES = [...RULE_CODES, ...ANALYSIS_CODES] as const;

export type IssueCode = (typeof ISSUE_CODES)[number];

/** Parameters of a code's issue; see params.ts. Indicators are named by name, cells by address, never by id. */
export type IssueParams<C extends IssueCode = IssueCode> = IssueParamsByCode[C];

interface IssueBase {
  severity: Severity;
  sheet: string;
  /** A1 address of the cell to look at, when there is one. */
  cell?: string;
  row?: number;
  /** The indicator's name as written in the table. */
  indicator?: string;
  expected?: string | number;
  actual?: string | number;
  /** Index of the table (in the analysis' `tables`) the issue belongs to; absent for workbook-wide ones. */
  table?: number;
}

/** The issue of one code, with that code's parameters. */
export type IssueOf<C extends IssueCode> = IssueBase & { code: C; params: IssueParamsByCode[C] };

/** A problem found in the data: plain data, rendered five ways (pane, highlights, review sheet, CLI table, JSON). */
export type Issue = { [C in IssueCode]: IssueOf<C> }[IssueCode];

export interface Report {
  issues: Issue[];
  counts: Record<Severity, number>;
  /** True when the report stopped at `maxIssues`. */
  truncated: boolean;
}

/** The library as checks see it: lookups prepared once per library, shared by every table. */
export interface LibraryView {
  pkg: LibraryPackage;
  byCode: Map<string, Indicator>;
  /** Normalised name → indicators with that name (several 二级 may share a name). */
  byName: Map<string, Indicator[]>;
  /** The closest library indicators to a name that is not in the library. */
  suggest(name: string, limit?: number): Indicator[];
}

export interface RuleContext {
  table: Table;
  profile: Profile;
  library?: LibraryView;
}

/** What a rule returns for one code; the engine fills in severity and sheet. */
export type FindingOf<C extends IssueCode> = Omit<IssueOf<C>, "severity" | "sheet"> & { severity?: Severity };
export type Finding = { [C in IssueCode]: FindingOf<C> }[IssueCode];

export interface Rule {
  code: IssueCode;
  defaultSeverity: Severity;
  /** Template kinds (stages) the rule applies to. */
  stages: readonly TemplateKind[];
  /** Whether the library is needed; such rules are skipped when checking without one. */
  needsLibrary?: boolean;
  /** Profile switch: the rule runs only when this returns true. */
  enabled?: (profile: Profile) => boolean;
  check(ctx: RuleContext): Finding[];
}

export interface CheckOptions {
  profile: Profile;
  library?: LibraryView;
  maxIssues?: number;
  /** Index of the table in an analysis: stamped on each issue as it is made (no second copy). */
  tableIndex?: number;
  severity?: Partial<Record<IssueCode, Severity | "off">>;
}
