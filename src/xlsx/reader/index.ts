import type { WorkbookGrids } from "../../core/table/grid";
import { readSharedStrings } from "./shared-strings";
import { readSheet } from "./sheet";
import { readCellFormats } from "./styles";
import { readWorkbookInfo } from "./workbook";
import { readParts } from "./zip";

export { LimitError, LIMITS } from "./limits";

/** Thrown for a package that is a zip but not a workbook this reader understands. */
export class PackageError extends Error {}

/**
 * A workbook package (.xlsx bytes) into grids: Node's zlib inflates only the parts a check needs, saxes
 * streams each one, and cells go straight into the grids. No styles model, no exceljs.
 */
export function parseWorkbookPackage(bytes: Uint8Array, label: string): WorkbookGrids {
  const parts = readParts(bytes);
  const workbookXml = parts.get("xl/workbook.xml");
  if (workbookXml === undefined) throw new PackageError("no xl/workbook.xml");
  const info = readWorkbookInfo(workbookXml, parts.get("xl/_rels/workbook.xml.rels"));
  const ctx = {
    sharedStrings: readSharedStrings(parts.get("xl/sharedstrings.xml")),
    formats: readCellFormats(parts.get("xl/styles.xml")),
    date1904: info.date1904,
    cellCount: { n: 0 },
  };
  const sheets = [];
  for (const entry of info.sheets) {
    const xml = parts.get(entry.part);
    if (xml === undefined) continue;
    sheets.push(readSheet(entry.name, xml, ctx));
  }
  if (sheets.length === 0) throw new PackageError("no worksheets");
  const names = Object.keys(info.definedNames).length > 0 ? { definedNames: info.definedNames } : {};
  return { name: label, sheets, ...names };
}
