import { weightTotal } from "../model/weights";
import type { AnalyzedTable } from "../analysis/analyze";
import type { RowFacts } from "../model/facts";
import type { Profile } from "../profiles/schema";
import { budgetRateFormula, budgetScoreFormula, roundingFormula } from "../scoring/formulas/budget";
import { gradeFormula } from "../scoring/formulas/grade";
import { numLit, strLit } from "../scoring/formulas/literal";
import { rowScoreFormula } from "../scoring/formulas/rowScore";
import { qualitativeFormula } from "../scoring/formulas/qualitative";
import { cappedTotal } from "../scoring/formulas/subtotal";
import type { CellValue, Grid, WorkbookGrids } from "../table/grid";
import type { PlanConditionalFormat } from "../table/plan";
import { addr, colLetter, parseAddr, parseRange } from "../table/recognize/a1";
import type { Cell } from "../table/table";
import type { Operator } from "../values/types";
import { directionHint } from "../model/direction-hint";
import { inferOperator } from "../values/direction";
import { textOf } from "../checks/normalize";
import { UNIT_SAMPLES, unitClassMirror, type UnitClass, type UnitOps, dateMirror, unitFormula, cleanTextFormula, cleanTextMirror, numberFormula, numberMirror, operatorFormula, operatorMirror, shownMirror } from "./parse-formulas";
import { isPercentFormat } from "../table/recognize/sheet-view";
import { readLiveStamps } from "./stamp";
import type { LiveCell, LivePatch, LivePlanResult, LiveSkip } from "./types";

export interface LivePlanOptions {
  library?: { id: string; version: string };
}

/** Helper and result columns added right of the table, in this order. */
const COLUMNS = {
  targetText: "〔核算〕指标文本",
  operator: "〔核算〕运算符",
  targetNumber: "〔核算〕指标数",
  actualText: "〔核算〕完成文本",
  actualNumber: "〔核算〕完成数",
  score: "核算得分",
  summaryLabel: "〔核算〕项目",
  summaryValue: "〔核算〕结果",
} as const;
type ColumnKey = keyof typeof COLUMNS;

const isEmpty = (v: CellValue | undefined): boolean => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

class GridLook {
  constructor(private readonly grid: Grid) {}
  value(a1: string): CellValue {
    const p = parseAddr(a1);
    if (!p) return null;
    return this.grid.values[p.row - this.grid.origin.row]?.[p.col - this.grid.origin.col] ?? null;
  }
  formula(a1: string): string | null {
    const p = parseAddr(a1);
    if (!p) return null;
    return this.grid.formulas[p.row - this.grid.origin.row]?.[p.col - this.grid.origin.col] ?? null;
  }
  percent(a1: string): boolean {
    const p = parseAddr(a1);
    if (!p) return false;
    const f = this.grid.numberFormats?.[p.row - this.grid.origin.row]?.[p.col - this.grid.origin.col];
    return typeof f === "string" && isPercentFormat(f);
  }
  empty(a1: string): boolean {
    return isEmpty(this.value(a1)) && !this.formula(a1) && !this.inMerge(a1);
  }
  private inMerge(a1: string): boolean {
    const p = parseAddr(a1);
    if (!p) return false;
    return this.grid.merges.some((m) => {
      const r = parseRange(m);
      return r !== null && p.row >= r.top && p.row <= r.bottom && p.col >= r.left && p.col <= r.right;
    });
  }
}

/**
 * A cell a formula can use as a number: the sheet holds a number there, not text the core reads as one
 * ("4753.66万元", "10分", "76%" typed as text): a formula would see text where the core saw a number.
 */
const numberCell = (c: Cell<CellValue> | undefined, look: GridLook): c is Cell<CellValue> & { addr: string } =>
  c?.addr !== undefined && typeof look.value(c.addr) === "number" && !c.formula;

