import type { Indicator } from "../library/schema";
import type { Profile } from "../profiles/schema";
import type { BudgetScore, RowScore } from "../scoring/types";
import { scoreRow } from "../scoring/scoreRow";
import { scoreBudget } from "../scoring/budget";
import { clampScore } from "../scoring/clamp";
import type { CellValue } from "../table/grid";
import type { Cell, IndicatorRow, Table } from "../table/table";
import { createRowTargetReader, readRowActual } from "../values/row";
import { parseActual } from "../values/parse";
import type { ParseResult } from "../values/types";
import type { LibraryView, RuleContext } from "../checks/types";
import { normalizeName, textOf } from "../checks/normalize";
import { readNumber } from "./number";
import { stripTemplateNumber } from "./names";
import { isGenericLevel2, resolveLevels, treeIndex, type TreeIndex } from "./tree";
import { readBudgetInput, type BudgetInput } from "./budget-input";
import { directionHint } from "./direction-hint";

/** One indicator row read once per analysis, shared by every rule and by the scores. */
export interface RowFacts {
  index: number;
  row: IndicatorRow;
  name: string;
  /** Normalised name: width, spaces and brackets ignored. */
  key: string;
  /** 一级 / 二级 as printed, filled down through merged cells. */
  level1Text: string;
  level2Text: string;
  level1Addr?: string;
  level2Addr?: string;
  /** Canonical names from the profile tree, null when the label is not in it. */
  level1: string | null;
  level2: string | null;
  /** The 一级 the tree puts `level2` under. */
  level2Parent: string | null;
  /** The 二级 stands where an older published tree put it (服务对象满意度 under 效益): valid, not a bad tree. */
  legacyPlacement: boolean;
  isCost: boolean;
  target: ParseResult;
  /** The row's weight: its own 分值 cell, else the full marks printed on a level that holds only this row. */
  weight: number | null;
  weightFrom: "cell" | "level" | null;
  /**
   * The score a person entered: the score cell, or for qualitative rows of Jixiao templates (whose
   * score cell holds a formula) the number typed into the actual cell, as scoring reads it.
   */
  typedScore: number | null;
  typedScoreCell?: Cell<CellValue>;
  /** What the actual cell holds: a number the rules can use, text they cannot ("完成"), or nothing. */
  actualState: "number" | "text" | "empty" | "none";
}

export interface LibraryMatch {
  indicator: Indicator;
  by: "code" | "name";
  /** Whether the library has this name under the row's own 二级 (several 二级 may share a name). */
  sameCategory: boolean;
}

export interface LibraryCategory {
  level1: string | null;
  level2: string | null;
  isCost: boolean;
}

/** A row's score as the analysis settles it: by the profile's rule, or the person's own where no rule can apply. */
export interface RowResult extends RowScore {
  /** The score is the one the person typed (qualitative rows, or an actual written as text such as "完成"). */
  typed: boolean;
}

/** The 部门整体 dimensions (seeds: 邯郸; 宁德, 岳阳楼区 in the corpus). */
const DEPARTMENT_LEVEL1 = /^(部门)?(运行成本|管理效率|履职效能|社会效应|可持续发展能力|履职效果|职责履行|预算配置|预算执行|预算管理|资产管理)$/;

/** First levels of the evaluation framework that have no targets: 项目决策, 项目管理, 过程. */
const PROCESS_LEVEL1 = /^(项目)?(决策|过程|管理|实施)$/;

/** @deprecated name kept for rules: the one number reader. */
export const numberOf = readNumber;

/** Mirrors scoring's reading so checks and scores agree on what the person typed. */
function typedScoreOf(row: IndicatorRow, target: ParseResult): { value: number | null; cell?: Cell<CellValue> } {
  const own = readNumber(row.score?.value);
  if (!target.ok || target.value.operator !== "text") return { value: own, ...(row.score ? { cell: row.score } : {}) };
  if (row.score && !row.score.formula && own !== null) return { value: own, cell: row.score };
  const inActual = row.actual && typeof row.actual.value === "number" ? row.actual.value : null;
  if (inActual !== null && row.actual) return { value: inActual, cell: row.actual };
  return { value: own, ...(row.score ? { cell: row.score } : {}) };
}

