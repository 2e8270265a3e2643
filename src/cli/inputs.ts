import { readdir, realpath, stat } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { tr, type CliLang } from "./i18n";
import type { InputFile } from "./pool";

const WORKBOOK = /\.(xlsx|xlsm)$/i;
/** Excel's lock files (~$name.xlsx) sit beside open workbooks and are not workbooks. */
const LOCK = /^~\$/;

const noPermission = (lang: CliLang): string => tr(lang, "无法读取：没有权限 / cannot read: permission denied", "cannot read: permission denied");

interface Walk {
  out: InputFile[];
  /** Real paths of the folders entered, so a symlink loop is walked once. */
  seen: Set<string>;
  lang: CliLang;
}

function errorText(e: unknown, lang: CliLang): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "EACCES" || code === "EPERM") return noPermission(lang);
  return tr(lang, `无法读取：${(e as Error).message} / cannot read`, `cannot read: ${(e as Error).message}`);
}

async function walk(dir: string, w: Walk): Promise<void> {
  const real = await realpath(dir).catch(() => dir);
  if (w.seen.has(real)) return; // a symlink back to a folder already walked
  w.seen.add(real);
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    // An unreadable folder is one line in the results, not the end of the batch.
    w.out.push({ path: dir, error: errorText(e, w.lang) });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) await walk(p, w);
    else if (e.isSymbolicLink()) {
      // Followed: a linked folder is walked (once), a linked workbook is checked; a dangling link is skipped.
      const s = await stat(p).catch(() => null);
      if (s?.isDirectory()) await walk(p, w);
      else if (s && WORKBOOK.test(e.name) && !LOCK.test(e.name)) w.out.push({ path: p });
    } else if (WORKBOOK.test(e.name) && !LOCK.test(e.name)) {
      // Regular files, and also pipes or devices named like workbooks: those are refused at read time, not hung on.
      w.out.push({ path: p });
    }
  }
}

/**
 * Files named on the command line, directories walked for workbooks in a stable (sorted) order.
 * A path that does not exist is kept so that the check reports it as unreadable; so is a folder that
 * cannot be read (with its reason in `error`).
 */
export async function collectInputs(args: readonly string[], cwd: string, lang: CliLang = "zh-CN"): Promise<(InputFile & { display: string })[]> {
  const w: Walk = { out: [], seen: new Set(), lang };
  for (const a of args) {
    const full = resolve(cwd, a);
    const s = await stat(full).catch(() => null);
    if (s?.isDirectory()) await walk(full, w);
    else w.out.push({ path: full });
  }
  const seen = new Set<string>();
  return w.out
    .filter((f) => (seen.has(f.path) ? false : (seen.add(f.path), true)))
    .map((f) => ({ ...f, display: relative(cwd, f.path) || f.path }));
}
