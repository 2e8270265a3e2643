import type { Grid, WorkbookGrids } from "../grid";
import type { BudgetBlock, Table } from "../table";
import { addr, parseRange, rangeOf } from "./a1";
import { findBudgetHeaders, findIndicatorBlocks, type IndicatorBlock } from "./find-blocks";
import { decideKind, decideLayout } from "./kind";
import { readBudget } from "./read-budget";
import { readIndicatorRows } from "./read-indicators";
import { hasDeptLabel, readMeta, readTotalLabel, titleText } from "./read-meta";
import { SheetView } from "./sheet-view";
import { headerKey } from "./normalize";
import { readStamp, STAMP_SHEET } from "./stamp";
import type { RecognizeProblem, RecognizeResult } from "./types";
import { LISTS_SHEET, readJixiaoSheet } from "./jixiao";
import type { Profile } from "../../profiles/schema";
import { LIVE_SHEET, readLiveStamps } from "../../live/stamp";
import { liveFormulaCells, maskLiveCells, ownerOf } from "../../live/recognize";

export interface RecognizeOptions {
  /** Profiles of the library in use, to rebuild the score formula of a Jixiao template whose profile is not built in. */
  profiles?: readonly Profile[];
}

const hasContent = (g: Grid): boolean => g.values.some((row) => row.some((v) => v !== null && String(v).trim() !== ""));

/**
 * Which blocks become tables. Two column sets on one header row are 中期 | 年度 (88号, 东莞): the
 * 年度 one is kept, or the rightmost when the form does not label them. A 长期/中期 block stacked above
 * a 年度 block (佳县) is skipped too: checks and scores apply to the annual goals.
 */
function chooseBlocks(blocks: IndicatorBlock[]): { keep: IndicatorBlock[]; skipped: IndicatorBlock[] } {
  const byRow = new Map<number, IndicatorBlock[]>();
  for (const b of blocks) byRow.set(b.headerBottom, [...(byRow.get(b.headerBottom) ?? []), b]);
  let keep: IndicatorBlock[] = [];
  const skipped: IndicatorBlock[] = [];
  for (const group of byRow.values()) {
    if (group.length === 1) {
      keep.push(group[0] as IndicatorBlock);
      continue;
    }
    const annual = group.filter((b) => b.horizon === "annual");
    const chosen = annual.length ? annual : [group[group.length - 1] as IndicatorBlock];
    keep.push(...chosen);
    skipped.push(...group.filter((b) => !chosen.includes(b)));
  }
  if (keep.some((b) => b.horizon !== "long")) {
    skipped.push(...keep.filter((b) => b.horizon === "long"));
    keep = keep.filter((b) => b.horizon !== "long");
  }
  keep.sort((a, b) => a.headerTop - b.headerTop || a.left - b.left);
  return { keep, skipped };
}

function recognizeSheet(view: SheetView, problems: RecognizeProblem[]): Table[] {
  const blocks = findIndicatorBlocks(view);
  const budgets = findBudgetHeaders(view);
  const { keep, skipped } = chooseBlocks(blocks);
  for (const b of skipped) {
    problems.push({ code: "recognize/block-skipped", severity: "info", sheet: view.sheet, cell: addr(b.headerTop, b.left), params: {} });
  }
  for (const b of keep) {
    for (const u of b.unplaced) {
      problems.push({ code: "recognize/unknown-header", severity: "info", sheet: view.sheet, cell: u.cell, params: { text: u.text } });
    }
  }
  const tables: Table[] = [];
  /** Header row of each table, to give each funding block to the table printed after it. */
  const headerRows = new Map<Table, number>();
  const starts = [...blocks.map((b) => b.headerTop), ...budgets.map((b) => b.headerTop)].sort((a, b) => a - b);
  let metaFrom = view.top;
  let prev: { table: Table; block: IndicatorBlock; lastRow: number } | undefined;
  for (const block of keep) {
    const nextStart = starts.find((s) => s > block.headerBottom);
    const read = readIndicatorRows(view, block, nextStart !== undefined ? nextStart - 1 : view.bottom);
    // Leftover template rows are one note per table (a form may carry dozens); not-applicable rows one each.
    const placeholders = read.skipped.filter((sk) => sk.why === "placeholder");
    const first = placeholders[0];
    if (first) {
      const cells = placeholders.slice(0, 6).map((sk) => sk.cell).join("、") + (placeholders.length > 6 ? "…" : "");
      problems.push({ code: "recognize/row-skipped", severity: "info", sheet: view.sheet, cell: first.cell, row: first.row, params: { why: "placeholder", text: first.text, count: placeholders.length, cells } });
    }
    for (const sk of read.skipped) {
      if (sk.why === "not-applicable") problems.push({ code: "recognize/row-skipped", severity: "info", sheet: view.sheet, cell: sk.cell, row: sk.row, params: { why: "not-applicable", text: sk.text } });
    }
    // "年度绩效目标1（40分）", "年度绩效目标2（40分）": the same header printed again right under the rows
    // above continues the same table (黄冈 and other 湖北 forms), it does not start a new one.
    if (prev && continues(view, prev.block, prev.lastRow, block)) {
      prev.table.indicators.push(...read.rows);
      if (read.typedSubtotals.length) prev.table.typedSubtotals = [...(prev.table.typedSubtotals ?? []), ...read.typedSubtotals];
      if (read.typedTotal) prev.table.typedTotal = read.typedTotal;
      if (Object.keys(read.level1Weights).length) prev.table.level1Weights = { ...prev.table.level1Weights, ...read.level1Weights };
      prev.lastRow = Math.max(prev.lastRow, read.lastRow);
      prev.table.range = rangeOf({ ...(parseRange(prev.table.range ?? "") ?? { top: block.headerTop, left: block.left, right: block.right }), bottom: prev.lastRow });
      metaFrom = read.lastRow + 1;
      continue;
    }
    // A table whose indicator rows are missing still has its funding block to check, when it has one.
    const hasBudget = budgets.some((h) => h.headerTop >= metaFrom && h.headerTop < block.headerTop);
    if (read.rows.length === 0) {
      problems.push({ code: "recognize/no-rows", severity: "error", sheet: view.sheet, cell: addr(block.headerTop, block.left), params: {} });
      if (!hasBudget) continue;
    }
    const meta = readMeta(view, metaFrom, block.headerTop - 1);
    const title = titleText(view, metaFrom, block.headerTop - 1);
    const kind = decideKind({ block, title, deptLabel: hasDeptLabel(view, metaFrom, block.headerTop - 1) });
    const table: Table = {
      kind,
      sheet: view.sheet,
      range: rangeOf({ top: block.headerTop, left: block.left, bottom: read.lastRow, right: block.right }),
      layout: decideLayout(block, kind, title),
      meta,
      indicators: read.rows,
    };
    if (Object.keys(read.level1Weights).length) table.level1Weights = read.level1Weights;
    if (read.typedSubtotals.length) table.typedSubtotals = read.typedSubtotals;
    const typedTotal = read.typedTotal ?? readTotalLabel(view, metaFrom, block.headerTop - 1);
    if (typedTotal) table.typedTotal = typedTotal;
    const blockWeight = indicatorBlockWeight(view, block);
    if (blockWeight !== undefined) table.indicatorWeight = blockWeight;
    tables.push(table);
    headerRows.set(table, block.headerTop);
    prev = { table, block, lastRow: read.lastRow };
    metaFrom = read.lastRow + 1;
  }
  // A funding block belongs to the table printed after it (every published form puts it first).
  for (const h of budgets) {
    const owner = tables.find((t) => (headerRows.get(t) ?? 0) > h.headerBottom) ?? tables[tables.length - 1];
    if (!owner || owner.budget) continue;
    const { block } = readBudget(view, h);
    if (block.rows.length) owner.budget = block satisfies BudgetBlock;
  }
  return tables;
}