/** What the actual cell holds, given the number read from it (in the target's unit) or null. */
function actualStateOf(row: IndicatorRow, read: number | null): RowFacts["actualState"] {
  if (!row.actual) return "none";
  const v = row.actual.value;
  if (v === null || textOf(v) === "") return "empty";
  return typeof v === "number" || read !== null ? "number" : "text";
}

/** The per-table memo: rows parsed once, library matches and scores computed on first use. */
export class TableFacts {
  readonly rows: RowFacts[];
  readonly tree: TreeIndex;
  /** Some row carries a weight value in its own cell (weights taken from level labels do not count). */
  readonly hasWeightValues: boolean;
  /** The table has a weight column (a cell object, even empty). */
  readonly hasWeightColumn: boolean;
  readonly hasBasisColumn: boolean;
  /** The rows speak the profile's tree (部门整体 tables may use their own dimensions instead). */
  readonly usesTree: boolean;
  /**
   * "evaluation": the table follows the 10号 evaluation framework (项目决策 / 项目管理（过程）/ 项目产出 /
   * 项目效益, 100 points with budget execution scored among the indicators), as some cities' self-evaluations
   * do (银川); "department": the 部门整体 dimensions (运行成本, 管理效率, 履职效能, 社会效应, 可持续发展能力
   * …, 邯郸 in the seeds) a department-wide table may use instead of the tree; "tree": the profile's goal tree.
   */
  readonly framework: "tree" | "evaluation" | "department";
  private readonly costNames: Set<string>;
  private readonly costLevel1: Set<string>;
  private readonly libCache = new Map<number, LibraryMatch | null>();
  private readonly actualCache = new Map<number, number | null>();
  private readonly scoreCache = new Map<number, RowResult | null>();
  private budgetCache: BudgetScore | null | undefined;
  private budgetInputCache: BudgetInput | null | undefined;
  private namedCache: RowFacts[] | undefined;
  private readonly categoryCache = new Map<Indicator, LibraryCategory>();

