import { readdir, stat } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import type { InputFile } from "./pool";

const WORKBOOK = /\.(xlsx|xlsm)$/i;
/** Excel's lock files (~$name.xlsx) sit beside open workbooks and are not workbooks. */
const LOCK = /^~\$/;

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) await walk(p, out);
    else if (e.isFile() && WORKBOOK.test(e.name) && !LOCK.test(e.name)) out.push(p);
  }
}

/**
 * Files named on the command line, directories walked for workbooks in a stable (sorted) order.
 * A path that does not exist is kept so that the check reports it as unreadable.
 */
export async function collectInputs(args: readonly string[], cwd: string): Promise<InputFile[]> {
  const files: string[] = [];
  for (const a of args) {
    const full = resolve(cwd, a);
    const s = await stat(full).catch(() => null);
    if (s?.isDirectory()) await walk(full, files);
    else files.push(full);
  }
  const seen = new Set<string>();
  return files
    .filter((f) => (seen.has(f) ? false : (seen.add(f), true)))
    .map((f) => ({ path: f, display: relative(cwd, f) || f }));
}
