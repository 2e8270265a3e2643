import type { Profile } from "../profiles/schema";
import type { ScoredRow, ScoreState, Subtotal, TableScore } from "../scoring/types";
import { gradeFor } from "../scoring/grade";
import { capTotal } from "../scoring/cap";
import type { TableFacts } from "./facts";
import { weightTotal } from "./weights";

const UNSCORED = { rule: "none", score: null, met: false, overCompletion: false } as const;

/**
 * Scores a table from the shared row model: each row, subtotals per first and second level, the
 * budget block, the total and the grade. A total is given only when it is whole: a row that cannot
 * be scored never counts as 0, and then there is no total and no grade, with the reason in `state`.
 */
const scored = new WeakMap<TableFacts, TableScore>();

export function scoreFacts(facts: TableFacts): TableScore {
  // The analysis and score/not-scored both ask: score each table once.
  const hit = scored.get(facts);
  if (hit) return hit;
  const out = computeScore(facts);
  scored.set(facts, out);
  return out;
}

function computeScore(facts: TableFacts): TableScore {
  const { profile } = facts;
  const rows: ScoredRow[] = facts.named().map((f) => {
    const s = facts.score(f);
    return {
      row: f.row.row,
      name: f.name,
      level1: f.level1 ?? f.level1Text,
      level2: f.level2 ?? f.level2Text,
      weight: f.weight,
      result: s ?? { ...UNSCORED, rule: UNSCORED.rule },
    };
  });
  const subtotals = subtotalsOf(rows, profile);
  // The evaluation framework scores budget execution among its indicators (项目管理 / 预算执行率).
  const budget = facts.framework === "evaluation" ? null : facts.budget();
  const unscored = rows.filter((r) => r.weight !== null && r.result.score === null).map((r) => r.row);
  const state = stateOf(facts, rows, unscored, budget?.score ?? null);
  const sum = state === "scored" ? rows.reduce((s, r) => s + (r.result.score ?? 0), 0) + (budget?.score ?? 0) : null;
  // The 一体化 manual's execution-rate cap (Q-desk33), when the profile switches it on (scoring/cap.ts).
  const { total, cap } = capTotal(sum, budget?.rate ?? null, profile);
  return { rows, subtotals, budget, total, ...(cap !== null ? { cap } : {}), grade: total === null ? null : gradeFor(total, profile), state, unscored };
}

function stateOf(facts: TableFacts, rows: readonly ScoredRow[], unscored: readonly number[], budgetScore: number | null): ScoreState {
  const { table } = facts;
  if (table.kind === "goal" || table.kind === "dept-goal" || table.kind === "monitor") return "goal";
  const input = facts.budgetInput();
  const anyActual =
    facts.named().some((f) => f.actualState === "number" || f.actualState === "text" || (f.typedScore !== null && !f.typedScoreCell?.formula)) ||
    (input !== null && (input.executed !== null || input.rate !== null));
  if (!anyActual) return "no-data";
  // A table whose indicator rows are missing has no total, whatever its budget block says.
  if (rows.length === 0) return "incomplete";
  if (rows.every((r) => r.weight === null)) return "no-weights";
  if (unscored.length > 0 || rows.some((r) => r.weight === null)) return "incomplete";
  if (table.budget && facts.framework === "tree" && budgetScore === null) return "incomplete";
  const weights = weightTotal(facts);
  if (weights && weights.short) return "weight-sum";
  return "scored";
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