  constructor(
    readonly table: Table,
    readonly profile: Profile,
    readonly library: LibraryView | undefined,
  ) {
    this.tree = treeIndex(profile);
    this.costNames = new Set(profile.cost.level2.map((n) => this.tree.level2(n, null)?.name ?? n));
    this.costLevel1 = new Set(
      profile.tree.filter((n) => n.children.length > 0 && n.children.every((c) => this.costNames.has(c.name))).map((n) => n.name),
    );
    const rows: RowFacts[] = [];
    let l1Text = "";
    let l2Text = "";
    let l1Addr: string | undefined;
    let l2Addr: string | undefined;
    const parse = createRowTargetReader(tableYear(table));
    table.indicators.forEach((row, index) => {
      const l1 = textOf(row.level1.value);
      const l2 = textOf(row.level2.value);
      // A new 一级 cell starts a new block (even one printed only as "(50分)"): its 二级 must not leak from the previous block.
      const newL1 = row.level1.addr !== undefined ? row.level1.addr !== l1Addr : l1 !== "" && l1 !== l1Text;
      if (newL1) {
        l1Text = l1;
        l1Addr = row.level1.addr;
        if (!l2) {
          l2Text = "";
          l2Addr = row.level2.addr;
        }
      }
      if (l2 || (row.level2.addr !== undefined && row.level2.addr !== l2Addr)) {
        l2Text = l2;
        l2Addr = row.level2.addr;
      }
      // A first level carried over an empty cell gives way to the one the row's second level belongs to
      // (社会效益 under 效益指标), when the tree names exactly one.
      if (row.level1Carried && l2Text) {
        const carried = this.tree.level1(l1Text);
        const parents = this.tree.parentsOf(l2Text);
        if (carried && parents.length === 1 && parents[0] !== carried) l1Text = parents[0] as string;
      }
      // "指标1：完成改造项目数量": the template's numbering is not part of the indicator's name.
      const name = stripTemplateNumber(textOf(row.name.value));
      // No second level printed, and the name is one (黄石 2019 监控表: 成本, 社会效益 in 指标名称): it places the row.
      const l2Placing = l2Text === "" && this.tree.parentsOf(name).length > 0 ? name : l2Text;
      const levels = resolveLevels(this.tree, profile, l1Text, l2Placing);
      const own = readNumber(row.weight?.value);
      const target = parse(row, directionHint(library, row, l1Text, l2Text));
      const typed = typedScoreOf(row, target);
      // The actual is read once, in the target's unit; a qualitative row has no actual number to score.
      const value = target.ok ? target.value : undefined;
      const read = row.actual === undefined ? null : readRowActual(row, value);
      this.actualCache.set(index, value?.operator === "text" ? null : read);
      rows.push({
        index,
        row,
        name,
        key: normalizeName(name),
        level1Text: l1Text || levels.level1 || "",
        // A generic second level ("具体指标") counts as none, as the tree resolver reads it.
        level2Text: isGenericLevel2(l2Text) ? "" : l2Text,
        ...(l1Addr ? { level1Addr: l1Addr } : {}),
        ...(l2Addr ? { level2Addr: l2Addr } : {}),
        level1: levels.level1,
        level2: levels.level2,
        level2Parent: levels.parent,
        legacyPlacement: levels.legacy,
        isCost: this.isCostCategory(levels.level1, levels.level2, l2Text),
        target,
        weight: own,
        weightFrom: own !== null ? "cell" : null,
        typedScore: typed.value,
        ...(typed.cell ? { typedScoreCell: typed.cell } : {}),
        actualState: actualStateOf(row, read),
      });
    });
    fillLevelWeights(rows);
    this.rows = rows;
    this.hasWeightValues = rows.some((r) => r.weightFrom === "cell");
    this.hasWeightColumn = rows.some((r) => r.row.weight !== undefined);
    this.hasBasisColumn = rows.some((r) => r.row.basis !== undefined);
    this.framework = rows.some((r) => PROCESS_LEVEL1.test(this.tree.key(r.level1Text)))
      ? "evaluation"
      : rows.some((r) => r.level1 === null && DEPARTMENT_LEVEL1.test(this.tree.key(r.level1Text)))
        ? "department"
        : "tree";
    this.usesTree = this.framework === "tree" && (table.kind !== "dept-goal" || rows.some((r) => r.level1 !== null));
  }

  /** A 决策 / 过程 / 管理 row of the evaluation framework: judged by its scoring standard, not by a target. */
  isProcessRow(f: RowFacts): boolean {
    return this.framework === "evaluation" && PROCESS_LEVEL1.test(this.tree.key(f.level1Text));
  }

  /** 成本 counts whether the profile keeps it a 二级 under 产出 (2020) or a 一级 of its own (2021). */
  isCostCategory(level1: string | null, level2: string | null, level2Text: string): boolean {
    if (level2 && this.costNames.has(level2)) return true;
    if (level1 && this.costLevel1.has(level1)) return true;
    return /成本$/.test(this.tree.key(level2Text));
  }

  /** Rows with a name: blank spacer rows are not indicators. */
  named(): readonly RowFacts[] {
    this.namedCache ??= this.rows.filter((r) => r.name !== "");
    return this.namedCache;
  }

