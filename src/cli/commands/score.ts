import { basename, resolve } from "node:path";
import { readWorkbookGrids } from "../../xlsx/read";
import { formatIssue } from "../../core/messages";
import { percent } from "../../core/review";
import { roundScore } from "../output-format";
import { reviewOf } from "../../core/profiles/schema";
import { analyzeForCli, makeContext, scoreOut, type ScoreOut } from "../check-file";
import { CliError } from "../errors";
import { tr, type CliLang } from "../i18n";
import type { CliIO } from "../io";
import { loadLibraryFile } from "../library-file";
import { termSafe } from "../terminal";
import { WorkbookReadError } from "../../xlsx/errors";
import { scoreLiveCommand, type ScoreLiveOptions } from "./score-live";

export interface ScoreOptions extends ScoreLiveOptions {
  library?: string;
  profile?: string;
  json?: boolean;
  live?: boolean;
}

const STATE_ZH: Record<ScoreOut["state"], string> = {
  scored: "",
  goal: "目标表，不计分",
  "no-data": "没有实际完成值，无法计分",
  "no-weights": "没有分值，无法计算总分",
  incomplete: "有指标无法计分，不给出总分",
  "weight-sum": "分值合计不足满分，不给出总分",
};
const STATE_EN: Record<ScoreOut["state"], string> = {
  scored: "",
  goal: "goal table: not scored",
  "no-data": "no actual values: nothing to score",
  "no-weights": "no weights: no total",
  incomplete: "some rows cannot be scored: no total",
  "weight-sum": "the weights fall short of the full marks: no total",
};

export async function scoreCommand(file: string, opts: ScoreOptions, lang: CliLang, io: CliIO): Promise<number> {
  if (opts.live || opts.removeLive) return scoreLiveCommand(file, opts, lang, io);
  const t = (zh: string, en: string): string => tr(lang, zh, en);
  const library = await loadLibraryFile(opts.library, io.cwd);
  const ctx = makeContext(library, lang, opts.profile);
  const full = resolve(io.cwd, file);
  const grids = await readWorkbookGrids(full, basename(full)).catch((e: Error) => {
    throw new CliError(e instanceof WorkbookReadError ? e.text(lang) : e.message);
  });
  const analysis = analyzeForCli(grids, ctx);
  if (analysis.tables.length === 0) {
    const why = analysis.issues.filter((i) => i.severity === "error").map((i) => formatIssue(i, lang === "en" ? "en" : "zh-CN"));
    throw new CliError(why.join("；") || t("未找到绩效指标表 / no indicator table found", "no indicator table found"), 1);
  }
  const out: { sheet: string; kind: string; profile: string; score: ScoreOut }[] = analysis.tables.map(({ table, profile, score }) => ({
    sheet: table.sheet,
    kind: table.kind,
    profile: profile.id,
    // Rounded to the profile's digits (rate to 4 decimals); the unrounded total and rate under `raw`.
    score: roundScore(scoreOut(score), reviewOf(profile).scoreDigits),
  }));
  if (opts.json) {
    io.stdout(`${JSON.stringify({ file, tables: out })}\n`);
    return 0;
  }
  const n = (x: number | null | undefined): string => (x === null || x === undefined ? "—" : String(Math.round(x * 100) / 100));
  for (const tb of out) {
    io.stdout(`${termSafe(file)} / ${termSafe(tb.sheet)} (${tb.kind}, ${tb.profile})\n`);
    for (const r of tb.score.rows) io.stdout(`  ${termSafe(r.name)}\t${t("分值", "weight")} ${n(r.weight)}\t${t("得分", "score")} ${n(r.score)}${r.typed ? t("（按填报）", " (as typed)") : ""}\n`);
    for (const s of tb.score.subtotals) io.stdout(`  ${t("小计", "subtotal")} ${termSafe(s.name)}\t${n(s.weight)}\t${n(s.score)}\n`);
    if (tb.score.budget) io.stdout(`  ${t("预算执行", "budget execution")}\t${t("执行率", "rate")} ${tb.score.budget.rate === null ? "—" : percent(tb.score.budget.rate)}\t${n(tb.score.budget.weight)}\t${n(tb.score.budget.score)}\n`);
    const why = lang === "en" ? STATE_EN[tb.score.state] : STATE_ZH[tb.score.state];
    const capped = tb.score.cap != null ? `  (${t("按执行率封顶", "capped by execution rate at")} ${tb.score.cap})` : "";
    io.stdout(`  ${t("总分", "total")} ${n(tb.score.total)}  ${t("等级", "grade")} ${termSafe(tb.score.grade ?? "—")}${why ? `  (${why})` : ""}${capped}\n`);
  }
  return 0;
}
