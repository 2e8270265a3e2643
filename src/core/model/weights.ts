import type { TableFacts } from "./facts";
import { readNumber } from "./number";

/** What the weights on a form add up to, against the full marks the profile expects. */
export interface WeightTotal {
  /** The indicator rows' weights. */
  indicators: number;
  /** The budget block's weight, when the form prints one. */
  budget: number | null;
  /** indicators + budget. */
  total: number;
  /** Full marks: indicators and budget (100), or the indicators' share alone when no budget weight is printed. */
  expected: number;
  /** The total is within the profile's tolerance of the full marks. */
  whole: boolean;
  /** The total falls short of the full marks: points are missing from the table (rows left out, a cut copy). */
  short: boolean;
}

const round4 = (n: number): number => Math.round(n * 1e4) / 1e4;

/**
 * The one sum of a form's row weights: weight/sum reports any difference from the full marks, and the
 * score gives no total when the weights fall short of them (points are missing, as a row that cannot be
 * scored is missing: a total over 70 weight points graded against 100 would mean nothing). Weights over
 * the full marks (110) still add up to a total, as reviewers count them, beside the weight/sum error.
 * Null when the rows carry no weights of their own.
 */
export function weightTotal(facts: TableFacts): WeightTotal | null {
  if (!facts.hasWeightValues) return null;
  const { profile } = facts;
  const indicators = round4(facts.rows.reduce((s, r) => s + (r.weight ?? 0), 0));
  const b = facts.table.budget;
  const budget = b ? readNumber((b.weight ?? b.total?.weight)?.value) : null;
  // The evaluation framework's indicators carry budget execution too, and a 部门整体 table by its own
  // dimensions (运行成本, 履职效能 … 预算执行) scores everything among its indicators: they make the whole 100.
  const wholeInRows = facts.framework === "evaluation" || facts.framework === "department";
  const expected = budget !== null ? profile.indicatorTotal + profile.budget.weight : profile.indicatorTotal + (wholeInRows ? profile.budget.weight : 0);
  const total = round4(indicators + (budget ?? 0));
  return { indicators, budget, total, expected, whole: Math.abs(total - expected) <= profile.scoreTolerance, short: total < expected - profile.scoreTolerance };
}
