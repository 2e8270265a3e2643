import { resolve } from "node:path";
import type { CheckContext, FileOut } from "../check-file";
import { makeContext } from "../check-file";
import type { LibraryPackage } from "../../core/library";
import { CliError } from "../errors";
import { tr, type CliLang } from "../i18n";
import { collectInputs } from "../inputs";
import type { CliIO } from "../io";
import { loadLibraryFile, resolveProfile } from "../library-file";
import { checkStream, chooseJobs, type InputFile } from "../pool";
import type * as ReportModule from "../report-sheets";
import type * as AnnotateModule from "../annotate";
import { humanFile, profileLookup, roundFile } from "../output-format";
import { termSafe } from "../terminal";
import { assertWritable, writeNew } from "./write";

export interface CheckOptions {
  library?: string;
  profile?: string;
  json?: boolean;
  report?: string;
  jobs?: number;
  force?: boolean;
  /** Folder for annotated copies (审核意见 sheet and cell notes); inputs are never written. */
  annotate?: string;
  /** List notes (提示) in the human report too; by default only their count is shown. */
  verbose?: boolean;
}

export interface CheckRun {
  library: { id: string; version: string; hash: string; profile: string };
  files: FileOut[];
}

interface Prepared {
  library: CheckRun["library"];
  inputs: InputFile[];
  each: (onResult: (f: FileOut) => void) => Promise<void>;
  /** The loaded library and the check context, for the report and the annotated copies. */
  pkg: LibraryPackage;
  ctx: CheckContext;
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
    pkg: library,
    ctx,
  };
}

/** Check many workbooks and keep every result (for callers that want them all; the command streams). */
export async function checkPaths(paths: readonly string[], opts: CheckOptions, lang: CliLang, cwd: string): Promise<CheckRun> {
  const p = await prepare(paths, opts, lang, cwd);
  const files: FileOut[] = [];
  await p.each((f) => files.push(f));
  return { library: p.library, files };
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
  const profileOf = profileLookup(p.pkg, p.library.profile);
  if (opts.json) write(`{"library":${JSON.stringify(p.library)},"files":[`);
  else write(`${t("指标库", "Library")} ${termSafe(p.library.id)}@${termSafe(p.library.version)}  ${t("规则", "profile")} ${termSafe(p.library.profile)}\n`);
  try {
    await p.each((f) => {
      const shown = roundFile(f, profileOf);
      if (opts.json) write(`${count > 0 ? "," : ""}${JSON.stringify(shown)}`);
      else write(humanFile(shown, lang, opts.verbose === true));
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
  // Annotated copies after the check, one file at a time; a file that fails is listed and the rest go on.
  let annotated: AnnotateModule.AnnotateResult[] | undefined;
  if (opts.annotate) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- exceljs loads only when asked, see main.ts
    const { annotateAll } = require("../annotate") as typeof AnnotateModule;
    annotated = await annotateAll(p.inputs, p.ctx, { outDir: resolve(io.cwd, opts.annotate), force: opts.force ?? false, library: p.library, lang });
  }
  if (opts.json) io.stdout(`]${annotated ? `,"annotated":${JSON.stringify(annotated)}` : ""}}\n`);
  else io.stdout(`\n${t(`共 ${count} 个文件：${errors} 个错误，${warnings} 个警告，${unreadable} 个无法读取`, `${count} files: ${errors} errors, ${warnings} warnings, ${unreadable} unreadable`)}\n`);
  if (reportPath) {
    // exceljs loads only when a report is asked for.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- deferred load, see main.ts
    const { buildReviewWorkbook } = require("../report-sheets") as typeof ReportModule;
    await writeNew(reportPath, writeOpts, (tmp) => buildReviewWorkbook(kept, p, p.pkg, io.cwd).xlsx.writeFile(tmp));
  }
  if (annotated && !opts.json) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- see above
    (require("../annotate") as typeof AnnotateModule).printAnnotated(annotated, lang, io);
  }
  return unreadable > 0 || annotated?.some((a) => a.error) ? 2 : errors > 0 ? 1 : 0;
}
