/**
 * What a target or actual cell means once read: the operator gives the scoring direction
 * (≥/> positive, ≤/< reverse, = equality, ± tolerance range, text qualitative).
 */
export type Operator = ">=" | ">" | "<=" | "<" | "=" | "±" | "text";

export type ValueKind = "quantitative" | "qualitative";

export type Direction = "positive" | "reverse" | "equality" | "range" | "qualitative";

export interface ParsedDate {
  year: number;
  month: number;
  /** Absent when the form says only "2024年12月前". */
  day?: number;
}

export interface ParsedValue {
  operator: Operator;
  /** For dates: an Excel serial day number (1900 system), so dates compare and score like numbers. */
  number: number | null;
  /** Unit as written, normalised ("%", "公里", "元/亩", "‰"); "" when none. Dates use "日期". */
  unit: string;
  kind: ValueKind;
  /** The text as written, trimmed. */
  text: string;
  date?: ParsedDate;
  /** "2024年12月31日前" and similar: the deadline is the last moment allowed. */
  isDate?: boolean;
  /** A deadline written without a year ("12月底前") and no table year given: `number` is then null. */
  yearMissing?: boolean;
  /** No operator was written (a bare "90万元", no 指标性质 column): the operator is a reading, not the form's word. */
  operatorAssumed?: boolean;
  /**
   * "2000-3000人", "5～8天": a target given as a span. `number` is its lower end; when the direction is
   * inferred as ≤ (a cost, a duration), the upper end becomes the number.
   */
  upper?: number;
  /** Why the operator was chosen when it was assumed (see values/direction.ts). */
  directionReason?: "library" | "cost" | "cost-unit" | "duration" | "default";
}

export type ValueProblemCode = "empty" | "placeholder" | "unparseable";

export interface ValueProblem {
  problem: ValueProblemCode;
  text: string;
  /** Chinese first, English second. */
  message: string;
}

export type ParseResult = { ok: true; value: ParsedValue } | { ok: false; error: ValueProblem };

export const directionOf = (op: Operator): Direction => {
  switch (op) {
    case ">=":
    case ">":
      return "positive";
    case "<=":
    case "<":
      return "reverse";
    case "=":
      return "equality";
    case "±":
      return "range";
    case "text":
      return "qualitative";
  }
};

/** How operators are printed on forms and offered in the template dropdown. */
export const OPERATOR_DISPLAY: Record<Operator, string> = {
  ">=": "≥",
  ">": ">",
  "<=": "≤",
  "<": "<",
  "=": "=",
  "±": "±",
  text: "定性",
};
