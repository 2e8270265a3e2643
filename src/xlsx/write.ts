import { randomBytes } from "node:crypto";
import { constants } from "node:fs";
import { access, link, rename, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { WorkbookPlan } from "../core/table/plan";
import { renderWorkbook } from "./render";

export class WorkbookWriteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WorkbookWriteError";
  }
}

const exists = (p: string): Promise<boolean> =>
  access(p, constants.F_OK).then(
    () => true,
    () => false,
  );

/**
 * Render and write a plan. The file is written beside the target under a temporary name and then
 * moved into place, so a failure never leaves half a workbook; an existing file is kept unless
 * `overwrite` is set.
 */
export async function writeWorkbookPlan(plan: WorkbookPlan, path: string, opts: { overwrite?: boolean } = {}): Promise<void> {
  if (!opts.overwrite && (await exists(path))) {
    throw new WorkbookWriteError(`文件“${path}”已存在，未覆盖（需要覆盖请使用 overwrite 选项）/ ${path} exists; not overwritten (use overwrite)`);
  }
  const wb = renderWorkbook(plan);
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await wb.xlsx.writeFile(tmp);
    if (opts.overwrite) await rename(tmp, path);
    else {
      // link() fails if the target appeared meanwhile, so a file created by someone else is never replaced.
      await link(tmp, path).catch(async (e: NodeJS.ErrnoException) => {
        if (e.code === "EEXIST") throw new WorkbookWriteError(`文件“${path}”已存在，未覆盖 / ${path} exists; not overwritten`);
        if (e.code === "EPERM" || e.code === "ENOTSUP" || e.code === "EXDEV") return rename(tmp, path);
        throw e;
      });
    }
  } catch (e) {
    if (e instanceof WorkbookWriteError) throw e;
    throw new WorkbookWriteError(`无法写入“${path}”：${(e as Error).message} / cannot write ${path}: ${(e as Error).message}`);
  } finally {
    await unlink(tmp).catch(() => undefined);
  }
}