/** A row's weight as the formulas read it: its own cell when that holds a number, else the number the core took. */
const weightRefOf = (f: RowFacts, look: GridLook): string =>
  f.weightFrom === "cell" && numberCell(f.row.weight, look) ? f.row.weight.addr : numLit(f.weight as number);

/**
 * The direction a target written without an operator takes on this row, per kind of unit (see
 * UnitOps). Split layouts with a unit column keep the direction the core inferred today.
 */
function fallbackOps(f: RowFacts, facts: AnalyzedTable["facts"]): Operator | UnitOps {
  if (f.row.unit?.addr) {
    if (f.target.ok && f.target.value.operatorAssumed && f.target.value.operator !== "text") return f.target.value.operator;
    return ">=";
  }
  const hint = directionHint(facts.library, f.row, f.level1Text, f.level2Text);
  const ask = (unit: string): Operator =>
    inferOperator({ level1: hint.level1 ?? null, level2: hint.level2 ?? null, libraryOperator: hint.libraryOperator ?? null, unit, name: textOf(f.row.name.value) }).operator;
  const ops = {} as UnitOps;
  for (const k of Object.keys(UNIT_SAMPLES) as UnitClass[]) ops[k] = ask(UNIT_SAMPLES[k]);
  return ops;
}

interface RowPlan {
  f: RowFacts;
  /** Where the row's score is in the sheet after the upgrade (a formula, or the typed qualitative score in fill mode). */
  scoreRef: string | null;
  expect: number | null;
}

/**
 * Plans live scoring for one recognised self-evaluation table in the sheet it stands in: native
 * formulas computing each row's score from its own target, actual and weight cells by the profile,
 * the budget rate and score from the budget block, the subtotals, total and grade. Only cells empty
 * today are written; typed scores are kept and a 核算得分 column goes beside them. What cannot be
 * upgraded is returned as data.
 */
