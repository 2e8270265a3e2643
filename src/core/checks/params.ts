/**
 * What each issue code carries for its message, typed per code as zod types its issues: a message can
 * only read a field its code has, and a rule can only set one. Flags are words, never 0/1.
 */
export interface IssueParamsByCode {
  "structure/no-output": { level1: string };
  "structure/no-benefit": { level1: string };
  "structure/no-satisfaction": { level1: string };
  "structure/no-cost": { level2: string };
  "structure/too-few": { count: number; min: number };
  "structure/bad-tree":
    | { problem: "unknown-level1"; level1: string; allowed: string }
    | { problem: "unknown-level2"; level1: string; level2: string; allowed: string }
    | { problem: "wrong-parent"; level1: string; level2: string; parent: string };
  "structure/duplicate": { level2: string; firstRow: number; firstCell: string };
  "weight/sum": { total: number; expected: number; indicators: number; budget?: number };
  "weight/level1": { level1: string; sum: number; expected: number };
  "weight/missing": Record<string, never>;
  "value/missing": { problem: "empty" } | { problem: "placeholder"; text: string };
  "value/unparseable": { text: string };
  "value/vague": { text: string; example?: string };
  "value/degenerate": { problem: "cap" | "floor" | "zero-ceiling" | "negative-ceiling"; text: string; suggestion?: string };
  "value/unit-missing": { text: string; unit?: string };
  "value/direction-assumed": { text: string; operator: string; reason: string };
  "value/rate-over-100": { actual: string; value: number };
  "library/unknown": { suggestions?: string };
  "library/category-mismatch": { level1: string; level2: string; libLevel1: string; libLevel2: string };
  "library/unit-mismatch": { unit: string; libUnit: string };
  "library/operator-mismatch": { operator: string; libOperator: string; text: string };
  "library/retired": { date: string; replacement?: string };
  "library/basis-missing": Record<string, never>;
  "library/basis-invalid": { basis: string; allowed: string };
  "library/below-reference": { text: string; reference: string; basis: string };
  "score/explanation-missing": { why: "below"; score: number; weight: number } | { why: "over" };
  "score/over-target": { actual: string; target: string; threshold: number; stage?: "monitor" };
  "score/out-of-band": { score: number; tier: string; min: number; max: number };
  "score/exceeds-weight": { score: number; weight: number };
  "score/mismatch": { typed: number; computed: number; part?: "budget" };
  /** `state`: "overwritten" when a typed value replaced the formula, "edited" when the formula differs. */
  "score/formula-changed": { state: "overwritten" | "edited"; what?: string };
  /** `months`: a monitoring form's period; the threshold is then the time elapsed. */
  "budget/low-execution": { rate: number; threshold: number; months?: number };
  "budget/overspend": { rate: number; threshold: number };
  /** `counted`: "twice" when the table also scores execution in its own block. */
  "budget/as-indicator": { name: string; counted: "twice" | "once" };
  "value/actual-missing": { count?: number; cells?: string };
  "meta/missing": { field: string; fieldEn: string };
  "score/total-mismatch": { typed: number; sum: number; bound: "sum" | "most" } | { typed: number; sum: number; bound: "subtotal"; level1: string };
  "score/not-scored": { state: "no-weights" } | { state: "incomplete"; part: "rows" | "budget" | "none"; rows: string } | { state: "weight-sum"; total: number; expected: number };
  "library/stale": { kind: "older-version" | "other-library"; stamp: string; current: string };
  "recognize/empty-workbook": { name: string };
  "recognize/no-table": Record<string, never>;
  "recognize/no-rows": Record<string, never>;
  "recognize/block-skipped": Record<string, never>;
  "recognize/template-mismatch": Record<string, never>;
  "recognize/unknown-header": { text: string };
  /** Placeholder rows are reported once per table: `count` of them, the first few `cells`. */
  "recognize/row-skipped": { why: "placeholder"; text: string; count: number; cells: string } | { why: "not-applicable"; text: string };
}
