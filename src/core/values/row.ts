import type { IndicatorRow } from "../table/table";
import type { ParsedValue, ParseResult } from "./types";
import { parseActual, parseTarget } from "./parse";
import { inferOperator, type DirectionHint } from "./direction";

const cellText = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/** What the caller knows beyond the row's own cells: the filled-down 二级 and the library's operator. */
export type RowDirectionHint = Pick<DirectionHint, "level1" | "level2" | "libraryOperator">;

/**
 * The target of a row, whether written in one cell or split over operator / value / unit columns.
 * A target without an operator takes its direction from inferOperator (library, 二级, unit, name), so a
 * bare "90万元" under 成本指标 reads as ≤; the value records that the operator was assumed and why.
 */
export function readRowTarget(row: IndicatorRow, year?: number | null, hint?: RowDirectionHint): ParseResult {
  return withDirection(parseRowCells(row, year), row, hint);
}

function parseRowCells(row: IndicatorRow, year?: number | null): ParseResult {
  return parseTarget(row.target.value, {
    operator: cellText(row.operator?.value),
    unit: cellText(row.unit?.value),
    year: year ?? null,
  });
}

/** A parsed target whose operator was not written gets the inferred direction; others pass unchanged. */
function withDirection(r: ParseResult, row: IndicatorRow, hint?: RowDirectionHint): ParseResult {
  if (!r.ok || !r.value.operatorAssumed || r.value.isDate) return r;
  const d = inferOperator({
    level1: hint?.level1 ?? cellText(row.level1.value),
    level2: hint?.level2 ?? cellText(row.level2.value),
    libraryOperator: hint?.libraryOperator ?? null,
    unit: r.value.unit,
    name: cellText(row.name.value),
  });
  // A span ("5～8天") is met from its lower end upwards, or up to its upper end when the direction is ≤.
  const number = r.value.upper !== undefined && (d.operator === "<=" || d.operator === "<") ? r.value.upper : r.value.number;
  return { ok: true, value: { ...r.value, operator: d.operator, number, directionReason: d.reason } };
}

/**
 * A reader that parses each distinct spelling of a target once: tables repeat "≥95%" and "100%"
 * row after row, and both checks and scoring read every row. Only targets without an operator then
 * look at the row's levels, name and library match for their direction.
 */
export function createRowTargetReader(year?: number | null): (row: IndicatorRow, hint?: RowDirectionHint) => ParseResult {
  const parsed = new Map<string, ParseResult>();
  return (row, hint) => {
    const v = row.target.value;
    const key = `${typeof v}\u0001${String(v)}\u0001${String(row.operator?.value ?? "")}\u0001${String(row.unit?.value ?? "")}`;
    let r = parsed.get(key);
    if (!r) {
      r = parseRowCells(row, year);
      parsed.set(key, r);
    }
    return withDirection(r, row, hint);
  };
}

export function readRowActual(row: IndicatorRow, target?: ParsedValue): number | null {
  return parseActual(row.actual?.value ?? null, target);
}
