import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import ExcelJS from "exceljs";
import type { CellValue, Grid, WorkbookGrids } from "../core/table/grid";
import { plainValue } from "./cell-value";
import { WorkbookReadError } from "./errors";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Encrypted OOXML is a compound file holding an "EncryptionInfo" stream (name stored UTF-16LE). */
const ENCRYPTION_INFO = Buffer.from("EncryptionInfo", "utf16le");

const startsWith = (buf: Buffer, magic: number[]): boolean => magic.every((b, i) => buf[i] === b);

async function loadBytes(input: string | Buffer | ArrayBuffer, name: string): Promise<Buffer> {
  if (typeof input !== "string") return Buffer.isBuffer(input) ? input : Buffer.from(new Uint8Array(input));
  try {
    return await readFile(input);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new WorkbookReadError("not-found", name);
    throw new WorkbookReadError("unreadable", name, (e as Error).message);
  }
}

/** Classify bytes before handing them to exceljs, so the person gets a reason rather than a zip error. */
function sniff(buf: Buffer, name: string): void {
  if (buf.length === 0) throw new WorkbookReadError("empty", name);
  if (startsWith(buf, CFB_MAGIC)) {
    throw new WorkbookReadError(buf.includes(ENCRYPTION_INFO) ? "encrypted" : "legacy-xls", name);
  }
  if (!startsWith(buf, ZIP_MAGIC)) throw new WorkbookReadError("not-spreadsheet", name);
}

function readSheet(ws: ExcelJS.Worksheet, date1904: boolean): Grid {
  const rows = ws.rowCount;
  const cols = ws.columnCount;
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  for (let r = 1; r <= rows; r++) {
    const vRow: CellValue[] = [];
    const fRow: (string | null)[] = [];
    const nRow: (string | null)[] = [];
    const row = ws.getRow(r);
    for (let c = 1; c <= cols; c++) {
      const cell = row.getCell(c);
      // Office.js reports merged followers as empty; exceljs repeats the master's value. Follow Office.js.
      if (cell.isMerged && cell.master !== cell) {
        vRow.push(null);
        fRow.push(null);
        nRow.push(null);
        continue;
      }
      const isFormula = cell.type === ExcelJS.ValueType.Formula;
      // cell.value drops falsy formula results (0, "", FALSE): a score of 0 would read as blank. cell.result keeps them.
      vRow.push(isFormula ? plainValue(cell.result as ExcelJS.CellValue, date1904) : plainValue(cell.value, date1904));
      const f = isFormula ? cell.formula : undefined;
      fRow.push(f ? f.replace(/^=/, "") : null);
      nRow.push(cell.numFmt ?? null);
    }
    values.push(vRow);
    formulas.push(fRow);
    numberFormats.push(nRow);
  }
  const merges = (ws.model as { merges?: string[] }).merges ?? [];
  return { sheet: ws.name, origin: { row: 1, col: 1 }, values, formulas, numberFormats, merges: [...merges] };
}

function readDefinedNames(wb: ExcelJS.Workbook): Record<string, string> {
  const out: Record<string, string> = {};
  const model = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  for (const dn of model) {
    if (dn.ranges.length > 0) out[dn.name] = dn.ranges.join(",");
  }
  return out;
}

/**
 * Read every sheet of an .xlsx (hidden ones included) into plain grids. Dates become Excel serials,
 * formula cells give their cached result and their text. The input is never written to.
 */
export async function readWorkbookGrids(input: string | Buffer | ArrayBuffer, name?: string): Promise<WorkbookGrids> {
  const label = name ?? (typeof input === "string" ? basename(input) : "workbook.xlsx");
  const buf = await loadBytes(input, label);
  sniff(buf, label);
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs's Buffer type predates Node's generic Buffer; the bytes are what it wants.
    await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw new WorkbookReadError("unreadable", label, (e as Error).message);
  }
  if (wb.worksheets.length === 0) throw new WorkbookReadError("unreadable", label, "no worksheets");
  const date1904 = wb.properties.date1904 === true;
  const sheets = wb.worksheets.map((ws) => readSheet(ws, date1904));
  const definedNames = readDefinedNames(wb);
  return { name: label, sheets, ...(Object.keys(definedNames).length > 0 ? { definedNames } : {}) };
}
