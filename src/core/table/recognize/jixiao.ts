import type { CellValue } from "../grid";
import type { BudgetBlock, BudgetRow, Cell, IndicatorRow, LibraryStamp, Table, TableMeta } from "../table";
import type { Profile } from "../../profiles/schema";
import { builtinProfile } from "../../profiles/builtin";
import { templateLayout, LISTS_SHEET, END_OF_ROWS_LABELS, type ColumnKey, type TemplateLayout } from "../templates/layout";
import { rowRefs } from "../templates/indicator-block";
import { rowScoreFormula } from "../../scoring/formulas";
import { parseAddr, parseRange, colNumber } from "./a1";
import type { SheetView } from "./sheet-view";
import type { RecognizeProblem } from "./types";
import { squash, toNumber, toText, cleanLevel } from "./normalize";
import { templateFormulaCells } from "./jixiao-formulas";

export { LISTS_SHEET };

function profileFor(stamp: LibraryStamp, profiles: readonly Profile[]): Profile {
  const own = profiles.find((p) => p.id === stamp.profile);
  if (own) return own;
  try {
    return builtinProfile(stamp.profile || undefined);
  } catch {
    return builtinProfile();
  }
}

function headersMatch(view: SheetView, layout: TemplateLayout): boolean {
  return layout.columns.every((c) => squash(view.text(layout.headerRow, colNumber(c.letter))) === squash(c.header));
}

function at<T>(view: SheetView, a1: string, map: (v: CellValue) => T): Cell<T> {
  const p = parseAddr(a1) as { row: number; col: number };
  const cell: Cell<T> = { value: map(view.value(p.row, p.col)), addr: a1 };
  const f = view.formula(p.row, p.col);
  if (f) cell.formula = f;
  return cell;
}

const raw = (v: CellValue): CellValue => (typeof v === "string" ? (v.trim() === "" ? null : v.trim()) : v);
const text = (v: CellValue): string => (v === null ? "" : String(v).trim());

function readMetaCells(view: SheetView, layout: TemplateLayout): TableMeta {
  const meta: TableMeta = {};
  for (const key of ["projectName", "department", "unit"] as const) {
    const m = layout.meta[key];
    if (m) {
      const c = at(view, m.valueCell, text);
      if (c.value !== "") meta[key] = c;
    }
  }
  const goal = at(view, layout.annualGoal.valueCell, text);
  if (goal.value !== "") meta.annualGoal = goal;
  const y = /(\d{4})/.exec(at(view, layout.yearCell, text).value.normalize("NFKC"));
  if (y) meta.year = { value: y[1] as string, addr: layout.yearCell };
  return meta;
}

function readBudgetCells(view: SheetView, layout: TemplateLayout): BudgetBlock | undefined {
  const b = layout.budget;
  const rows: BudgetRow[] = b.lines.map((line) => {
    const row: BudgetRow = { label: { value: line.label } };
    for (const [k, col] of Object.entries(b.columns)) {
      if (k === "expected" || !col) continue;
      (row as unknown as Record<string, Cell<number | null>>)[k] = at(view, `${col.letter}${line.row}`, toNumber);
    }
    return row;
  });
  const total = rows[0];
  if (!total) return undefined;
  const block: BudgetBlock = { rows, total };
  if (total.weight) block.weight = total.weight;
  if (total.score) block.score = total.score;
  if (b.reason) {
    const r = parseRange(b.reason.range);
    if (r) block.reason = at(view, b.reason.range.split(":")[0] as string, toText);
  }
  return block;
}

/**
 * Read a sheet Jixiao wrote, by the template layout itself: every column is where the builder put it,
 * including the hidden code column, the operator and tier columns, and the score formula Jixiao wrote,
 * recomputed per row so an overwritten formula can be detected.
 */
