import { randomBytes } from "node:crypto";
import { access, link, mkdir, realpath, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { CliError } from "../errors";
import { tr, type CliLang } from "../i18n";
import { trackTemp, untrackTemp } from "../temp-files";

const exists = (p: string): Promise<boolean> =>
  access(p).then(
    () => true,
    () => false,
  );

/** The same file, whatever the spelling: same real path, or same device and inode (hard links). */
async function sameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  const [ra, rb] = await Promise.all([realpath(a).catch(() => null), realpath(b).catch(() => null)]);
  if (ra && rb && ra === rb) return true;
  const [sa, sb] = await Promise.all([stat(a).catch(() => null), stat(b).catch(() => null)]);
  return !!sa && !!sb && sa.dev === sb.dev && sa.ino === sb.ino;
}

export interface WriteOptions {
  force: boolean;
  lang: CliLang;
  /** Files the command reads: the output may be none of them. */
  inputs?: readonly string[];
}

/**
 * Write a file through `write`, which is handed a temporary path in the same folder; the result is
 * renamed into place only when complete. An existing file is kept unless `force`; an output that is
 * one of the inputs is refused; an interrupted run leaves neither a partial file nor the temporary.
 */
/** Refuse, before any work is done, an output that is an input or an existing file without --force. */
export async function assertWritable(path: string, opts: WriteOptions): Promise<void> {
  const { force, lang } = opts;
  for (const input of opts.inputs ?? []) {
    if (await sameFile(path, input)) {
      throw new CliError(tr(lang, `输出文件“${path}”就是输入文件，已拒绝写入，以免覆盖原文件 / the output ${path} is one of the inputs; refused`, `the output ${path} is one of the inputs; refused so the input is not overwritten`));
    }
  }
  if (!force && (await exists(path))) {
    throw new CliError(tr(lang, `文件“${path}”已存在，如需覆盖请加 --force / ${path} exists; add --force to overwrite`, `${path} exists; add --force to overwrite`));
  }
}

export async function writeNew(path: string, opts: WriteOptions, write: (tmpPath: string) => Promise<void>): Promise<void> {
  const { force, lang } = opts;
  await assertWritable(path, opts);
  await mkdir(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  trackTemp(tmp);
  try {
    await write(tmp);
    if (force) await rename(tmp, path);
    else {
      // link() fails if the target appeared meanwhile, so a file someone else just made is never replaced.
      await link(tmp, path).catch(async (e: NodeJS.ErrnoException) => {
        if (e.code === "EEXIST") throw new CliError(tr(lang, `文件“${path}”已存在，如需覆盖请加 --force / ${path} exists; add --force to overwrite`, `${path} exists; add --force to overwrite`));
        if (e.code === "EPERM" || e.code === "ENOTSUP" || e.code === "EXDEV" || e.code === "ENOSYS") return rename(tmp, path);
        throw e;
      });
    }
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(tr(lang, `无法写入“${path}”：${(e as Error).message} / cannot write ${path}`, `cannot write ${path}: ${(e as Error).message}`));
  } finally {
    await unlink(tmp).catch(() => undefined);
    untrackTemp(tmp);
  }
}
