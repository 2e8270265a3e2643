import type { CellValue, WorkbookGrids } from "../table/grid";
import type { LiveStamp } from "./types";

/** Hidden sheet holding the live-scoring stamp; never a table. Template stamps live in "_jixiao". */
export const LIVE_SHEET = "_jixiao_live";
/** Defined names of the stamp; the template stamp reader ignores them (their fields are not its fields). */
export const LIVE_NAMES = { library: "JIXIAO_LIVE_LIBRARY", version: "JIXIAO_LIVE_VERSION", profile: "JIXIAO_LIVE_PROFILE" } as const;

/** Rows of the stamp sheet: key/value rows, one "table" row per upgraded table, one "cell" row per added cell. */
export function stampRows(stamps: readonly LiveStamp[]): CellValue[][] {
  const first = stamps[0];
  const rows: CellValue[][] = [
    ["Jixiao 实时计分 / live scoring", "请勿修改 / do not edit"],
    ["library", first?.libraryId ?? ""],
    ["version", first?.version ?? ""],
    ["profile", first?.profile ?? ""],
  ];
  for (const s of stamps) rows.push(["table", s.sheet, s.mode, s.marks.join(" ")]);
  for (const s of stamps) for (const c of s.cells) rows.push(["cell", s.sheet, c.addr, c.label, c.formula !== undefined ? "f" : "v", c.formula ?? c.value ?? "", c.numberFormat ?? null]);
  return rows;
}

export const stampNameRefs = (): Record<string, string> => ({
  [LIVE_NAMES.library]: `'${LIVE_SHEET}'!$B$2`,
  [LIVE_NAMES.version]: `'${LIVE_SHEET}'!$B$3`,
  [LIVE_NAMES.profile]: `'${LIVE_SHEET}'!$B$4`,
});

const str = (v: CellValue | undefined): string => (v === null || v === undefined ? "" : String(v));

/** The live stamps of a workbook, one per upgraded table; empty when none. */
export function readLiveStamps(wb: WorkbookGrids): LiveStamp[] {
  const grid = wb.sheets.find((g) => g.sheet === LIVE_SHEET);
  if (!grid) return [];
  let libraryId = "";
  let version = "";
  let profile = "";
  const bySheet = new Map<string, LiveStamp>();
  for (const row of grid.values) {
    const k = str(row[0]);
    if (k === "library") libraryId = str(row[1]);
    else if (k === "version") version = str(row[1]);
    else if (k === "profile") profile = str(row[1]);
    else if (k === "table") {
      const sheet = str(row[1]);
      bySheet.set(sheet, { libraryId, version, profile, sheet, mode: str(row[2]) === "fill" ? "fill" : "beside", cells: [], marks: str(row[3]).split(" ").filter(Boolean) });
    } else if (k === "cell") {
      const s = bySheet.get(str(row[1]));
      if (!s) continue;
      const body = str(row[5]);
      const fmt = str(row[6]);
      s.cells.push({ addr: str(row[2]), label: str(row[3]), ...(str(row[4]) === "f" ? { formula: body } : { value: body }), ...(fmt ? { numberFormat: fmt } : {}) });
    }
  }
  for (const s of bySheet.values()) Object.assign(s, { libraryId, version, profile });
  return [...bySheet.values()];
}
