import { percent, roundTo, sortIssues } from "../core/review";
import type { Profile } from "../core/profiles/schema";
import type { FileOut, IssueOut, ScoreOut } from "./check-file";
import { tr, type CliLang } from "./i18n";
import type { CliIO } from "./io";

/** Rates are fractions; four decimals keep a percentage with two (93.47%). */
const RATE_DIGITS = 4;

const r = (x: number | null, d: number): number | null => (x === null ? null : roundTo(x, d));

/**
 * A score rounded for people and JSON: scores to the profile's digits, the rate to four decimals, so no
 * float noise (0.9299999999999999) reaches a report. The unrounded total and rate stay under `raw`.
 */
export function roundScore(s: ScoreOut, digits: number): ScoreOut & { raw: { total: number | null; budgetRate: number | null } } {
  return {
    ...s,
    rows: s.rows.map((x) => ({ ...x, weight: r(x.weight, digits), score: r(x.score, digits) })),
    subtotals: s.subtotals.map((x) => ({ ...x, weight: roundTo(x.weight, digits), score: roundTo(x.score, digits) })),
    budget: s.budget ? { rate: r(s.budget.rate, RATE_DIGITS), weight: roundTo(s.budget.weight, digits), score: r(s.budget.score, digits) } : null,
    total: r(s.total, digits),
    raw: { total: s.total, budgetRate: s.budget?.rate ?? null },
  };
}

/** Every table's score in a batch rounded by its own profile. */
export function roundFiles(files: readonly FileOut[], profileOf: (id: string) => Profile): FileOut[] {
  return files.map((f) => ({ ...f, tables: f.tables.map((t) => (t.score ? { ...t, score: roundScore(t.score, profileOf(t.profile).review.scoreDigits) } : t)) }));
}

const SEV: Record<string, [string, string]> = { error: ["错误", "error"], warning: ["警告", "warning"], info: ["提示", "info"] };

/** Issues of one file grouped by table (workbook-wide ones first), each group errors, then warnings, then notes. */
export function groupIssues(f: FileOut): { table: number | undefined; issues: IssueOut[] }[] {
  const keys = [undefined, ...f.tables.map((_, i) => i)];
  return keys
    .map((k) => ({ table: k, issues: sortIssues(f.issues.filter((i) => i.table === k)) }))
    .filter((g) => g.issues.length > 0);
}

export function printCheckHuman(run: { library: { id: string; version: string; profile: string }; files: FileOut[] }, lang: CliLang, io: CliIO): void {
  const t = (zh: string, en: string): string => tr(lang, zh, en);
  io.stdout(`${t("指标库", "Library")} ${run.library.id}@${run.library.version}  ${t("规则", "profile")} ${run.library.profile}\n`);
  for (const f of run.files) {
    io.stdout(`\n${f.file}\n`);
    if (f.error) {
      io.stdout(`  ${t("无法读取", "unreadable")}: ${f.error}\n`);
      continue;
    }
    for (const g of groupIssues(f)) {
      const tb = g.table !== undefined ? f.tables[g.table] : undefined;
      if (tb) {
        const s = tb.score;
        const total = s ? `  ${t("得分", "score")} ${s.total ?? "—"} ${s.grade ?? ""}` : "";
        const rate = s?.budget?.rate != null ? `  ${t("执行率", "execution")} ${percent(s.budget.rate)}` : "";
        io.stdout(`  ${t("表", "table")} ${tb.sheet} (${tb.kind}, ${tb.indicators} ${t("项指标", "indicators")})${total}${rate}\n`);
      } else io.stdout(`  ${t("工作簿", "workbook")}\n`);
      for (const i of g.issues) {
        const sev = SEV[i.severity] ?? [i.severity, i.severity];
        const where = i.cell ? `${i.sheet}!${i.cell}` : i.sheet;
        io.stdout(`    [${lang === "en" ? sev[1] : sev[0]}] ${i.code} ${where}  ${i.message}\n`);
      }
    }
    // Tables without issues still get their line.
    f.tables.forEach((tb, k) => {
      if (f.issues.some((i) => i.table === k)) return;
      const s = tb.score;
      const total = s ? `  ${t("得分", "score")} ${s.total ?? "—"} ${s.grade ?? ""}` : "";
      const rate = s?.budget?.rate != null ? `  ${t("执行率", "execution")} ${percent(s.budget.rate)}` : "";
      io.stdout(`  ${t("表", "table")} ${tb.sheet} (${tb.kind}, ${tb.indicators} ${t("项指标", "indicators")})${total}${rate}  ${t("未发现问题", "no issues")}\n`);
    });
  }
  const errors = run.files.reduce((n, f) => n + f.issues.filter((i) => i.severity === "error").length, 0);
  const warnings = run.files.reduce((n, f) => n + f.issues.filter((i) => i.severity === "warning").length, 0);
  const unreadable = run.files.filter((f) => f.error).length;
  io.stdout(
    `\n${t(`共 ${run.files.length} 个文件：${errors} 个错误，${warnings} 个警告，${unreadable} 个无法读取`, `${run.files.length} files: ${errors} errors, ${warnings} warnings, ${unreadable} unreadable`)}\n`,
  );
}
