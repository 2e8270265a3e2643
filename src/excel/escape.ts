import type { CellValue } from "../core/table/grid";

/**
 * Text that starts with = + - @ would be taken as a formula when written to a cell. A leading apostrophe
 * makes Excel store it as text and is not part of the cell's value.
 */
export function escapeCellText(value: CellValue): CellValue {
  if (typeof value === "string" && /^[=+\-@]/.test(value)) return `'${value}`;
  return value;
}

/** What to put in a values array: Excel wants "" for an empty cell. */
export function toExcelValue(value: CellValue | undefined): string | number | boolean {
  const v = escapeCellText(value ?? null);
  return v === null ? "" : v;
}
