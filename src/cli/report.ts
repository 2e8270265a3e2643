import ExcelJS from "exceljs";
import type { FileOut } from "./check-file";
import type { CliLang } from "./i18n";
import { tr } from "./i18n";

/** Text starting with = + - @ would be taken for a formula by some readers: keep it as text. */
export function safeText(v: string | null | undefined): string {
  if (v === null || v === undefined) return "";
  return /^[=+\-@]/.test(v) ? `'${v}` : v;
}

const SEVERITY: Record<string, [string, string]> = { error: ["错误", "error"], warning: ["警告", "warning"], info: ["提示", "info"] };

function header(ws: ExcelJS.Worksheet, titles: string[], widths: number[]): void {
  ws.columns = titles.map((t, i) => ({ header: t, width: widths[i] ?? 12 }));
  const row = ws.getRow(1);
  row.font = { bold: true };
  row.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
  ws.views = [{ state: "frozen", ySplit: 1 }];
}

/** A reviewer's summary: one row per table (汇总), every issue with its file and cell (问题清单). */
export function buildReport(files: readonly FileOut[], lang: CliLang): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const t = (zh: string, en: string): string => tr(lang, zh, en);
  const sum = wb.addWorksheet(t("汇总", "Summary"));
  header(sum, [t("文件", "File"), t("工作表", "Sheet"), t("项目名称", "Project"), t("类型", "Kind"), t("指标数", "Indicators"), t("总分", "Total"), t("等级", "Grade"), t("错误", "Errors"), t("警告", "Warnings")], [40, 18, 30, 10, 8, 8, 8, 8, 8]);
  for (const f of files) {
    const count = (sev: string, sheet?: string): number => f.issues.filter((i) => i.severity === sev && (sheet === undefined || i.sheet === sheet || i.sheet === "")).length;
    if (f.error) {
      sum.addRow([safeText(f.file), "", safeText(f.error), "", null, null, null, 1, 0]);
      continue;
    }
    if (f.tables.length === 0) sum.addRow([safeText(f.file), "", "", "", 0, null, null, count("error"), count("warning")]);
    for (const tb of f.tables) {
      sum.addRow([safeText(f.file), safeText(tb.sheet), safeText(tb.project), tb.kind, tb.indicators, tb.score?.total ?? null, tb.score?.grade ?? null, count("error", tb.sheet), count("warning", tb.sheet)]);
    }
  }
  sum.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, sum.rowCount), column: 9 } };

  const list = wb.addWorksheet(t("问题清单", "Issues"));
  header(list, [t("文件", "File"), t("工作表", "Sheet"), t("单元格", "Cell"), t("级别", "Severity"), t("代码", "Code"), t("说明", "Message")], [40, 18, 8, 8, 26, 80]);
  for (const f of files) {
    if (f.error) list.addRow([safeText(f.file), "", "", t("错误", "error"), "file/unreadable", safeText(f.error)]);
    for (const i of f.issues) {
      const sev = SEVERITY[i.severity] ?? [i.severity, i.severity];
      list.addRow([safeText(f.file), safeText(i.sheet), i.cell ?? "", lang === "en" ? sev[1] : sev[0], i.code, safeText(i.message)]);
    }
  }
  list.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, list.rowCount), column: 6 } };
  return wb;
}
