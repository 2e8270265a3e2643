import type { AnalyzedTable } from "../../core/analysis";
import type { Issue } from "../../core/checks/types";

/**
 * How far a person has got with a table: the pane's reading of the facts, for presentation only (the core's
 * severities stay as they are). "blank" is a template nobody has typed into yet, "partial" has some of the
 * cells a person fills, "finished" has all of them.
 */
export type FillState = "blank" | "partial" | "finished";

export interface Fill {
  state: FillState;
  /** Cells a person fills (targets, weights, actual values) that hold something, and how many there are. */
  filled: number;
  total: number;
}

export function fillOf(t: AnalyzedTable): Fill {
  let filled = 0;
  let total = 0;
  // Templates come with the library's suggested weights: only targets and actuals show someone has started.
  let typed = 0;
  const evaluating = t.table.kind === "self-eval" || t.table.kind === "monitor";
  for (const f of t.facts.rows) {
    if (!f.name.trim()) continue;
    total++;
    if (f.target.ok || f.target.error.problem !== "empty") {
      filled++;
      typed++;
    }
    if (t.facts.hasWeightColumn) {
      total++;
      if (f.weight !== null && f.weightFrom === "cell") filled++;
    }
    if (evaluating && f.actualState !== "none") {
      total++;
      if (f.actualState !== "empty") {
        filled++;
        typed++;
      }
    }
  }
  const state: FillState = typed === 0 ? "blank" : filled < total ? "partial" : "finished";
  return { state, filled, total };
}

/**
 * Issues that only say "this is not filled in yet". On a table still being filled they are a to-do list
 * (待填写), not errors: a freshly inserted template has nothing wrong with it. Once the table holds
 * everything, any that remain are shown with the core's own severity.
 */
export const TODO_CODES: ReadonlySet<string> = new Set([
  "value/missing",
  "value/actual-missing",
  "weight/missing",
  "weight/sum",
  "weight/level1",
  "meta/missing",
  "score/not-scored",
  "score/explanation-missing",
  "structure/no-output",
  "structure/no-benefit",
  "structure/no-satisfaction",
  "structure/no-cost",
  "structure/too-few",
]);

/** Weight sums only count as to-do while some weights are still empty; a full column that adds up wrong is an error. */
export function isTodo(issue: Issue, fill: Fill | undefined): boolean {
  if (!fill || fill.state === "finished") return false;
  return TODO_CODES.has(issue.code);
}

export type Presented = Issue & { todo: boolean };

/** The analysis' one list with each issue marked to-do or not, by the fill of its table. */
export function presentIssues(issues: readonly Issue[], fills: readonly Fill[]): Presented[] {
  return issues.map((i) => ({ ...i, todo: isTodo(i, i.table === undefined ? undefined : fills[i.table]) }));
}
