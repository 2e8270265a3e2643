import { basename, dirname, resolve } from "node:path";
import type ExcelJS from "exceljs";
import type { LibraryPackage } from "../core/library";
import { buildReviewSummary, type SummaryFile } from "../core/review";
import { renderSheets } from "../xlsx/render";
import type { FileOut } from "./check-file";
import { profileLookup } from "./output-format";

/** "2026-11-30 13:45:07 (UTC+08:00)": the reviewer's local time with its offset, unambiguous in an archive. */
export function checkTime(d = new Date()): string {
  const off = -d.getTimezoneOffset();
  const local = new Date(d.getTime() + off * 60_000).toISOString().replace("T", " ").slice(0, 19);
  const sign = off >= 0 ? "+" : "-";
  const hh = String(Math.floor(Math.abs(off) / 60)).padStart(2, "0");
  const mm = String(Math.abs(off) % 60).padStart(2, "0");
  return `${local} (UTC${sign}${hh}:${mm})`;
}

/** The CLI's per-file output as the summary wants it: name and absolute folder apart. */
export function summaryFiles(files: readonly FileOut[], cwd: string): SummaryFile[] {
  return files.map((f) => {
    const full = resolve(cwd, f.file);
    return { name: basename(full), folder: dirname(full), ...(f.error ? { error: f.error } : {}), tables: f.tables, issues: f.issues };
  });
}

/** The reviewer's summary workbook (说明, 汇总, 按主管部门, 问题清单), Chinese throughout. */
export function buildReviewWorkbook(
  files: readonly FileOut[],
  run: { library: { id: string; version: string; hash: string; profile: string } },
  library: LibraryPackage,
  cwd: string,
  checkedAt = checkTime(),
): ExcelJS.Workbook {
  return renderSheets(buildReviewSummary({ files: summaryFiles(files, cwd), library: run.library, checkedAt, profileOf: profileLookup(library, run.library.profile) }));
}
