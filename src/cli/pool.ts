import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { CheckContext, FileOut } from "./check-file";
import { checkFile } from "./check-file";
import type { CliLang } from "./i18n";

export interface PoolSettings {
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
  display: string;
}

/** Below this many files a pool costs more to start than it saves. */
export const POOL_THRESHOLD = 8;

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/** Check files over worker threads; results come back in input order whatever order workers finish in. */
export async function checkInPool(files: readonly InputFile[], jobs: number, settings: PoolSettings): Promise<FileOut[]> {
  const results: FileOut[] = new Array<FileOut>(files.length);
  const size = Math.max(1, Math.min(jobs, files.length));
  let next = 0;
  const workers: Worker[] = [];
  try {
    await Promise.all(
      Array.from({ length: size }, () =>
        new Promise<void>((resolve, reject) => {
          const w = new Worker(join(__dirname, "worker.js"), { workerData: settings });
          workers.push(w);
          const feed = (): void => {
            if (next >= files.length) {
              resolve();
              return;
            }
            const id = next++;
            const f = files[id] as InputFile;
            w.postMessage({ id, path: f.path, display: f.display } satisfies PoolRequest);
          };
          w.on("message", (m: PoolReply) => {
            results[m.id] = m.result;
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
  return results;
}

/** In-process, one file after another (small batches, tests). */
export async function checkSequential(files: readonly InputFile[], ctx: CheckContext): Promise<FileOut[]> {
  const out: FileOut[] = [];
  for (const f of files) out.push(await checkFile(f.path, f.display, ctx));
  return out;
}
