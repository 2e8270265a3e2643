import { parentPort, workerData } from "node:worker_threads";
import { checkFile, makeContext } from "./check-file";
import { loadLibraryFile } from "./library-file";
import type { PoolSettings, PoolRequest, PoolReply } from "./pool";

const settings = workerData as PoolSettings;
// The library is parsed once per worker, not once per file.
const ready = loadLibraryFile(settings.libraryPath, settings.cwd).then((lib) => makeContext(lib, settings.lang, settings.profileId));

parentPort?.on("message", (req: PoolRequest) => {
  void ready
    .then((ctx) => checkFile(req.path, req.display, ctx))
    .then((result) => parentPort?.postMessage({ id: req.id, result } satisfies PoolReply))
    .catch((e: unknown) =>
      parentPort?.postMessage({ id: req.id, result: { file: req.display, error: (e as Error).message, tables: [], issues: [] } } satisfies PoolReply),
    );
});
