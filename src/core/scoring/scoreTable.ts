import type { Profile } from "../profiles/schema";
import type { IndicatorRow, Table } from "../table/table";
import type { CellValue } from "../table/grid";
import type { ParseResult } from "../values/types";
import { createRowTargetReader, readRowActual, readRowTarget } from "../values/row";
import type { ScoreInput, ScoredRow, Subtotal, TableScore, RowScore } from "./types";
import { ruleFor, scoreRow } from "./scoreRow";
import { scoreBudget } from "./budget";
import { gradeFor } from "./grade";
import { createTreeResolver } from "./tree";
import { capTotal } from "./cap";

const num = (v: CellValue | undefined): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);
const text = (v: CellValue | undefined): string => (v === null || v === undefined ? "" : String(v));

/** "2024", "2024年", "2024年度" → 2024, for deadlines written without a year. */
export function tableYear(table: Table): number | null {
  const m = /(\d{4})/.exec(text(table.meta.year?.value));
  return m ? Number(m[1]) : null;
}

/**
 * Qualitative rows: a number typed into the score cell (no formula there) is the person's score;
 * Jixiao templates instead keep it in the actual cell and compute the score cell from it.
 */
function typedScoreOf(row: IndicatorRow): number | null {
  if (row.score && !row.score.formula) {
    const s = num(row.score.value);
    if (s !== null) return s;
  }
  return num(row.actual?.value);
}

export function scoreIndicatorRow(
  row: IndicatorRow,
  profile: Profile,
  year: number | null = null,
  readTarget: (row: IndicatorRow) => ParseResult = (r) => readRowTarget(r, year),
): RowScore {
  const parsed = readTarget(row);
  if (!parsed.ok) return { rule: "none", score: null, met: false, overCompletion: false };
  const t = parsed.value;
  const weight = num(row.weight?.value);
  const input: ScoreInput = {
    operator: t.operator,
    target: t.number,
    actual: t.operator === "text" ? null : readRowActual(row, t),
    weight: weight ?? Number.NaN,
    isDate: t.isDate === true,
    tier: row.tier?.value ?? null,
    typedScore: t.operator === "text" ? typedScoreOf(row) : null,
  };
  if (weight === null) return { rule: ruleFor(input), score: null, met: false, overCompletion: false };
  return scoreRow(input, profile);
}

/** Scores every indicator row, subtotals per first and second level, the budget block, the total and grade. */
export function scoreTable(table: Table, profile: Profile): TableScore {
  const tree = createTreeResolver(profile);
  const year = tableYear(table);
  const readTarget = createRowTargetReader(year);
  const rows: ScoredRow[] = table.indicators.map((r) => {
    const l1 = tree.level1(text(r.level1.value)).name;
    return {
      row: r.row,
      name: text(r.name.value).trim(),
      level1: l1,
      level2: tree.level2(l1, text(r.level2.value)),
      weight: num(r.weight?.value),
      result: scoreIndicatorRow(r, profile, year, readTarget),
    };
  });

  const subtotals = subtotalsOf(rows, profile);
  const budget = budgetOf(table, profile);
  const scored = rows.filter((r) => r.result.score !== null);
  const rowSum = scored.reduce((s, r) => s + (r.result.score as number), 0);
  const hasAny = scored.length > 0 || (budget !== null && budget.score !== null);
  const { total, cap } = capTotal(hasAny ? rowSum + (budget?.score ?? 0) : null, budget?.rate ?? null, profile);
  return { rows, subtotals, budget, total, ...(cap !== null ? { cap } : {}), grade: total === null ? null : gradeFor(total, profile) };
}

function budgetOf(table: Table, profile: Profile): TableScore["budget"] {
  const block = table.budget;
  if (!block) return null;
  const total = block.total ?? block.rows[0];
  const weight = num(block.weight?.value) ?? num(total?.weight?.value);
  return scoreBudget(
    { budget: num(total?.budget?.value), executed: num(total?.executed?.value), weight: weight ?? profile.budget.weight },
    profile,
  );
}

/** Subtotals in the profile's tree order; names outside the tree follow in the order met. */
function subtotalsOf(rows: readonly ScoredRow[], profile: Profile): Subtotal[] {
  const order = profile.tree.map((n) => n.name);
  const groups = new Map<string, Subtotal>();
  for (const r of rows) {
    let g = groups.get(r.level1);
    if (!g) {
      g = { name: r.level1, weight: 0, score: 0, children: [] };
      groups.set(r.level1, g);
    }
    let c = g.children.find((x) => x.name === r.level2);
    if (!c) {
      c = { name: r.level2, weight: 0, score: 0 };
      g.children.push(c);
    }
    const w = r.weight ?? 0;
    const s = r.result.score ?? 0;
    g.weight += w;
    g.score += s;
    c.weight += w;
    c.score += s;
  }
  const rank = (name: string): number => {
    const i = order.indexOf(name);
    return i < 0 ? order.length : i;
  };
  const list = [...groups.values()];
  const pos = new Map(list.map((g, i) => [g.name, i]));
  for (const g of list) {
    const node = profile.tree.find((n) => n.name === g.name);
    if (node) {
      const childOrder = node.children.map((c) => c.name);
      const cr = (n: string): number => (childOrder.indexOf(n) < 0 ? childOrder.length : childOrder.indexOf(n));
      g.children.sort((a, b) => cr(a.name) - cr(b.name));
    }
  }
  return list.sort((a, b) => rank(a.name) - rank(b.name) || (pos.get(a.name) as number) - (pos.get(b.name) as number));
}
