import type { Cell, TemplateKind } from "../table/table";
import type { RowFacts } from "./facts";
import type { Finding, IssueCode, IssueParams } from "./types";

export const ALL_STAGES: readonly TemplateKind[] = ["goal", "dept-goal", "self-eval", "monitor"];
/** Stages that write targets and can be reviewed for their quality. */
export const TARGET_STAGES: readonly TemplateKind[] = ALL_STAGES;
/** Stages that have actuals and scores. */
export const SCORE_STAGES: readonly TemplateKind[] = ["self-eval"];

/** A finding about one row, pointing at `cell` (or the name cell) and naming the indicator. */
export function rowFinding(
  code: IssueCode,
  f: RowFacts,
  cell: Cell<unknown> | undefined,
  params: IssueParams = {},
  extra: Partial<Pick<Finding, "expected" | "actual" | "severity">> = {},
): Finding {
  const addr = cell?.addr ?? f.row.name.addr;
  return {
    code,
    row: f.row.row,
    ...(addr ? { cell: addr } : {}),
    ...(f.name ? { indicator: f.name } : {}),
    params,
    ...extra,
  };
}

export function tableFinding(code: IssueCode, params: IssueParams = {}, extra: Partial<Finding> = {}): Finding {
  return { code, params, ...extra };
}
