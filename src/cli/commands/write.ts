import { access, mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { CliError } from "../errors";
import { tr, type CliLang } from "../i18n";

/** Write a file through `write`, refusing to replace an existing one unless `force`. */
export async function writeNew(path: string, force: boolean, lang: CliLang, write: (path: string) => Promise<void>): Promise<void> {
  const exists = await access(path).then(
    () => true,
    () => false,
  );
  if (exists && !force) {
    throw new CliError(tr(lang, `文件“${path}”已存在，如需覆盖请加 --force / ${path} exists; add --force to overwrite`, `${path} exists; add --force to overwrite`));
  }
  await mkdir(dirname(path), { recursive: true });
  await write(path);
}
