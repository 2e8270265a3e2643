import { basename, resolve } from "node:path";
import { readWorkbookGrids } from "../../xlsx/read";
import { recognizeTables } from "../../core/table/recognize";
import { scoreOut, type ScoreOut } from "../check-file";
import { CliError } from "../errors";
import { tr, type CliLang } from "../i18n";
import type { CliIO } from "../io";
import { loadLibraryFile, resolveProfile } from "../library-file";
import { termSafe } from "../terminal";

export interface ScoreOptions {
  library?: string;
  profile?: string;
  json?: boolean;
}

export async function scoreCommand(file: string, opts: ScoreOptions, lang: CliLang, io: CliIO): Promise<number> {
  const t = (zh: string, en: string): string => tr(lang, zh, en);
  const library = await loadLibraryFile(opts.library, io.cwd);
  const full = resolve(io.cwd, file);
  const grids = await readWorkbookGrids(full, basename(full)).catch((e: Error) => {
    throw new CliError(lang === "en" ? (e.message.split(" / ")[1] ?? e.message) : e.message);
  });
  const { tables, problems } = recognizeTables(grids, { profiles: library.profiles });
  if (tables.length === 0) {
    throw new CliError(problems.map((p) => p.message).join("；") || t("未找到绩效指标表 / no indicator table found", "no indicator table found"), 1);
  }
  const out: { sheet: string; kind: string; profile: string; score: ScoreOut }[] = tables.map((table) => {
    const profile = resolveProfile(library, opts.profile ?? (table.meta.stamp?.profile || undefined));
    return { sheet: table.sheet, kind: table.kind, profile: profile.id, score: scoreOut(table, profile) };
  });
  if (opts.json) {
    io.stdout(`${JSON.stringify({ file, tables: out })}\n`);
    return 0;
  }
  const n = (x: number | null | undefined): string => (x === null || x === undefined ? "—" : String(Math.round(x * 100) / 100));
  for (const tb of out) {
    io.stdout(`${termSafe(file)} / ${termSafe(tb.sheet)} (${tb.kind}, ${tb.profile})\n`);
    for (const r of tb.score.rows) io.stdout(`  ${termSafe(r.name)}\t${t("分值", "weight")} ${n(r.weight)}\t${t("得分", "score")} ${n(r.score)}\n`);
    for (const s of tb.score.subtotals) io.stdout(`  ${t("小计", "subtotal")} ${termSafe(s.name)}\t${n(s.weight)}\t${n(s.score)}\n`);
    if (tb.score.budget) io.stdout(`  ${t("预算执行", "budget execution")}\t${t("执行率", "rate")} ${n(tb.score.budget.rate)}\t${n(tb.score.budget.weight)}\t${n(tb.score.budget.score)}\n`);
    io.stdout(`  ${t("总分", "total")} ${n(tb.score.total)}  ${t("等级", "grade")} ${termSafe(tb.score.grade ?? "—")}\n`);
  }
  return 0;
}
