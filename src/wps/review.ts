/**
 * 写入审核意见 in WPS, the twin of src/excel/review.ts: the 审核意见 sheet (and 绩效目标审核表) written
 * as new sheets through the template writer — an earlier one replaced, nothing else touched — and a
 * comment at each flagged cell where the ET build offers Range.AddComment (a department's own comment
 * keeps its text, ours follows it); removeReviewWps takes exactly ours away again. Comments are
 * checked only against the VBA-compatible model documented for ET (docs/wps-api.md), not a real WPS.
 */
import { GOAL_REVIEW_SHEET, NOTE_PREFIX, OPINION_SHEET } from "../core/review";
import type { PlanNote, SheetPlan } from "../core/table/plan";
import { stripOurs } from "../excel/review";
import { activeWorkbook, findSheet, sheetNames, type EtApplication, type EtRange } from "./et";
import { renderPlan } from "./render-plan";

const REVIEW_SHEETS = [OPINION_SHEET, GOAL_REVIEW_SHEET];

/** The comment API of a cell, when this ET build has it (VBA's Range.Comment / AddComment). */
interface Commentable {
  Comment?: { Text(Text?: string): string; Delete(): void } | null;
  AddComment?: (Text: string) => unknown;
}

const commentsOf = (r: EtRange): Commentable => r as unknown as Commentable;

export async function writeReviewWps(app: EtApplication, sheets: readonly SheetPlan[], notes: Record<string, readonly PlanNote[]>): Promise<{ sheets: string[]; notes: number }> {
  await removeReviewWps(app);
  const result = await renderPlan(app, { sheets: [...sheets], names: [] });
  const wb = activeWorkbook(app);
  let written = 0;
  for (const [sheet, list] of Object.entries(notes)) {
    const ws = findSheet(wb, sheet);
    if (!ws) continue;
    for (const n of list) {
      const cell = commentsOf(ws.Range(n.addr));
      if (!cell.AddComment) continue;
      const old = cell.Comment?.Text() ?? "";
      if (cell.Comment) cell.Comment.Delete();
      cell.AddComment(old === "" || old.startsWith(NOTE_PREFIX) ? n.text : `${stripOurs(old)}\n\n${n.text}`);
      written++;
    }
  }
  return { sheets: result.sheets, notes: written };
}

/** Removes the review sheets and Jixiao's part of every comment; returns how many comments changed. */
export async function removeReviewWps(app: EtApplication): Promise<number> {
  const wb = activeWorkbook(app);
  let changed = 0;
  for (const name of sheetNames(wb)) {
    const ws = findSheet(wb, name);
    if (!ws) continue;
    if (REVIEW_SHEETS.includes(name)) {
      ws.Delete();
      continue;
    }
    const used = ws.UsedRange;
    for (let r = 1; r <= used.Rows.Count; r++) {
      for (let c = 1; c <= used.Columns.Count; c++) {
        const cell = commentsOf(used.Cells(r, c));
        const text = cell.Comment?.Text();
        if (text === undefined) continue;
        const rest = stripOurs(text);
        if (rest === text) continue;
        cell.Comment?.Delete();
        if (rest !== "") cell.AddComment?.(rest);
        changed++;
      }
    }
  }
  return changed;
}