/** Same columns, and nothing but blank rows between the rows above and this header. */
function continues(view: SheetView, above: IndicatorBlock, lastRow: number, block: IndicatorBlock): boolean {
  const same = (Object.keys(above.cols) as (keyof IndicatorBlock["cols"])[]).every((k) => above.cols[k] === block.cols[k]) &&
    Object.keys(above.cols).length === Object.keys(block.cols).length;
  if (!same || block.headerTop <= lastRow) return false;
  for (let r = lastRow + 1; r < block.headerTop; r++) if (!view.rowEmpty(r, block.left, block.right)) return false;
  return above.horizon === block.horizon;
}

/** Full marks printed on the label of the indicator block: "绩效指标（90分）", "年度绩效目标（80分）". */
function indicatorBlockWeight(view: SheetView, block: IndicatorBlock): number | undefined {
  for (let r = block.headerTop; r >= Math.max(view.top, block.headerTop - 2); r--) {
    for (let c = view.left; c <= block.right; c++) {
      if (view.isHorizontalFollower(r, c)) continue;
      const t = view.text(r, c);
      if (!/绩效指标|绩效目标|指标完成情况/.test(t)) continue;
      const w = headerKey(t).weight;
      if (w !== undefined) return w;
    }
  }
  return undefined;
}

/**
 * Find goal, self-evaluation, department and monitoring tables in a workbook, in the published
 * layouts or in a Jixiao template. Never throws on odd input: what cannot be read becomes a problem.
 */
export function recognizeTables(wb: WorkbookGrids, options: RecognizeOptions = {}): RecognizeResult {
  const problems: RecognizeProblem[] = [];
  const tables: Table[] = [];
  const stamp = readStamp(wb);
  const live = readLiveStamps(wb);
  const sheets = wb.sheets.filter((g) => g.sheet !== STAMP_SHEET && g.sheet !== LIVE_SHEET && !(stamp && g.sheet === LISTS_SHEET));
  const withContent = sheets.filter(hasContent);
  if (withContent.length === 0) {
    problems.push({ code: "recognize/empty-workbook", severity: "error", sheet: "", params: { name: wb.name } });
    return { tables, problems };
  }
  const empty: string[] = [];
  for (const grid of withContent) {
    // Live scoring added to a department's sheet is read past: the table is the one the person wrote.
    const liveStamp = live.find((s) => s.sheet === grid.sheet);
    const view = new SheetView(liveStamp ? maskLiveCells(grid, liveStamp) : grid);
    const jixiao = stamp ? readJixiaoSheet(view, stamp, problems, options.profiles) : undefined;
    const found = jixiao ? [jixiao] : recognizeSheet(view, problems);
    if (stamp) for (const t of found) t.meta.stamp = stamp;
    const owner = liveStamp ? ownerOf(found, liveStamp) : undefined;
    if (owner && liveStamp) {
      owner.live = { mode: liveStamp.mode, profile: liveStamp.profile, cells: liveStamp.cells.length };
      owner.formulaCells = [...(owner.formulaCells ?? []), ...liveFormulaCells(grid, liveStamp)];
    }
    if (found.length === 0 && !problems.some((p) => p.sheet === grid.sheet)) empty.push(grid.sheet);
    tables.push(...found);
  }
  for (const sheet of empty) {
    problems.push({ code: "recognize/no-table", severity: tables.length ? "info" : "error", sheet, params: {} });
  }
  return { tables, problems };
}