export function planLiveScoring(analyzed: AnalyzedTable, grids: WorkbookGrids, options: LivePlanOptions = {}): LivePlanResult {
  const { table, facts, profile, score } = analyzed;
  const grid = grids.sheets.find((g) => g.sheet === table.sheet);
  const range = table.range ? parseRange(table.range) : null;
  if (table.kind !== "self-eval") return { ok: false, reasons: [{ reason: "not-self-eval", text: table.kind }] };
  // A Jixiao template computes its scores already; its formulas are its own.
  if (table.layout === "jixiao" || table.meta.stamp) return { ok: false, reasons: [{ reason: "already-live", text: table.sheet }] };
  const named = facts.named();
  if (!grid || !range || named.length === 0) return { ok: false, reasons: [{ reason: "no-rows" }] };
  if (named.every((f) => f.weight === null)) return { ok: false, reasons: [{ reason: "no-weight" }] };
  const look = new GridLook(grid);
  const skipped: LiveSkip[] = [];
  if (readLiveStamps(grids).some((s) => s.sheet === table.sheet)) return { ok: false, reasons: [{ reason: "already-live", text: table.sheet }] };

  const typedScores = named.some((f) => f.row.score && !isEmpty(f.row.score.value));
  const fill = !typedScores && named.every((f) => f.row.score?.addr !== undefined && look.empty(f.row.score.addr));
  const mode: LivePatch["mode"] = fill ? "fill" : "beside";
  const keys: ColumnKey[] = ["targetText", "operator", "targetNumber", "actualText", "actualNumber", ...(fill ? [] : (["score"] as ColumnKey[])), "summaryLabel", "summaryValue"];

  // Summary rows: header, one per first level, budget rate and score, total, grade.
  const groups = new Map<string, RowFacts[]>();
  for (const f of named) {
    const k = f.level1 ?? f.level1Text;
    groups.set(k, [...(groups.get(k) ?? []), f]);
  }
  const useBudget = facts.framework === "tree" && table.budget !== undefined;
  const summaryRows = 1 + groups.size + (useBudget ? 2 : 0) + 2;
  const top = range.top;
  const bottom = Math.max(range.bottom, top + summaryRows - 1);

  // The first run of columns right of the table that is empty over the rows written.
  let left = range.right + 1;
  const free = (c: number): boolean => {
    for (let r = top; r <= bottom; r++) if (!look.empty(addr(r, c))) return false;
    return true;
  };
  let found = false;
  for (let tries = 0; tries < 40 && !found; tries++) {
    found = keys.every((_, i) => free(left + i));
    if (!found) left++;
  }
  if (!found) return { ok: false, reasons: [{ reason: "no-space", text: table.sheet }] };
  const col: Partial<Record<ColumnKey, string>> = {};
  keys.forEach((k, i) => (col[k] = colLetter(left + i)));
  const at = (k: ColumnKey, row: number): string => `${col[k] as string}${row}`;

  const cells: LiveCell[] = [];
  const marks: PlanConditionalFormat[] = [];
  for (const k of keys) cells.push({ addr: at(k, top), role: "header", value: COLUMNS[k], label: COLUMNS[k] });

  const rows: RowPlan[] = [];
  for (const f of named) {
    const r = f.row.row;
    const rowSkip = (reason: LiveSkip["reason"], cell?: string): void => {
      skipped.push({ reason, row: r, ...(cell ? { cell } : {}), text: f.name });
      rows.push({ f, scoreRef: null, expect: null });
    };
    if (f.weight === null) {
      rowSkip("no-weight", f.row.weight?.addr);
      continue;
    }
    if (f.target.ok && f.target.value.isDate && (f.target.value.yearMissing || f.row.unit?.addr)) {
      rowSkip("date-target", f.row.target.addr);
      continue;
    }
    const targetAddr = f.row.target.addr;
    if (!targetAddr) {
      rowSkip("target-form");
      continue;
    }
    // Mirror of the helper formulas on today's cells: they must read the row as the core does.
    const rawT = look.value(targetAddr);
    const pctT = look.percent(targetAddr);
    const cleanT = cleanTextMirror(shownMirror(rawT, pctT), true);
    const numT = numberMirror(rawT, cleanT, pctT);
    const split = f.row.operator ? (f.row.operator.value ?? "") : undefined;
    const ops = fallbackOps(f, facts);
    const fallback = typeof ops === "string" ? ops : ops[unitClassMirror(rawT, pctT)];
    const op = operatorMirror(typeof rawT === "number" ? "" : rawT, numT, split, fallback, cleanT);
    const coreOp: Operator = f.target.ok ? f.target.value.operator : "text";
    const isDate = dateMirror(cleanT) !== undefined;
    const coreDate = f.target.ok && f.target.value.isDate === true;
    if (coreDate && !isDate) {
      rowSkip("date-target", targetAddr);
      continue;
    }
    if (op !== coreOp || isDate !== coreDate || (op !== "text" && f.target.ok && numT !== f.target.value.number)) {
      rowSkip("target-form", targetAddr);
      continue;
    }
    const actualAddr = f.row.actual?.addr;
    const rawA = actualAddr ? look.value(actualAddr) : null;
    const pctA = actualAddr ? look.percent(actualAddr) : false;
    const cleanA = actualAddr ? cleanTextMirror(shownMirror(rawA, pctA), false) : "";
    const numA = actualAddr ? numberMirror(rawA, cleanA, pctA) : null;
    if (op !== "text") {
      if (numA !== facts.actual(f)) {
        rowSkip("actual-form", actualAddr);
        continue;
      }
    }
    const weightRef = weightRefOf(f, look);
    const expect = facts.score(f)?.score ?? null;
    cells.push({ addr: at("targetText", r), role: "target-text", formula: cleanTextFormula(targetAddr, true, pctT), expect: cleanT, label: `第${r}行 指标文本`, row: r });
    cells.push({ addr: at("targetNumber", r), role: "target-number", formula: numberFormula(targetAddr, at("targetText", r), pctT), expect: numT, label: `第${r}行 指标数`, row: r });
    const opFormula = operatorFormula({ target: targetAddr, number: at("targetNumber", r), clean: at("targetText", r), ...(f.row.operator?.addr ? { split: f.row.operator.addr } : {}) }, ops, pctT);
    cells.push({ addr: at("operator", r), role: "operator", formula: opFormula, expect: opDisplay(op), label: `第${r}行 运算符`, row: r });
    const actualRef = actualAddr ?? '""';
    cells.push({ addr: at("actualText", r), role: "actual-text", formula: actualAddr ? cleanTextFormula(actualAddr, false, pctA) : '""', expect: cleanA, label: `第${r}行 完成文本`, row: r });
    cells.push({
      addr: at("actualNumber", r),
      role: "actual-number",
      formula: actualAddr ? numberFormula(actualAddr, at("actualText", r), pctA) : '""',
      expect: numA,
      label: `第${r}行 完成数`,
      row: r,
    });
    const refs = { operator: at("operator", r), target: at("targetNumber", r), unit: unitFormula(at("targetText", r)), actual: at("actualNumber", r), weight: weightRef };
    if (fill) {
      const scoreAddr = f.row.score?.addr as string;
      if (op === "text") {
        // The person types a qualitative score into the form's own cell; totals read it there.
        rows.push({ f, scoreRef: scoreAddr, expect });
        continue;
      }
      cells.push({ addr: scoreAddr, role: "row-score", formula: rowScoreFormula({ ...refs, typedScore: actualRef }, profile), expect, label: `第${r}行 得分`, row: r });
      rows.push({ f, scoreRef: scoreAddr, expect });
    } else {
      const typed = f.row.score?.addr;
      const typedRef = typed ?? '""';
      // A quantitative row whose actual is not a number ("完成") keeps the typed score, as the core does.
      const formula = `IF(AND(${refs.operator}<>${strLit("定性")},ISNUMBER(${refs.actual})=FALSE),${qualitativeFormula(typedRef, weightRef)},${rowScoreFormula({ ...refs, typedScore: typedRef }, profile)})`;
      const here = at("score", r);
      cells.push({ addr: here, role: "row-score", formula, expect, label: `第${r}行 核算得分`, row: r });
      rows.push({ f, scoreRef: here, expect });
      if (typed) marks.push(differenceMark(here, typed, profile, `第${r}行 填报得分与核算得分不一致`));
    }
  }

  // Summary block.
  let sr = top + 1;
  const summary = (label: string, role: LiveCell["role"], formula: string, expect: number | string | null): string => {
    const ref = at("summaryValue", sr);
    cells.push({ addr: at("summaryLabel", sr), role: "label", value: label, label });
    cells.push({ addr: ref, role, formula, expect, label });
    sr++;
    return ref;
  };
  const scoreOf = (f: RowFacts): number => facts.score(f)?.score ?? 0;
  for (const [name, list] of groups) {
    const refs = list.map((p) => rows.find((x) => x.f === p)?.scoreRef).filter((x): x is string => x !== null && x !== undefined);
    if (refs.length === 0) continue;
    summary(`小计：${name}`, "subtotal", `SUM(${refs.join(",")})`, list.reduce((s, f) => s + (rows.find((x) => x.f === f)?.scoreRef ? scoreOf(f) : 0), 0));
  }
  let budgetScoreRef: string | null = null;
  let rateRef: string | null = null;
  if (useBudget) {
    const b = budgetFormulas(analyzed, look);
    if (b) {
      const bs = facts.budget();
      rateRef = summary("预算执行率", "budget-rate", b.rate, bs?.rate ?? null);
      budgetScoreRef = summary("预算执行得分", "budget-score", b.score(rateRef), bs?.score ?? null);
      fillFormCell(table.budget?.total?.rate ?? table.budget?.rows[0]?.rate, rateRef, "budget-rate", "预算执行率（表内）", bs?.rate ?? null);
      const formScore = table.budget?.score ?? table.budget?.total?.score ?? table.budget?.rows[0]?.score;
      fillFormCell(formScore, budgetScoreRef, "budget-score", "预算执行得分（表内）", bs?.score ?? null);
      if (formScore?.addr && !look.empty(formScore.addr)) marks.push(differenceMark(budgetScoreRef, formScore.addr, profile, "填报的预算执行得分与核算不一致"));
    } else {
      skipped.push({ reason: "budget-unreadable" });
    }
  }
  const complete = rows.every((r) => r.scoreRef !== null) && (!useBudget || budgetScoreRef !== null);
  if (complete) {
    const refs = rows.map((r) => r.scoreRef as string);
    const total = summary("总分", "total", totalFormula(refs, budgetScoreRef, rateRef, profile, weightCondition(analyzed, look)), score.total);
    summary("等级", "grade", gradeFormula(total, profile), score.grade);
    fillFormCell(table.typedTotal, total, "total", "总分（表内）", score.total);
    if (table.typedTotal?.addr && !look.empty(table.typedTotal.addr)) marks.push(differenceMark(total, table.typedTotal.addr, profile, "填报总分与核算总分不一致"));
  } else {
    skipped.push({ reason: "rows-not-upgraded" });
  }

  function fillFormCell(c: Cell<unknown> | undefined, ref: string, role: LiveCell["role"], label: string, expect: number | string | null): void {
    if (!c?.addr || !look.empty(c.addr) || cells.some((x) => x.addr === c.addr)) return;
    cells.push({ addr: c.addr, role, formula: ref, expect, label });
  }

  // Scores read as 8.62, rates as 86.20%, in the added columns only: the form's own cells keep their look.
  const added = new Set(keys.map((k) => col[k] as string));
  for (const c of cells) {
    const letters = /^[A-Z]+/.exec(c.addr)?.[0] ?? "";
    if (!added.has(letters)) continue;
    if (c.role === "budget-rate") c.numberFormat = "0.00%";
    else if (c.role === "row-score" || c.role === "subtotal" || c.role === "total" || c.role === "budget-score") c.numberFormat = "0.00";
  }
  const upgradedRows = rows.filter((r) => r.scoreRef !== null).length;
  if (upgradedRows === 0) return { ok: false, reasons: skipped.length ? skipped : [{ reason: "no-rows" }] };
  const stamp = {
    libraryId: options.library?.id ?? "",
    version: options.library?.version ?? "",
    profile: profile.id,
    sheet: table.sheet,
    mode,
    cells: cells.map((c) => ({ addr: c.addr, label: c.label, ...(c.formula !== undefined ? { formula: c.formula } : { value: c.value ?? "" }), ...(c.numberFormat ? { numberFormat: c.numberFormat } : {}) })),
    marks: marks.map((m) => m.range),
  };
  return { ok: true, patch: { sheet: table.sheet, mode, cells, conditionalFormats: marks, addedColumns: keys.map((k) => col[k] as string), stamp, skipped, upgradedRows } };
}

