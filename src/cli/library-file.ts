import { readFile } from "node:fs/promises";
import { basename, extname, resolve } from "node:path";
import type { CellValue, Grid } from "../core/table/grid";
import { readWorkbookGrids } from "../xlsx/read";
import { WorkbookReadError } from "../xlsx/errors";
import { colLetters, parseRange } from "../xlsx/reader/a1";
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

/** A number format that shows a date (y, m, d outside quotes and brackets), as spreadsheets decide it. */
function isDateFormat(fmt: string | null | undefined): boolean {
  if (!fmt) return false;
  const bare = fmt.replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, "").replace(/\\./g, "");
  return /[dy]/i.test(bare) || /m.*[ds]|[dh].*m/i.test(bare);
}

const serialToIso = (serial: number): string => new Date(Math.round((serial - 25569) * 86_400_000)).toISOString().slice(0, 10);

/** A library cell holding a formula whose result was never saved: nothing to read, so say which cell. */
export class LibraryFormulaError extends Error {
  constructor(readonly cell: string) {
    super(`单元格 ${cell} 是公式但没有保存计算结果，请在 Excel 或 WPS 中打开并保存后再试 / cell ${cell} holds a formula without a saved result; open and save the workbook first`);
    this.name = "LibraryFormulaError";
  }
}

/** One library sheet as rows of plain values: dates as ISO text, merged followers repeating their master. */
function sheetRows(g: Grid): CellValue[][] {
  const rows = g.values.map((row, r) =>
    row.map((v, c) => {
      if (v === null && g.formulas[r]?.[c]) throw new LibraryFormulaError(`${g.sheet}!${colLetters(c + 1)}${r + 1}`);
      return typeof v === "number" && isDateFormat(g.numberFormats?.[r]?.[c]) ? serialToIso(v) : v;
    }),
  );
  for (const m of g.merges) {
    const box = parseRange(m);
    if (!box) continue;
    const master = rows[box.from.row - 1]?.[box.from.col - 1] ?? null;
    for (let r = box.from.row; r <= box.to.row; r++) for (let c = box.from.col; c <= box.to.col; c++) if (rows[r - 1] && c - 1 < (rows[r - 1] as CellValue[]).length) (rows[r - 1] as CellValue[])[c - 1] = master;
  }
  return rows;
}

/**
 * The four sheets of a library workbook as plain arrays (missing sheets stay missing so
 * sheetsToPackage can name them). Read with the checking reader: one pass, linear in the cells.
 */
export async function readLibrarySheets(path: string): Promise<LibrarySheets> {
  const wb = await readWorkbookGrids(path, basename(path));
  const out = {} as LibrarySheets;
  for (const name of LIBRARY_SHEET_NAMES) {
    const g = wb.sheets.find((s) => s.sheet === name);
    if (g) out[name] = sheetRows(g);
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
    if (e instanceof LibraryFormulaError) throw new CliError(`指标库文件“${path}”有误：${e.message}`);
    if ((e as NodeJS.ErrnoException).code === "ENOENT" || (e instanceof WorkbookReadError && e.problem === "not-found")) throw new CliError(`找不到指标库文件“${path}” / library file not found: ${path}`);
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