  libraryMatch(f: RowFacts): LibraryMatch | null {
    const lib = this.library;
    if (!lib) return null;
    const hit = this.libCache.get(f.index);
    if (hit !== undefined) return hit;
    let match: LibraryMatch | null = null;
    const code = textOf(f.row.code?.value);
    const byCode = code ? lib.byCode.get(code) : undefined;
    if (byCode) {
      match = { indicator: byCode, by: "code", sameCategory: this.sameCategory(f, byCode) };
    } else if (f.name) {
      const list = libraryNames(lib).get(f.key);
      if (list && list.length > 0) {
        const same = list.find((ind) => this.sameCategory(f, ind));
        match = { indicator: same ?? (list[0] as Indicator), by: "name", sameCategory: same !== undefined };
      }
    }
    this.libCache.set(f.index, match);
    return match;
  }

  /** The library indicator's 一级/二级 read through the profile tree. */
  libraryCategory(ind: Indicator): LibraryCategory {
    let cat = this.categoryCache.get(ind);
    if (!cat) {
      const level1 = this.tree.level1(ind.level1);
      const level2 = this.tree.level2(ind.level2, level1)?.name ?? null;
      cat = { level1, level2, isCost: this.isCostCategory(level1, level2, ind.level2) };
      this.categoryCache.set(ind, cat);
    }
    return cat;
  }

  sameCategory(f: RowFacts, ind: Indicator): boolean {
    const cat = this.libraryCategory(ind);
    if (cat.isCost && f.isCost) return true;
    const l1 = cat.level1 ?? this.tree.key(ind.level1);
    const l2 = cat.level2 ?? this.tree.key(ind.level2);
    const r1 = f.level1 ?? this.tree.key(f.level1Text);
    const r2 = f.level2 ?? this.tree.key(f.level2Text);
    if (!f.level2Text) return l1 === r1;
    return l1 === r1 && l2 === r2;
  }

  actual(f: RowFacts): number | null {
    const hit = this.actualCache.get(f.index);
    if (hit !== undefined) return hit;
    const value = f.target.ok ? f.target.value : undefined;
    const a = f.row.actual === undefined || value?.operator === "text" ? null : readRowActual(f.row, value);
    this.actualCache.set(f.index, a);
    return a;
  }

  /** 全年预计完成值 of a monitor row, read like an actual. */
  expected(f: RowFacts): number | null {
    if (!f.row.expected || textOf(f.row.expected.value) === "") return null;
    return parseActual(f.row.expected.value, f.target.ok ? f.target.value : undefined);
  }

  /**
   * The row's score: the profile's rule on target and actual; where no rule can apply (a qualitative
   * row, an actual written as "完成", a target the rules cannot read) the score the person typed stands.
   * Null when the row cannot be scored at all (no weight, or neither an actual nor a typed score).
   */
  score(f: RowFacts): RowResult | null {
    const hit = this.scoreCache.get(f.index);
    if (hit !== undefined) return hit;
    let s: RowResult | null = null;
    if (f.weight !== null) {
      const t = f.target.ok ? f.target.value : null;
      const actual = t && t.operator !== "text" ? this.actual(f) : null;
      if (t && (t.operator === "text" || actual !== null)) {
        const r = scoreRow(
          {
            operator: t.operator,
            target: t.number,
            actual,
            weight: f.weight,
            isDate: t.isDate === true,
            tier: textOf(f.row.tier?.value) || null,
            typedScore: t.operator === "text" ? f.typedScore : null,
          },
          this.profile,
        );
        if (r.score !== null || t.operator === "text") {
          // scoreRow makes a fresh result for each call: complete it in place (a copy of objects of
          // several shapes showed up in a batch's profile).
          const done = r as RowResult;
          done.typed = t.operator === "text" && r.score !== null;
          s = done;
        }
      }
      if ((s === null || s.score === null) && f.typedScore !== null && !f.typedScoreCell?.formula) {
        const score = clampScore(f.typedScore, f.weight);
        s = { rule: s?.rule ?? "none", score, met: score >= f.weight, overCompletion: false, typed: true };
      }
    }
    this.scoreCache.set(f.index, s);
    return s;
  }

