import type { IndicatorRow } from "../table/table";
import type { ParsedValue, ParseResult } from "./types";
import { parseActual, parseTarget } from "./parse";

const cellText = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/** The target of a row, whether written in one cell or split over operator / value / unit columns. */
export function readRowTarget(row: IndicatorRow, year?: number | null): ParseResult {
  return parseTarget(row.target.value, {
    operator: cellText(row.operator?.value),
    unit: cellText(row.unit?.value),
    year: year ?? null,
  });
}

/**
 * A reader that parses each distinct spelling of a target once: tables repeat "≥95%" and "100%"
 * row after row, and both checks and scoring read every row.
 */
export function createRowTargetReader(year?: number | null): (row: IndicatorRow) => ParseResult {
  const parsed = new Map<string, ParseResult>();
  return (row) => {
    const v = row.target.value;
    const key = `${typeof v}\u0001${String(v)}\u0001${String(row.operator?.value ?? "")}\u0001${String(row.unit?.value ?? "")}`;
    let r = parsed.get(key);
    if (!r) {
      r = readRowTarget(row, year);
      parsed.set(key, r);
    }
    return r;
  };
}

export function readRowActual(row: IndicatorRow, target?: ParsedValue): number | null {
  return parseActual(row.actual?.value ?? null, target);
}
