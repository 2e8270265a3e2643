import type { Cell, TemplateKind } from "../table/table";
import type { RowFacts } from "./facts";
import type { Finding, FindingOf, IssueCode, IssueParams } from "./types";

export const ALL_STAGES: readonly TemplateKind[] = ["goal", "dept-goal", "self-eval", "monitor"];
/** Stages that write targets and can be reviewed for their quality. */
export const TARGET_STAGES: readonly TemplateKind[] = ALL_STAGES;
/** Stages that have actuals and scores. */
export const SCORE_STAGES: readonly TemplateKind[] = ["self-eval"];

/** A finding about one row, pointing at `cell` (or the name cell) and naming the indicator. */
export function rowFinding<C extends IssueCode>(
  code: C,
  f: RowFacts,
  cell: Cell<unknown> | undefined,
  params: IssueParams<C>,
  extra: Partial<Pick<Finding, "expected" | "actual" | "severity">> = {},
): Finding {
  const addr = cell?.addr ?? f.row.name.addr;
  // The generic pairing of code and params is checked at the call; the union cannot see it.
  return {
    code,
    row: f.row.row,
    ...(addr ? { cell: addr } : {}),
    ...(f.name ? { indicator: f.name } : {}),
    params,
    ...extra,
  } as FindingOf<C> as Finding;
}

export function tableFinding<C extends IssueCode>(code: C, params: IssueParams<C>, extra: Partial<Pick<Finding, "expected" | "actual" | "severity" | "cell" | "row" | "indicator">> = {}): Finding {
  return { code, params, ...extra } as FindingOf<C> as Finding;
}
