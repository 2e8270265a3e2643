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
import { annotateAll, printAnnotated } from "../annotate";
import { printCheckHuman, roundFiles } from "../output-format";
import { buildReviewWorkbook, profileLookup } from "../report-sheets";
import { writeNew } from "./write";

export interface CheckOptions {
  library?: string;
  profile?: string;
  json?: boolean;
  report?: string;
  jobs?: number;
  force?: boolean;
  /** Folder for annotated copies (审核意见 sheet and cell notes); inputs are never written. */
  annotate?: string;
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

/** Exit 2 when some input could not be read, 1 when some issue is an error, else 0. */
export function exitCodeOf(run: CheckRun): number {
  if (run.files.some((f) => f.error)) return 2;
  return run.files.some((f) => f.issues.some((i) => i.severity === "error")) ? 1 : 0;
}

export async function checkCommand(paths: readonly string[], opts: CheckOptions, lang: CliLang, io: CliIO): Promise<number> {
  const run = await checkPaths(paths, opts, lang, io.cwd);
  const library = await loadLibraryFile(opts.library, io.cwd);
  const shown = { ...run, files: roundFiles(run.files, profileLookup(library, run.library.profile)) };
  if (opts.report) await writeNew(resolve(io.cwd, opts.report), opts.force ?? true, lang, (p) => buildReviewWorkbook(run.files, run, library, io.cwd).xlsx.writeFile(p));
  const annotated = opts.annotate ? await annotateAll(await collectInputs(paths, io.cwd), makeContext(library, lang, opts.profile), { outDir: resolve(io.cwd, opts.annotate), force: opts.force ?? false, library: run.library, lang }) : undefined;
  if (opts.json) io.stdout(`${JSON.stringify(annotated ? { ...shown, annotated } : shown)}\n`);
  else {
    printCheckHuman(shown, lang, io);
    if (annotated) printAnnotated(annotated, lang, io);
  }
  return annotated?.some((a) => a.error) ? 2 : exitCodeOf(run);
}
