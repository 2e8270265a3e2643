import { factsFor, numberOf } from "../../facts";
import { SCORE_STAGES } from "../../finding";
import { roundTo } from "../../normalize";
import type { Finding, Rule, RuleContext } from "../../types";
import { capTotal } from "../../../scoring/cap";

/** Decimals a person wrote: 95 → 0, 95.3 → 1, 95.33 → 2. */
const decimalsOf = (x: number): number => {
  const s = String(roundTo(x, 6));
  const i = s.indexOf(".");
  return i < 0 ? 0 : s.length - i - 1;
};

/**
 * The 总分 typed under the table against the sum of the scores typed above it (and the typed budget
 * score): an arithmetic slip reviewers otherwise catch by hand. A total rounded to fewer decimals
 * than the sum is accepted when it is that rounding.
 */
export const scoreTotalMismatch: Rule = {
  code: "score/total-mismatch",
  defaultSeverity: "error",
  stages: SCORE_STAGES,
  check(ctx) {
    return [...subtotalMismatches(ctx), ...totalMismatch(ctx)];
  },
};

/** A typed total is accepted when it is the sum, or that sum rounded to the decimals the person wrote. */
function slackFor(typed: number, tolerance: number): number {
  return Math.max(tolerance, 0.5 * 10 ** -decimalsOf(typed)) + 1e-9;
}

/** Each 小计 row against the typed scores of the first-level block it closes. */
function subtotalMismatches(ctx: RuleContext): Finding[] {
  const facts = factsFor(ctx);
  const out: Finding[] = [];
  for (const s of ctx.table.typedSubtotals ?? []) {
    const typed = numberOf(s.cell.value);
    if (typed === null || s.cell.formula) continue;
    const rows = facts.named().filter((f) => (s.level1.addr ? f.level1Addr === s.level1.addr : f.level1Text === s.level1.value));
    if (rows.length === 0 || rows.some((f) => f.typedScore === null)) continue;
    const sum = rows.reduce((a, f) => a + (f.typedScore as number), 0);
    if (Math.abs(sum - typed) <= slackFor(typed, ctx.profile.scoreTolerance)) continue;
    const level1 = rows[0]?.level1 ?? s.level1.value;
    out.push({ code: "score/total-mismatch", ...(s.cell.addr ? { cell: s.cell.addr } : {}), params: { typed, sum: roundTo(sum), bound: "subtotal", level1 }, expected: roundTo(sum), actual: typed });
  }
  return out;
}

function totalMismatch(ctx: RuleContext): Finding[] {
  const typedTotal = numberOf(ctx.table.typedTotal?.value);
  if (typedTotal === null || ctx.table.typedTotal?.formula) return [];
  const facts = factsFor(ctx);
  const rows = facts.named().filter((f) => f.weight !== null || f.typedScore !== null);
  if (rows.length === 0) return [];
  const b = ctx.table.budget;
  const typedBudget = b ? numberOf(b.score?.value ?? b.total?.score?.value) : null;
  const budgetCounts = b !== undefined && facts.framework === "tree";
  const sum = rows.reduce((s, f) => s + (f.typedScore ?? 0), 0) + (budgetCounts ? (typedBudget ?? 0) : 0);
  const slack = slackFor(typedTotal, ctx.profile.scoreTolerance);
  const untyped = rows.filter((f) => f.typedScore === null);
  if (untyped.length > 0 || (budgetCounts && typedBudget === null)) {
    // Not every part was scored by hand: the total can still be more than all the parts allow.
    if (untyped.some((f) => f.weight === null)) return [];
    const budgetRoom = budgetCounts && typedBudget === null ? (facts.budget()?.weight ?? ctx.profile.budget.weight) : 0;
    const most = sum + untyped.reduce((s, f) => s + (f.weight as number), 0) + budgetRoom;
    if (typedTotal <= most + slack) return [];
    const cell = ctx.table.typedTotal?.addr;
    return [{ code: "score/total-mismatch", ...(cell ? { cell } : {}), params: { typed: typedTotal, sum: roundTo(most), bound: "most" }, expected: roundTo(most), actual: typedTotal }];
  }
  if (Math.abs(sum - typedTotal) <= slack) return [];
  // Where the profile caps the total by the execution rate (Q-desk33), the capped sum is the right total.
  const capped = capTotal(sum, facts.budget()?.rate ?? null, ctx.profile).total;
  if (capped !== null && Math.abs(capped - typedTotal) <= slack) return [];
  const cell = ctx.table.typedTotal?.addr;
  return [{ code: "score/total-mismatch", ...(cell ? { cell } : {}), params: { typed: typedTotal, sum: roundTo(sum), bound: "sum" }, expected: roundTo(sum), actual: typedTotal }];
}
