import { access } from "node:fs/promises";
import { basename, isAbsolute, resolve } from "node:path";
import ExcelJS from "exceljs";
import { buildGoalReview, buildOpinion, GOAL_REVIEW_SHEET, NOTE_PREFIX, OPINION_SHEET, type Verdict } from "../core/review";
import type { PlanNote } from "../core/table/plan";
import { readWorkbookGrids } from "../xlsx";
import { renderSheet } from "../xlsx/render";
import { analyzeForCli, type CheckContext } from "./check-file";
import { tr, type CliLang } from "./i18n";
import { resolveProfile } from "./library-file";
import type { InputFile } from "./pool";
import { checkTime } from "./report-sheets";
import { writeNew } from "./commands/write";

export interface AnnotateResult {
  input: string;
  output?: string;
  verdict?: Verdict;
  error?: string;
}

export interface AnnotateOptions {
  outDir: string;
  /** Replace an annotated copy already in outDir. The input itself is never written. */
  force: boolean;
  library: { id: string; version: string; hash: string };
  lang: CliLang;
  checkedAt?: string;
}

/** Where the copy of `input` goes: its path under the folder that was checked, else its name; macros are not kept, so .xlsm becomes .xlsx. */
export function annotatedPath(input: InputFile, outDir: string): string {
  const shown = input.display ?? basename(input.path);
  const rel = isAbsolute(shown) || shown.startsWith("..") ? basename(input.path) : shown;
  return resolve(outDir, rel.replace(/\.xlsm$/i, ".xlsx"));
}

/**
 * exceljs reads a print area "$A$1:$L$30" and writes it back as "$A1:$L30", which LibreOffice takes as
 * relative rows and prints the wrong range; write the rows absolute again so the copy prints as the input.
 */
export function keepPrintAreas(wb: ExcelJS.Workbook): void {
  wb.eachSheet((ws) => {
    const area = ws.pageSetup?.printArea;
    if (area) ws.pageSetup.printArea = area.replace(/\$/g, "").replace(/([A-Z]+)(\d+)/g, "$1$$$2");
  });
}

/** Attach notes; a note the department wrote is kept above ours, an earlier 审核意见 note is replaced. */
export function attachNotes(ws: ExcelJS.Worksheet, notes: readonly PlanNote[]): void {
  for (const n of notes) {
    const cell = ws.getCell(n.addr);
    const old = cell.note;
    const text = typeof old === "string" ? old : old?.texts?.map((t) => t.text).join("") ?? "";
    cell.note = text && !text.startsWith(NOTE_PREFIX) ? `${text}\n\n${n.text}` : n.text;
  }
}

/** One workbook: analyse, copy with a 审核意见 sheet (and 绩效目标审核表 for goal tables) and cell notes. */
export async function annotateOne(input: InputFile, ctx: CheckContext, opts: AnnotateOptions): Promise<AnnotateResult> {
  const t = (zh: string, en: string): string => tr(opts.lang, zh, en);
  const out = annotatedPath(input, opts.outDir);
  const display = input.display ?? input.path;
  try {
    if (resolve(out) === resolve(input.path)) throw new Error(t("审核意见副本不能覆盖原文件，请换一个输出文件夹", "the annotated copy would replace the input; choose another folder"));
    if (!opts.force && (await access(out).then(() => true, () => false))) throw new Error(t(`“${out}”已存在，如需覆盖请加 --force`, `${out} exists; add --force to overwrite`));
    const grids = await readWorkbookGrids(input.path, basename(input.path));
    const analysis = analyzeForCli(grids, ctx);
    const review = { file: basename(input.path), library: opts.library, profile: ctx.profile ?? resolveProfile(ctx.library), checkedAt: opts.checkedAt ?? checkTime() };
    const opinion = buildOpinion(analysis, review);
    const goal = buildGoalReview(analysis, review);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(input.path);
    keepPrintAreas(wb);
    // An earlier annotation's sheets are replaced, never duplicated.
    for (const name of [OPINION_SHEET, GOAL_REVIEW_SHEET]) {
      const old = wb.getWorksheet(name);
      if (old) wb.removeWorksheet(old.id);
    }
    renderSheet(wb, opinion.sheet);
    if (goal) renderSheet(wb, goal);
    for (const [sheet, notes] of Object.entries(opinion.notes)) {
      const ws = wb.getWorksheet(sheet);
      if (ws) attachNotes(ws, notes);
    }
    if (input.error) throw new Error(input.error);
    await writeNew(out, { force: opts.force, lang: opts.lang, inputs: [input.path] }, (tmp) => wb.xlsx.writeFile(tmp));
    return { input: display, output: out, verdict: opinion.conclusion.verdict };
  } catch (e) {
    return { input: display, error: (e as Error).message || String(e) };
  }
}

/** Every input in turn; one bad file is reported and the batch goes on. */
export async function annotateAll(inputs: readonly InputFile[], ctx: CheckContext, opts: AnnotateOptions): Promise<AnnotateResult[]> {
  const out: AnnotateResult[] = [];
  const checkedAt = opts.checkedAt ?? checkTime();
  for (const input of inputs) out.push(await annotateOne(input, ctx, { ...opts, checkedAt }));
  return out;
}

export function printAnnotated(results: readonly AnnotateResult[], lang: CliLang, io: { stdout(s: string): void }): void {
  const t = (zh: string, en: string): string => tr(lang, zh, en);
  io.stdout(`\n${t("审核意见副本", "Annotated copies")}:\n`);
  for (const r of results) {
    io.stdout(r.error ? `  ${r.input}  ${t("未能写出", "failed")}: ${r.error}\n` : `  ${r.input} → ${r.output}  ${r.verdict ?? ""}\n`);
  }
}
