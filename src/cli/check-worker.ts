import { parentPort, workerData } from "node:worker_threads";
import { checkFile, makeContext } from "./check-file";
import { loadLibraryFile } from "./library-file";
import type { PoolSettings, PoolRequest, PoolReply } from "./pool";

const settings = workerData as PoolSettings;
// The library comes already parsed and validated from the main thread (a structured clone), so a
// worker starts without re-reading and re-validating it; without one it is loaded once per worker.
const ready = (settings.library ? Promise.resolve(settings.library) : loadLibraryFile(settings.libraryPath, settings.cwd)).then((lib) =>
  makeContext(lib, settings.lang, settings.profileId, settings.library ? settings.hash : undefined),
);

parentPort?.on("message", (req: PoolRequest) => {
  void ready
    .then((ctx) => checkFile(req.path, req.display, ctx))
    .then((result) => parentPort?.postMessage({ id: req.id, result } satisfies PoolReply))
    .catch((e: unknown) =>
      parentPort?.postMessage({ id: req.id, result: { file: req.display, error: (e as Error).message, tables: [], issues: [] } } satisfies PoolReply),
    );
});
