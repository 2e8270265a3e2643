import { readFile } from "node:fs/promises";
import { extname, resolve } from "node:path";
import ExcelJS from "exceljs";
import type { CellValue } from "../core/table/grid";
import {
  builtinLibrary,
  LibraryLoadError,
  LIBRARY_SHEET_NAMES,
  parseLibraryText,
  sheetsToPackage,
  type LibraryPackage,
  type LibrarySheets,
} from "../core/library";
import type { Profile } from "../core/profiles/schema";
import { builtinProfile } from "../core/profiles/builtin";
import { CliError } from "./errors";
import { libraryProblemPlace, libraryProblemText } from "../core/messages/library";

function plain(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "object" && "richText" in v) return v.richText.map((r) => r.text).join("");
  if (typeof v === "object" && "result" in v) return plain((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if (typeof v === "object" && "text" in v) return String((v as { text: unknown }).text);
  return String(v);
}

/** The four sheets of a library workbook as plain arrays (missing sheets are empty). */
export async function readLibrarySheets(path: string): Promise<LibrarySheets> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  // Missing sheets stay missing so sheetsToPackage can name them.
  const out = {} as LibrarySheets;
  for (const name of LIBRARY_SHEET_NAMES) {
    const ws = wb.getWorksheet(name);
    if (!ws) continue;
    const rows: CellValue[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      const vals: CellValue[] = [];
      for (let c = 1; c <= ws.columnCount; c++) vals.push(plain(row.getCell(c).value));
      rows[r - 1] = vals;
    });
    for (let i = 0; i < rows.length; i++) rows[i] ??= [];
    out[name] = rows;
  }
  return out;
}

function describeLoadError(path: string, e: LibraryLoadError): string {
  const zh = e.problems.slice(0, 3).map((p) => `${libraryProblemPlace(p)}：${libraryProblemText(p)}`).join("；");
  const en = e.problems.slice(0, 3).map((p) => `${libraryProblemPlace(p, "en")}: ${libraryProblemText(p, "en")}`).join("; ");
  return `指标库文件“${path}”不符合格式：${zh} / library file ${path} is invalid: ${en}`;
}

/** A library from a .json package or a library workbook (.xlsx); the built-in one when no path is given. */
export async function loadLibraryFile(path: string | undefined, cwd: string): Promise<LibraryPackage> {
  if (!path) return builtinLibrary();
  const full = resolve(cwd, path);
  try {
    if (/\.xlsx$/i.test(extname(full))) return sheetsToPackage(await readLibrarySheets(full));
    return parseLibraryText(await readFile(full, "utf8"));
  } catch (e) {
    if (e instanceof LibraryLoadError) throw new CliError(describeLoadError(path, e));
    if ((e as NodeJS.ErrnoException).code === "ENOENT") throw new CliError(`找不到指标库文件“${path}” / library file not found: ${path}`);
    throw new CliError(`无法读取指标库文件“${path}”：${(e as Error).message} / cannot read library file ${path}`);
  }
}

/** The profile by id from the library, then the built-in ones; the library's default without an id. */
export function resolveProfile(pkg: LibraryPackage, id?: string): Profile {
  const want = id ?? pkg.meta.defaultProfile;
  const own = pkg.profiles.find((p) => p.id === want);
  if (own) return own;
  try {
    return builtinProfile(want);
  } catch {
    const ids = [...new Set([...pkg.profiles.map((p) => p.id)])].join("、");
    throw new CliError(`未知的规则配置“${want}”，可选：${ids} / unknown rule profile "${want}"`);
  }
}