const opDisplay = (op: Operator): string => ({ ">=": "≥", ">": ">", "<=": "≤", "<": "<", "=": "=", "±": "±", text: "定性" })[op];

/** Red fill on the computed cell where the typed number differs from it beyond the profile's tolerance. */
function differenceMark(computed: string, typed: string, profile: Profile, meaning: string): PlanConditionalFormat {
  return {
    range: computed,
    formula: `AND(ISNUMBER(${typed}),ISNUMBER(${computed}),ABS(${typed}-${computed})>${numLit(profile.scoreTolerance)})`,
    style: { fill: "#FFC7CE", fontColor: "#9C0006", bold: true },
    meaning,
  };
}

/** Budget rate and score from the block's own cells, as readBudgetInput reads them; null when they cannot be written. */
function budgetFormulas(analyzed: AnalyzedTable, look: GridLook): { rate: string; score: (rateRef: string) => string } | null {
  const { table, facts, profile } = analyzed;
  const block = table.budget;
  const input = facts.budgetInput();
  if (!block || !input) return null;
  const total = block.total ?? block.rows[0];
  const weightCell = block.weight ?? total?.weight;
  const weightRef = numberCell(weightCell, look) ? weightCell.addr : undefined;
  if (weightCell?.addr && !weightRef && input.weight !== null && input.weight !== profile.budget.weight) return null;
  const ok = (c: Cell<unknown> | undefined): string | null => (c?.addr && typeof look.value(c.addr) === "number" && !look.formula(c.addr) ? c.addr : null);
  let a: string | null = null;
  let b: string | null = null;
  if (input.budget !== null && input.executed !== null && input.budget !== 0) {
    if (input.from === "total") {
      a = ok(total?.budget);
      b = ok(total?.executed);
    } else {
      const parts = block.rows.filter((r) => r !== total);
      const as = parts.map((r) => ok(r.budget)).filter((x): x is string => x !== null);
      const bs = parts.map((r) => ok(r.executed)).filter((x): x is string => x !== null);
      if (as.length && bs.length) {
        a = `SUM(${as.join(",")})`;
        b = `SUM(${bs.join(",")})`;
      }
    }
    if (!a || !b) return null;
    const refs = { budget: a, executed: b, ...(weightRef ? { weight: weightRef } : {}) };
    return { rate: budgetRateFormula(a, b), score: () => budgetScoreFormula(refs, profile) };
  }
  const rateCell = total?.rate;
  if (input.rate !== null && rateCell?.addr && typeof look.value(rateCell.addr) === "number") {
    const r = rateCell.addr;
    const w = weightRef ? `IF(AND(ISNUMBER(${weightRef}),${weightRef}>=0),${weightRef},${numLit(profile.budget.weight)})` : numLit(profile.budget.weight);
    return {
      rate: `IF(ISNUMBER(${r}),IF(${r}>1.5,${r}/100,${r}),"")`,
      score: (rate) => `IF(ISNUMBER(${rate}),${roundingFormula(`${w}*MIN(MAX(${rate},0),1)`, profile.budget.rounding)},"")`,
    };
  }
  return null;
}

