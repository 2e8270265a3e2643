import { randomBytes } from "node:crypto";
import { constants } from "node:fs";
import { access, link, readFile, rename, unlink } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import ExcelJS from "exceljs";
import { readWorkbookGrids } from "../../xlsx";
import { applyLivePatches, removeLiveScoring } from "../../xlsx/live";
import { planLiveScoring } from "../../core/live/plan";
import { liveSkipText } from "../../core/live/messages";
import type { LivePatch } from "../../core/live/types";
import { analyzeForCli, makeContext } from "../check-file";
import { CliError } from "../errors";
import { tr, type CliLang } from "../i18n";
import type { CliIO } from "../io";
import { loadLibraryFile } from "../library-file";

export interface ScoreLiveOptions {
  library?: string;
  profile?: string;
  json?: boolean;
  output?: string;
  force?: boolean;
  removeLive?: boolean;
}

const exists = (p: string): Promise<boolean> => access(p, constants.F_OK).then(() => true, () => false);

/** Writes beside the target under a temporary name, then moves it into place: never half a file. */
async function saveAs(wb: ExcelJS.Workbook, path: string, overwrite: boolean, t: (zh: string, en: string) => string): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await wb.xlsx.writeFile(tmp);
    if (overwrite) await rename(tmp, path);
    else
      await link(tmp, path).catch(async (e: NodeJS.ErrnoException) => {
        if (e.code === "EEXIST") throw new CliError(t(`文件“${path}”已存在，未覆盖（使用 --force 覆盖）/ ${path} exists`, `${path} exists; use --force`));
        if (e.code === "EPERM" || e.code === "ENOTSUP" || e.code === "EXDEV") return rename(tmp, path);
        throw e;
      });
  } finally {
    await unlink(tmp).catch(() => undefined);
  }
}

/**
 * `jixiao score FILE --live -o OUT.xlsx`: the department's own workbook with live score formulas added
 * where it stands, saved as a new file (FILE is never written). `--remove-live` takes them out again.
 */
export async function scoreLiveCommand(file: string, opts: ScoreLiveOptions, lang: CliLang, io: CliIO): Promise<number> {
  const t = (zh: string, en: string): string => tr(lang, zh, en);
  if (!opts.output) throw new CliError(t("请用 -o 指定输出文件（不会改写原文件）/ -o OUT.xlsx is required", "-o OUT.xlsx is required (the input is never written)"));
  const full = resolve(io.cwd, file);
  const out = resolve(io.cwd, opts.output);
  if (out === full) throw new CliError(t("输出文件不能是原文件 / the output must not be the input file", "the output must not be the input file"));
  if (!opts.force && (await exists(out))) throw new CliError(t(`文件“${opts.output}”已存在，未覆盖（使用 --force 覆盖）/ ${opts.output} exists`, `${opts.output} exists; use --force`));
  const bytes = await readFile(full).catch((e: Error) => {
    throw new CliError(t(`无法读取“${file}”：${e.message}`, `cannot read ${file}: ${e.message}`));
  });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer).catch((e: Error) => {
    throw new CliError(t(`无法打开“${file}”：${e.message}`, `cannot open ${file}: ${e.message}`));
  });

  if (opts.removeLive) {
    const r = removeLiveScoring(wb);
    if (r.removed === 0) throw new CliError(t("该工作簿没有实时计分 / no live scoring in this workbook", "no live scoring in this workbook"), 1);
    await saveAs(wb, out, opts.force === true, t);
    if (opts.json) io.stdout(`${JSON.stringify({ file, output: opts.output, removed: r.removed, kept: r.kept })}\n`);
    else io.stdout(t(`已移除实时计分：清空 ${r.removed} 个单元格${r.kept.length ? `，保留已被改动的 ${r.kept.join("、")}` : ""} → ${opts.output}\n`, `live scoring removed: ${r.removed} cells emptied${r.kept.length ? `, changed cells kept: ${r.kept.join(", ")}` : ""} → ${opts.output}\n`));
    return 0;
  }

  const library = await loadLibraryFile(opts.library, io.cwd);
  const ctx = makeContext(library, lang, opts.profile);
  const grids = await readWorkbookGrids(bytes, basename(full)).catch((e: Error) => {
    throw new CliError(lang === "en" ? (e.message.split(" / ")[1] ?? e.message) : e.message);
  });
  const analysis = analyzeForCli(grids, ctx);
  const patches: LivePatch[] = [];
  const report: { sheet: string; kind: string; upgraded: boolean; mode?: string; rows?: number; cells?: number; notes: string[] }[] = [];
  const l = lang === "en" ? "en" : "zh-CN";
  const sheets = new Set<string>();
  for (const a of analysis.tables) {
    // One live table per sheet: the stamp is kept per sheet.
    if (sheets.has(a.table.sheet)) {
      report.push({ sheet: a.table.sheet, kind: a.table.kind, upgraded: false, notes: [liveSkipText({ reason: "already-live", text: a.table.sheet }, l)] });
      continue;
    }
    const r = planLiveScoring(a, grids, { library: { id: library.meta.id, version: library.meta.version } });
    if (r.ok) {
      sheets.add(a.table.sheet);
      patches.push(r.patch);
      report.push({ sheet: a.table.sheet, kind: a.table.kind, upgraded: true, mode: r.patch.mode, rows: r.patch.upgradedRows, cells: r.patch.cells.length, notes: r.patch.skipped.map((s) => liveSkipText(s, l)) });
    } else report.push({ sheet: a.table.sheet, kind: a.table.kind, upgraded: false, notes: r.reasons.map((s) => liveSkipText(s, l)) });
  }
  if (patches.length === 0) {
    if (opts.json) io.stdout(`${JSON.stringify({ file, output: null, tables: report })}\n`);
    else for (const r of report) io.stdout(`${file} / ${r.sheet}: ${t("未启用实时计分", "no live scoring")}：${r.notes.join("；")}\n`);
    return 1;
  }
  applyLivePatches(wb, patches);
  await saveAs(wb, out, opts.force === true, t);
  if (opts.json) {
    io.stdout(`${JSON.stringify({ file, output: opts.output, tables: report })}\n`);
    return 0;
  }
  for (const r of report) {
    const head = r.upgraded
      ? t(`已启用实时计分（${r.mode === "fill" ? "公式写入得分列" : "核算得分列"}，${r.rows} 行，${r.cells} 个单元格）`, `live scoring added (${r.mode === "fill" ? "into the score column" : "核算得分 column"}, ${r.rows} rows, ${r.cells} cells)`)
      : t("未启用实时计分", "no live scoring");
    io.stdout(`${file} / ${r.sheet} (${r.kind}): ${head}\n`);
    for (const n of r.notes) io.stdout(`  ${n}\n`);
  }
  io.stdout(t(`已另存为 ${opts.output}\n`, `saved as ${opts.output}\n`));
  return 0;
}