export function readJixiaoSheet(
  view: SheetView,
  stamp: LibraryStamp,
  problems: RecognizeProblem[],
  profiles: readonly Profile[] = [],
): Table | undefined {
  const layout = templateLayout(stamp.template);
  if (!headersMatch(view, layout)) {
    if (view.sheet === layout.sheetName) {
      problems.push({ code: "recognize/template-mismatch", severity: "warning", sheet: view.sheet, cell: `A${layout.headerRow}`, params: {} });
    }
    return undefined;
  }
  const profile = profileFor(stamp, profiles);
  const col = (k: ColumnKey): number | undefined => {
    const c = layout.columns.find((x) => x.key === k);
    return c ? colNumber(c.letter) : undefined;
  };
  const get = <T>(r: number, k: ColumnKey, map: (v: CellValue) => T): Cell<T> | undefined => {
    const c = col(k);
    if (c === undefined) return undefined;
    const cell: Cell<T> = { value: map(view.value(r, c)), addr: view.addrOf(r, c) };
    const f = view.formula(r, c);
    if (f) cell.formula = f;
    return cell;
  };
  const indicators: IndicatorRow[] = [];
  let level1: Cell<string> = { value: "" };
  let level2: Cell<string> = { value: "" };
  let lastRow = layout.firstIndicatorRow - 1;
  for (let r = layout.firstIndicatorRow; r <= view.bottom; r++) {
    // Rows end at the printed footer (总分 / 分值合计 / 填表人) or, in older files, at the summary block.
    const a = squash(view.text(r, 1));
    if (a === squash(layout.summaryMarker) || END_OF_ROWS_LABELS.some((l) => a.startsWith(squash(l)))) break;
    lastRow = r;
    const l1 = get(r, "level1", text);
    const l2 = get(r, "level2", text);
    if (l1 && l1.value !== "") level1 = { ...l1, value: cleanLevel(l1.value).text };
    if (l2 && l2.value !== "") level2 = { ...l2, value: cleanLevel(l2.value).text };
    const name = get(r, "name", text) ?? { value: "" };
    const target = get(r, "target", raw) ?? { value: null };
    if (name.value === "" && target.value === null) continue;
    const row: IndicatorRow = { row: r, level1: { ...level1 }, level2: { ...level2 }, name, target };
    const code = get(r, "code", toText);
    const operator = get(r, "operator", toText);
    const unit = get(r, "unit", toText);
    const basis = get(r, "basis", toText);
    const weight = get(r, "weight", toNumber);
    const actual = get(r, "actual", raw);
    const expected = get(r, "expected", raw);
    const tier = get(r, "tier", toText);
    const score = get(r, "score", toNumber);
    const reason = get(r, "reason", toText);
    const typed = get(r, "typedScore", raw);
    if (code) row.code = code;
    if (operator) row.operator = operator;
    if (unit) row.unit = unit;
    if (basis) row.basis = basis;
    if (weight) row.weight = weight;
    // The core reads a qualitative row's typed score from its actual cell; the template has its own column.
    const qualitative = operator?.value === "定性";
    if (actual && !(qualitative && actual.value === null && typed && typed.value !== null)) row.actual = actual;
    else if (typed) row.actual = typed;
    if (expected) row.expected = expected;
    if (tier) row.tier = tier;
    if (score) row.score = score;
    if (reason) row.reason = reason;
    const refs = rowRefs(layout, r);
    if (refs) row.expectedScoreFormula = rowScoreFormula(refs, profile);
    indicators.push(row);
  }
  const budget = readBudgetCells(view, layout);
  const table: Table = {
    kind: stamp.template,
    sheet: view.sheet,
    range: `A${layout.headerRow}:${layout.lastColumn}${Math.max(lastRow, layout.headerRow)}`,
    layout: "jixiao",
    meta: { ...readMetaCells(view, layout), stamp },
    indicators,
  };
  if (budget) table.budget = budget;
  // Self-evaluation and monitor templates carry score formulas below and above the rows as well.
  if (stamp.template === "self-eval" || stamp.template === "monitor") {
    table.formulaCells = templateFormulaCells(view, layout, profile, layout.firstIndicatorRow, lastRow);
  }
  return table;
}