/**
 * The core gives no total when the weights fall short of the full marks (model/weights.ts): the same test on
 * the sheet, over the weights as the formulas read them, so a weight corrected in the sheet brings the total back.
 * Null when the rows carry no weights of their own (the core does not test them then either).
 */
function weightCondition(analyzed: AnalyzedTable, look: GridLook): string | null {
  const { table, facts, profile } = analyzed;
  const w = weightTotal(facts);
  if (!w) return null;
  // The rows weightTotal adds, each as the row score formulas read its weight.
  const refs = facts.rows.filter((f) => f.weight !== null).map((f) => weightRefOf(f, look));
  if (w.budget !== null) {
    const cell = table.budget?.weight ?? table.budget?.total?.weight;
    refs.push(numberCell(cell, look) ? cell.addr : numLit(w.budget));
  }
  return `SUM(${refs.join(",")})>=${numLit(w.expected - profile.scoreTolerance)}`;
}

/** Rows and budget added, capped by the execution rate where the profile says; blank until every part is a number and the weights make the full marks. */
function totalFormula(refs: readonly string[], budgetRef: string | null, rateRef: string | null, profile: Profile, weightsWhole: string | null): string {
  const parts = budgetRef ? [...refs, budgetRef] : [...refs];
  const sum = `SUM(${parts.join(",")})`;
  const capped = rateRef ? cappedTotal(sum, rateRef, profile) : sum;
  const body = weightsWhole ? `IF(${weightsWhole},${capped},"")` : capped;
  // Every part a number: AND of ISNUMBER keeps to the classic function set (COUNT would do the same).
  return `IF(AND(${parts.map((p) => `ISNUMBER(${p})`).join(",")}),${body},"")`;
}
