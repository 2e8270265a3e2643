import { percent, roundTo, sortIssues } from "../core/review";
import type { Profile } from "../core/profiles/schema";
import type { FileOut, IssueOut, ScoreOut } from "./check-file";
import { tr, type CliLang } from "./i18n";
import type { LibraryPackage } from "../core/library";
import { BUILTIN_PROFILES } from "../core/profiles/builtin";
import { reviewOf } from "../core/profiles/schema";
import { resolveProfile } from "./library-file";
import { termSafe } from "./terminal";

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

/** A file's table scores rounded, each by its own profile. */
export function roundFile(f: FileOut, profileOf: (id: string) => Profile): FileOut {
  return { ...f, tables: f.tables.map((t) => (t.score ? { ...t, score: roundScore(t.score, reviewOf(profileOf(t.profile)).scoreDigits) } : t)) };
}

/** The library's profiles first, then the built-in ones, then the run's profile for an unknown id. */
export function profileLookup(library: LibraryPackage, runProfile: string): (id: string) => Profile {
  const fallback = resolveProfile(library, runProfile);
  return (id) => library.profiles.find((p) => p.id === id) ?? BUILTIN_PROFILES.find((p) => p.id === id) ?? fallback;
}

const SEV: Record<string, [string, string]> = { error: ["错误", "error"], warning: ["警告", "warning"], info: ["提示", "info"] };

/** Issues of one file grouped by table (workbook-wide ones first), each group errors, then warnings, then notes. */
export function groupIssues(f: FileOut): { table: number | undefined; issues: IssueOut[] }[] {
  const keys = [undefined, ...f.tables.map((_, i) => i)];
  const byTable = new Map<number | undefined, IssueOut[]>(keys.map((k) => [k, []]));
  for (const i of f.issues) byTable.get(i.table)?.push(i);
  return keys.map((k) => ({ table: k, issues: sortIssues(byTable.get(k) ?? []) })).filter((g) => g.issues.length > 0 || g.table !== undefined);
}

/**
 * One file's lines of the human report: per table its score and execution rate (as %), then its issues, errors first.
 * Notes (提示) are listed only when `verbose`: a reviewer going through a hundred files reads errors and warnings,
 * and a line saying how many notes were held back keeps them one flag away. Workbook texts go through termSafe.
 */
export function humanFile(f: FileOut, lang: CliLang, verbose = false): string {
  const t = (zh: string, en: string): string => tr(lang, zh, en);
  let s = `\n${termSafe(f.file)}\n`;
  if (f.error) return `${s}  ${t("无法读取", "unreadable")}: ${termSafe(f.error)}\n`;
  for (const g of groupIssues(f)) {
    const tb = g.table !== undefined ? f.tables[g.table] : undefined;
    if (tb) {
      const sc = tb.score;
      const total = sc ? `  ${t("得分", "score")} ${sc.total ?? "—"} ${termSafe(sc.grade ?? "")}` : "";
      const rate = sc?.budget?.rate != null ? `  ${t("执行率", "execution")} ${percent(sc.budget.rate)}` : "";
      s += `  ${t("表", "table")} ${termSafe(tb.sheet)} (${tb.kind}, ${tb.indicators} ${t("项指标", "indicators")}, ${t("规则", "profile")} ${tb.profile})${total}${rate}\n`;
    } else s += `  ${t("工作簿", "workbook")}\n`;
    const listed = verbose ? g.issues : g.issues.filter((i) => i.severity !== "info");
    for (const i of listed) {
      const sev = SEV[i.severity] ?? [i.severity, i.severity];
      const where = i.cell ? `${i.sheet}!${i.cell}` : i.sheet;
      s += `    [${lang === "en" ? sev[1] : sev[0]}] ${i.code} ${termSafe(where)}  ${termSafe(i.message)}\n`;
    }
    const held = g.issues.length - listed.length;
    if (held > 0) s += `    ${t(`（另有 ${held} 条提示，加 --verbose 查看）`, `(${held} more note${held === 1 ? "" : "s"}; add --verbose to list)`)}\n`;
  }
  return s;
}
