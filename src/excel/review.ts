import { GOAL_REVIEW_SHEET, NOTE_PREFIX, OPINION_SHEET } from "../core/review";
import type { PlanNote, SheetPlan } from "../core/table/plan";
import { asOwnWrite } from "./own-writes";
import { renderPlan } from "./render-plan";
import { excelApiSupported } from "./support";

const REVIEW_SHEETS = [OPINION_SHEET, GOAL_REVIEW_SHEET];
/** Our part of a note that also holds the department's own text. */
const JOINED = `\n\n${NOTE_PREFIX}`;

export interface ReviewWriteResult {
  sheets: string[];
  notes: number;
  /** False when the host has no notes API (ExcelApi 1.18): the sheet is written, notes are not. */
  notesSupported: boolean;
}

/**
 * 写入审核意见 for the open workbook: the 审核意见 sheet (and 绩效目标审核表) as new sheets — an earlier
 * one replaced, nothing else of the workbook touched — and a note at each flagged cell. A note the
 * department wrote keeps its text, ours follows it; `removeReview` takes exactly ours away again.
 */
export async function writeReview(context: Excel.RequestContext, sheets: readonly SheetPlan[], notes: Record<string, readonly PlanNote[]>): Promise<ReviewWriteResult> {
  await removeReview(context);
  const result = await renderPlan(context, { sheets: [...sheets], names: [] });
  const notesSupported = excelApiSupported("1.18");
  let written = 0;
  if (notesSupported) {
    await asOwnWrite(async () => {
      const found: { ws: Excel.Worksheet; n: PlanNote; old: Excel.Note }[] = [];
      for (const [sheet, list] of Object.entries(notes)) {
        const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
        for (const n of list) found.push({ ws, n, old: ws.notes.getItemOrNullObject(n.addr).load("content") });
      }
      await context.sync();
      for (const { ws, n, old } of found) {
        if (ws.isNullObject) continue;
        if (old.isNullObject) ws.notes.add(n.addr, n.text);
        else old.content = old.content.startsWith(NOTE_PREFIX) ? n.text : `${stripOurs(old.content)}\n\n${n.text}`;
        written++;
      }
      await context.sync();
    });
  }
  return { sheets: result.sheets, notes: written, notesSupported };
}

/** A note's text without the part Jixiao added. */
export function stripOurs(content: string): string {
  if (content.startsWith(NOTE_PREFIX)) return "";
  const i = content.indexOf(JOINED);
  return i >= 0 ? content.slice(0, i) : content;
}

/** Remove the review sheets and Jixiao's notes (a department's own note text stays). Returns notes changed. */
export async function removeReview(context: Excel.RequestContext): Promise<number> {
  return asOwnWrite(async () => {
    const wb = context.workbook;
    const sheets = wb.worksheets.load("items/name");
    await context.sync();
    const canNotes = excelApiSupported("1.18");
    const lists = canNotes ? sheets.items.filter((s) => !REVIEW_SHEETS.includes(s.name)).map((s) => s.notes.load("items/content")) : [];
    for (const s of sheets.items) if (REVIEW_SHEETS.includes(s.name)) s.delete();
    await context.sync();
    let changed = 0;
    for (const list of lists) {
      for (const note of list.items) {
        const rest = stripOurs(note.content);
        if (rest === note.content) continue;
        if (rest === "") note.delete();
        else note.content = rest;
        changed++;
      }
    }
    await context.sync();
    return changed;
  });
}
