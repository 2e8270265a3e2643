import type ExcelJS from "exceljs";
import type { CellValue } from "../core/table/grid";

const MS_PER_DAY = 86_400_000;
/** Days between the serial epoch and 1970-01-01: 25569 in the 1900 system, 24107 in the 1904 system. */
const UNIX_EPOCH_SERIAL = { 1900: 25569, 1904: 24107 } as const;

/** exceljs hands dates back as UTC instants of the serial; turn them back into the serial Excel stores. */
export function dateToSerial(d: Date, date1904 = false): number {
  return d.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL[date1904 ? 1904 : 1900];
}

function flattenRichText(rt: ExcelJS.RichText[]): string {
  return rt.map((r) => r.text ?? "").join("");
}

/** Reduce any exceljs cell value (or formula result) to the plain value both adapters agree on. */
export function plainValue(v: ExcelJS.CellValue | undefined, date1904 = false): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return dateToSerial(v, date1904);
  if (typeof v === "object") {
    if ("richText" in v && Array.isArray(v.richText)) return flattenRichText(v.richText);
    if ("formula" in v || "sharedFormula" in v) return plainValue((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue, date1904);
    if ("error" in v) return String((v as ExcelJS.CellErrorValue).error);
    if ("hyperlink" in v) {
      const text = (v as ExcelJS.CellHyperlinkValue).text as unknown;
      if (typeof text === "string") return text;
      if (text && typeof text === "object" && "richText" in text) return flattenRichText((text as ExcelJS.CellRichTextValue).richText);
      return (v as ExcelJS.CellHyperlinkValue).hyperlink;
    }
  }
  return null;
}
