import { resolve } from "node:path";
import type { FileOut } from "../check-file";
import { makeContext } from "../check-file";
import { CliError } from "../errors";
import { tr, type CliLang } from "../i18n";
import { collectInputs } from "../inputs";
import type { CliIO } from "../io";
import { loadLibraryFile, resolveProfile } from "../library-file";
import { checkStream, chooseJobs, type InputFile } from "../pool";
import type * as ReportModule from "../report";
import { termSafe } from "../terminal";
import { assertWritable, writeNew } from "./write";

export interface CheckOptions {
  library?: string;
  profile?: string;
  json?: boolean;
  report?: string;
  jobs?: number;
  force?: boolean;
}

export interface CheckRun {
  library: { id: string; version: string; hash: string; profile: string };
  files: FileOut[];
}

interface Prepared {
  library: CheckRun["library"];
  inputs: InputFile[];
  each: (onResult: (f: FileOut) => void) => Promise<void>;
}

async function prepare(paths: readonly string[], opts: CheckOptions, lang: CliLang, cwd: string): Promise<Prepared> {
  const library = await loadLibraryFile(opts.library, cwd);
  const profile = resolveProfile(library, opts.profile);
  const inputs: InputFile[] = await collectInputs(paths, cwd, lang);
  if (inputs.length === 0) throw new CliError(tr(lang, "没有找到要检查的 .xlsx / .xlsm 文件 / no .xlsx or .xlsm files to check", "no .xlsx or .xlsm files to check"));
  const jobs = chooseJobs(inputs.length, opts.jobs);
  const ctx = makeContext(library, lang, opts.profile);
  // Workers are handed the hash (computed once here) only when there are workers.
  const settings = { library, ...(jobs > 1 ? { hash: ctx.hash() } : {}), cwd, lang, ...(opts.profile ? { profileId: opts.profile } : {}) };
  return {
    library: {
      id: library.meta.id,
      version: library.meta.version,
      // A getter: JSON output and the report read it; a plain human run never computes it.
      get hash(): string {
        return ctx.hash();
      },
      profile: profile.id,
    },
    inputs,
    each: (onResult) => checkStream(inputs, jobs, ctx, settings, onResult),
  };
}

/** Check many workbooks and keep every result (for callers that want them all; the command streams). */
export async function checkPaths(paths: readonly string[], opts: CheckOptions, lang: CliLang, cwd: string): Promise<CheckRun> {
  const p = await prepare(paths, opts, lang, cwd);
  const files: FileOut[] = [];
  await p.each((f) => files.push(f));
  return { library: p.library, files };
}

const SEV: Record<string, [string, string]> = { error: ["错误", "error"], warning: ["警告", "warning"], info: ["提示", "info"] };

/** One file's lines of the human report; every text from a workbook goes through termSafe. */
function humanFile(f: FileOut, lang: CliLang): string {
  const t = (zh: string, en: string): string => tr(lang, zh, en);
  let s = `\n${termSafe(f.file)}\n`;
  if (f.error) return `${s}  ${t("无法读取", "unreadable")}: ${termSafe(f.error)}\n`;
  for (const tb of f.tables) {
    const total = tb.score?.total;
    const score = tb.score ? `  ${t("得分", "score")} ${total === null || total === undefined ? "—" : Math.round(total * 100) / 100} ${termSafe(tb.score.grade ?? "")}` : "";
    s += `  ${t("表", "table")} ${termSafe(tb.sheet)} (${tb.kind}, ${tb.indicators} ${t("项指标", "indicators")}, ${t("规则", "profile")} ${tb.profile})${score}\n`;
  }
  for (const i of f.issues) {
    const sev = SEV[i.severity] ?? [i.severity, i.severity];
    const where = i.cell ? `${i.sheet}!${i.cell}` : i.sheet;
    s += `  [${lang === "en" ? sev[1] : sev[0]}] ${i.code} ${termSafe(where)}  ${termSafe(i.message)}\n`;
  }
  return s;
}

/** Exit 2 when some input could not be read, 1 when some issue is an error, else 0. */
export function exitCodeOf(run: Pick<CheckRun, "files">): number {
  if (run.files.some((f) => f.error)) return 2;
  return run.files.some((f) => f.issues.some((i) => i.severity === "error")) ? 1 : 0;
}

/**
 * `jixiao check`: results are printed as each file is done (in input order), so a folder of thousands
 * of workbooks never sits in memory; only the small per-file results are kept, and only for --report.
 */
export async function checkCommand(paths: readonly string[], opts: CheckOptions, lang: CliLang, io: CliIO): Promise<number> {
  const t = (zh: string, en: string): string => tr(lang, zh, en);
  const p = await prepare(paths, opts, lang, io.cwd);
  const reportPath = opts.report ? resolve(io.cwd, opts.report) : null;
  const writeOpts = { force: opts.force ?? false, lang, inputs: [...p.inputs.map((f) => f.path), ...(opts.library ? [resolve(io.cwd, opts.library)] : [])] };
  // Refuse a report that would replace an input or an existing file before checking anything.
  if (reportPath) await assertWritable(reportPath, writeOpts);
  // Output goes out in blocks of ~32 KB: one write per file cost more than reading the file.
  let pendingOut = "";
  const flushOut = (): void => {
    if (pendingOut) io.stdout(pendingOut);
    pendingOut = "";
  };
  const write = (text: string): void => {
    pendingOut += text;
    if (pendingOut.length > 32_768) flushOut();
  };
  const kept: FileOut[] = [];
  let errors = 0;
  let warnings = 0;
  let unreadable = 0;
  let count = 0;
  if (opts.json) write(`{"library":${JSON.stringify(p.library)},"files":[`);
  else write(`${t("指标库", "Library")} ${termSafe(p.library.id)}@${termSafe(p.library.version)}  ${t("规则", "profile")} ${termSafe(p.library.profile)}\n`);
  try {
    await p.each((f) => {
      if (opts.json) write(`${count > 0 ? "," : ""}${JSON.stringify(f)}`);
      else write(humanFile(f, lang));
      count++;
      if (f.error) unreadable++;
      for (const i of f.issues) {
        if (i.severity === "error") errors++;
        else if (i.severity === "warning") warnings++;
      }
      if (reportPath) kept.push(f);
    });
  } finally {
    flushOut();
  }
  if (opts.json) io.stdout("]}\n");
  else io.stdout(`\n${t(`共 ${count} 个文件：${errors} 个错误，${warnings} 个警告，${unreadable} 个无法读取`, `${count} files: ${errors} errors, ${warnings} warnings, ${unreadable} unreadable`)}\n`);
  if (reportPath) {
    // exceljs loads only when a report is asked for.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- deferred load, see main.ts
    const { buildReport } = require("../report") as typeof ReportModule;
    await writeNew(reportPath, writeOpts, (tmp) => buildReport(kept, lang).xlsx.writeFile(tmp));
  }
  return unreadable > 0 ? 2 : errors > 0 ? 1 : 0;
}
