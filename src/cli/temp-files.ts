import { unlinkSync } from "node:fs";

/**
 * Temporary files being written right now. If the run is interrupted (Ctrl-C, kill), they are removed
 * before the process ends, so an interrupted write leaves neither a partial file nor a stray temporary.
 */
const live = new Set<string>();
let installed = false;

function cleanUp(): void {
  for (const p of live) {
    try {
      unlinkSync(p);
    } catch {
      // already gone
    }
  }
  live.clear();
}

function install(): void {
  if (installed) return;
  installed = true;
  for (const [signal, code] of [["SIGINT", 130], ["SIGTERM", 143], ["SIGHUP", 129]] as const) {
    process.once(signal, () => {
      cleanUp();
      process.exit(code);
    });
  }
  process.once("exit", cleanUp);
}

export function trackTemp(path: string): void {
  install();
  live.add(path);
}

export function untrackTemp(path: string): void {
  live.delete(path);
}
