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

export function readRowActual(row: IndicatorRow, target?: ParsedValue): number | null {
  return parseActual(row.actual?.value ?? null, target);
}
