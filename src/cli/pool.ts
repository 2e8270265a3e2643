import { existsSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { CheckContext, FileOut } from "./check-file";
import { checkFile } from "./check-file";
import type { LibraryPackage } from "../core/library";
import type { CliLang } from "./i18n";
import { coreCount } from "./jobs";

export interface PoolSettings {
  /** The library, parsed once in the main thread; workers load libraryPath only without it. */
  library?: LibraryPackage;
  /** That library's content hash, so workers need not recompute it. */
  hash?: string;
  libraryPath?: string;
  cwd: string;
  profileId?: string;
  lang: CliLang;
}

export interface PoolRequest {
  id: number;
  path: string;
  display: string;
}

export interface PoolReply {
  id: number;
  result: FileOut;
}

export interface InputFile {
  path: string;
  display?: string;
  /** Known unreadable before reading (a folder without permission): reported as is. */
  error?: string;
}

const shown = (f: InputFile): string => f.display ?? f.path;
const failed = (f: InputFile): FileOut => ({ file: shown(f), error: f.error, tables: [], issues: [] });

/** One input checked in this thread. */
async function checkOne(f: InputFile, ctx: CheckContext): Promise<FileOut> {
  return f.error ? failed(f) : checkFile(f.path, shown(f), ctx);
}

/**
 * Below this many files a pool costs more to start than it saves: a worker starts in ~0.2 s (its
 * bundle, the library handed over), one self-evaluation checks in ~3–4 ms (bench/cli.bench.ts).
 */
export const POOL_THRESHOLD = 400;

export function defaultJobs(): number {
  return coreCount();
}

/**
 * Fewest cores for a default pool. On the 2-core machine this project is measured on, the pool lost
 * at every size (1,000 files: 4.4 s in one thread, 8.5 s with two workers, the main thread and the
 * workers competing for the same two cores), so a pool is only the default with cores to spare.
 */
export const POOL_MIN_CORES = 4;

/** Workers to use: --jobs when given (already validated), else a pool only for big batches on enough cores. */
export function chooseJobs(files: number, requested?: number, cores = coreCount()): number {
  if (requested !== undefined) return requested;
  return files >= POOL_THRESHOLD && cores >= POOL_MIN_CORES ? cores - 1 : 1;
}

/**
 * The worker script: the precompiled bundle beside the command's bundle (dist-cli/worker.cjs) when
 * running built; the TypeScript entry through tsx when running from source (tests, bench).
 */
function workerScript(): string {
  const built = join(__dirname, "worker.cjs");
  return existsSync(built) ? built : join(__dirname, "worker.js");
}

/**
 * Check files over worker threads; `onResult` is called in input order whatever order workers finish
 * in, and a result is dropped as soon as it has been handed on.
 */
export async function checkInPoolStream(files: readonly InputFile[], jobs: number, settings: PoolSettings, onResult: (f: FileOut) => void): Promise<void> {
  const pending = new Map<number, FileOut>();
  let emitted = 0;
  const flush = (): void => {
    while (pending.has(emitted)) {
      const f = pending.get(emitted) as FileOut;
      pending.delete(emitted++);
      onResult(f);
    }
  };
  const size = Math.max(1, Math.min(jobs, files.length));
  let next = 0;
  const workers: Worker[] = [];
  const script = workerScript();
  try {
    await Promise.all(
      Array.from({ length: size }, () =>
        new Promise<void>((resolve, reject) => {
          const w = new Worker(script, { workerData: settings });
          workers.push(w);
          const feed = (): void => {
            // Inputs already known to be unreadable are reported without a round trip to a worker.
            while (next < files.length && (files[next] as InputFile).error) {
              pending.set(next, failed(files[next] as InputFile));
              next++;
            }
            flush();
            if (next >= files.length) {
              resolve();
              return;
            }
            const id = next++;
            const f = files[id] as InputFile;
            w.postMessage({ id, path: f.path, display: shown(f) } satisfies PoolRequest);
          };
          w.on("message", (m: PoolReply) => {
            pending.set(m.id, m.result);
            flush();
            feed();
          });
          w.on("error", reject);
          w.on("exit", (code) => {
            if (code !== 0) reject(new Error(`检查进程异常退出（${code}）/ worker exited with code ${code}`));
          });
          feed();
        }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  flush();
}

/** Check files over worker threads; results in input order (kept for callers that want them all). */
export async function checkInPool(files: readonly InputFile[], jobs: number, settings: PoolSettings): Promise<FileOut[]> {
  const out: FileOut[] = [];
  await checkInPoolStream(files, jobs, settings, (f) => out.push(f));
  return out;
}

/** In-process, one file after another (small batches, tests). */
export async function checkSequential(files: readonly InputFile[], ctx: CheckContext): Promise<FileOut[]> {
  const out: FileOut[] = [];
  for (const f of files) out.push(await checkOne(f, ctx));
  return out;
}

/** Sequential or pooled by `jobs`; either way results reach `onResult` one at a time, in input order. */
export async function checkStream(files: readonly InputFile[], jobs: number, ctx: CheckContext, settings: PoolSettings, onResult: (f: FileOut) => void): Promise<void> {
  if (jobs > 1 && files.length > 1) return checkInPoolStream(files, jobs, settings, onResult);
  for (const f of files) onResult(await checkOne(f, ctx));
}
