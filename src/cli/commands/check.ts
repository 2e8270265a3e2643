import { resolve } from "node:path";
import { libraryHash } from "../../core/library";
import type { FileOut } from "../check-file";
import { makeContext } from "../check-file";
import { CliError } from "../errors";
import { tr, type CliLang } from "../i18n";
import { collectInputs } from "../inputs";
import type { CliIO } from "../io";
import { loadLibraryFile, resolveProfile } from "../library-file";
import { checkInPool, checkSequential, defaultJobs, POOL_THRESHOLD, type InputFile } from "../pool";
import { buildReport } from "../report";
import { writeNew } from "./write";

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

/** Check many workbooks; the pool is used for larger batches (or when jobs is given). */
export async function checkPaths(paths: readonly string[], opts: CheckOptions, lang: CliLang, cwd: string): Promise<CheckRun> {
  const library = await loadLibraryFile(opts.library, cwd);
  const profile = resolveProfile(library, opts.profile);
  const inputs: InputFile[] = await collectInputs(paths, cwd);
  if (inputs.length === 0) throw new CliError(tr(lang, "没有找到要检查的 .xlsx / .xlsm 文件 / no .xlsx or .xlsm files to check", "no .xlsx or .xlsm files to check"));
  const jobs = opts.jobs ?? (inputs.length >= POOL_THRESHOLD ? defaultJobs() : 1);
  const files =
    jobs > 1
      ? await checkInPool(inputs, jobs, {
          ...(opts.library ? { libraryPath: resolve(cwd, opts.library) } : {}),
          cwd,
          lang,
          ...(opts.profile ? { profileId: opts.profile } : {}),
        })
      : await checkSequential(inputs, makeContext(library, lang, opts.profile));
  return { library: { id: library.meta.id, version: library.meta.version, hash: libraryHash(library), profile: profile.id }, files };
}

const SEV: Record<string, [string, string]> = { error: ["错误", "error"], warning: ["警告", "warning"], info: ["提示", "info"] };

function printHuman(run: CheckRun, lang: CliLang, io: CliIO): void {
  const t = (zh: string, en: string): string => tr(lang, zh, en);
  io.stdout(`${t("指标库", "Library")} ${run.library.id}@${run.library.version}  ${t("规则", "profile")} ${run.library.profile}\n`);
  for (const f of run.files) {
    io.stdout(`\n${f.file}\n`);
    if (f.error) {
      io.stdout(`  ${t("无法读取", "unreadable")}: ${f.error}\n`);
      continue;
    }
    for (const tb of f.tables) {
      const total = tb.score?.total;
      const score = tb.score ? `  ${t("得分", "score")} ${total === null || total === undefined ? "—" : Math.round(total * 100) / 100} ${tb.score.grade ?? ""}` : "";
      io.stdout(`  ${t("表", "table")} ${tb.sheet} (${tb.kind}, ${tb.indicators} ${t("项指标", "indicators")})${score}\n`);
    }
    for (const i of f.issues) {
      const sev = SEV[i.severity] ?? [i.severity, i.severity];
      const where = i.cell ? `${i.sheet}!${i.cell}` : i.sheet;
      io.stdout(`  [${lang === "en" ? sev[1] : sev[0]}] ${i.code} ${where}  ${i.message}\n`);
    }
  }
  const errors = run.files.reduce((n, f) => n + f.issues.filter((i) => i.severity === "error").length, 0);
  const warnings = run.files.reduce((n, f) => n + f.issues.filter((i) => i.severity === "warning").length, 0);
  const unreadable = run.files.filter((f) => f.error).length;
  io.stdout(
    `\n${t(`共 ${run.files.length} 个文件：${errors} 个错误，${warnings} 个警告，${unreadable} 个无法读取`, `${run.files.length} files: ${errors} errors, ${warnings} warnings, ${unreadable} unreadable`)}\n`,
  );
}

/** Exit 2 when some input could not be read, 1 when some issue is an error, else 0. */
export function exitCodeOf(run: CheckRun): number {
  if (run.files.some((f) => f.error)) return 2;
  return run.files.some((f) => f.issues.some((i) => i.severity === "error")) ? 1 : 0;
}

export async function checkCommand(paths: readonly string[], opts: CheckOptions, lang: CliLang, io: CliIO): Promise<number> {
  const run = await checkPaths(paths, opts, lang, io.cwd);
  if (opts.report) await writeNew(resolve(io.cwd, opts.report), opts.force ?? true, lang, (p) => buildReport(run.files, lang).xlsx.writeFile(p));
  if (opts.json) io.stdout(`${JSON.stringify(run)}\n`);
  else printHuman(run, lang, io);
  return exitCodeOf(run);
}