  /** The budget block's numbers as the score uses them (and as every message about them must). */
  budgetInput(): BudgetInput | null {
    if (this.budgetInputCache === undefined) this.budgetInputCache = this.table.budget ? readBudgetInput(this.table.budget) : null;
    return this.budgetInputCache;
  }

  budget(): BudgetScore | null {
    if (this.budgetCache !== undefined) return this.budgetCache;
    const input = this.budgetInput();
    const out = input
      ? scoreBudget(
          {
            budget: input.budget,
            executed: input.executed,
            ...(input.rate !== null ? { rate: input.rate } : {}),
            ...(input.weight !== null ? { weight: input.weight } : {}),
          },
          this.profile,
        )
      : null;
    this.budgetCache = out;
    return out;
  }
}

/**
 * Forms that print no 分值 column give full marks on the level labels ("产出指标（50分）"); a level
 * that holds a single indicator gives it that weight. Several indicators under one level share it in
 * a way the form does not say, so they stay without a weight.
 */
function fillLevelWeights(rows: RowFacts[]): void {
  const groups = new Map<string, RowFacts[]>();
  for (const r of rows) {
    if (r.weight !== null || r.name === "") continue;
    const w2 = r.row.level2Weight;
    const w1 = r.row.level1Weight;
    if (w2 !== undefined) {
      const k = `2|${r.level1Addr ?? r.level1Text}|${r.level2Addr ?? r.level2Text}|${w2}`;
      groups.set(k, [...(groups.get(k) ?? []), r]);
    } else if (w1 !== undefined) {
      const k = `1|${r.level1Addr ?? r.level1Text}|${w1}`;
      groups.set(k, [...(groups.get(k) ?? []), r]);
    }
  }
  for (const [k, list] of groups) {
    if (list.length !== 1) continue;
    const r = list[0] as RowFacts;
    r.weight = Number(k.split("|").pop());
    r.weightFrom = "level";
  }
}

/** "2024", "2024年", "2024年度" → 2024, for deadlines written without a year. */
export function tableYear(table: Table): number | null {
  const m = /(\d{4})/.exec(textOf(table.meta.year?.value));
  return m ? Number(m[1]) : null;
}

const nameIndexes = new WeakMap<LibraryView, Map<string, Indicator[]>>();

/**
 * The view keys names its own way; checks also ignore brackets altogether ("培训参会人员满意度"
 * finds "培训（参会）人员满意度"), so they keep a second index per view, built once.
 */
export function libraryNames(lib: LibraryView): Map<string, Indicator[]> {
  let idx = nameIndexes.get(lib);
  if (!idx) {
    idx = new Map();
    for (const list of lib.byName.values()) {
      for (const ind of list) {
        const k = normalizeName(ind.name);
        const l = idx.get(k);
        if (l) l.push(ind);
        else idx.set(k, [ind]);
      }
    }
    nameIndexes.set(lib, idx);
  }
  return idx;
}

const memo = new WeakMap<RuleContext, TableFacts>();
const byTable = new WeakMap<Table, WeakMap<Profile, TableFacts>>();

/** Facts for a table under a profile (and library), built once and shared by the scores and every rule. */
export function factsOf(table: Table, profile: Profile, library?: LibraryView): TableFacts {
  let perProfile = byTable.get(table);
  if (!perProfile) {
    perProfile = new WeakMap();
    byTable.set(table, perProfile);
  }
  let f = perProfile.get(profile);
  if (!f || f.library !== library) {
    f = new TableFacts(table, profile, library);
    perProfile.set(profile, f);
  }
  return f;
}

/** Facts for the context the engine built; rules of one check share them. */
export function factsFor(ctx: RuleContext): TableFacts {
  let f = memo.get(ctx);
  if (!f) {
    f = factsOf(ctx.table, ctx.profile, ctx.library);
    memo.set(ctx, f);
  }
  return f;
}
