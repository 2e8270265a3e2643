import type { Operator } from "../values/types";

export type ScoreRule = "positive" | "reverse" | "equality" | "range" | "qualitative" | "date" | "none";

/** One indicator row reduced to what scoring needs. */
export interface ScoreInput {
  operator: Operator;
  /** A: the target number (tolerance for ±, Excel serial for dates). */
  target: number | null;
  /** B: the actual number. */
  actual: number | null;
  weight: number;
  isDate?: boolean;
  /** Qualitative rows: the tier chosen and the score the person typed. */
  tier?: string | null;
  typedScore?: number | null;
}

export interface RowScore {
  rule: ScoreRule;
  /** In [0, weight]; null when the row cannot be scored (no actual, no weight, no tier). */
  score: number | null;
  /** B reached or beat A. */
  met: boolean;
  /** B ≥ threshold × A on a positive row (target probably set too low). */
  overCompletion: boolean;
  /** Qualitative rows: the band [min, max] (or [min, max) when maxOpen) in points the chosen tier allows. */
  band?: { min: number; max: number; maxOpen?: boolean };
  /** Points taken off for 指标偏离 (profile.overDeduction), when any. */
  deducted?: number;
}

export interface BudgetScore {
  /** Execution rate B/A, null when A is missing or zero. */
  rate: number | null;
  weight: number;
  score: number | null;
}

export interface ScoredRow {
  row: number;
  name: string;
  level1: string;
  level2: string;
  weight: number | null;
  result: RowScore & {
    /** The score is the one the person typed: no rule applies (定性, or an actual such as "完成"). */
    typed?: boolean;
  };
}

/**
 * Why a table has the total it has: "scored" when every weighted row and the budget could be scored;
 * otherwise the total and grade are null and this says why.
 * - "goal": a goal table (or a monitoring table): nothing to score yet.
 * - "no-data": no actual value, typed score or execution figure anywhere.
 * - "no-weights": the indicators carry no weights the form lets Jixiao know.
 * - "incomplete": some rows (listed in `unscored`) or the budget block cannot be scored.
 * - "weight-sum": every row can be scored, but the weights fall short of the full marks (70 of 100):
 *   points are missing, so no total is given (weight/sum says what to fix). Weights over the full marks still give a total.
 */
export type ScoreState = "scored" | "goal" | "no-data" | "no-weights" | "incomplete" | "weight-sum";

export interface Subtotal {
  name: string;
  weight: number;
  score: number;
  children: { name: string; weight: number; score: number }[];
}

export interface TableScore {
  rows: ScoredRow[];
  subtotals: Subtotal[];
  budget: BudgetScore | null;
  /** Σ indicator scores + budget score, capped by the execution rate when the profile says; null unless `state` is "scored". */
  total: number | null;
  /** The cap the execution rate put on the total (profile.executionCap), when one applies. */
  cap?: number | null;
  grade: string | null;
  state: ScoreState;
  /** Sheet rows of weighted indicators that could not be scored. */
  unscored: number[];
}
