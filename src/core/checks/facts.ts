import type { Indicator } from "../library/schema";
import type { Profile } from "../profiles/schema";
import type { BudgetScore, RowScore } from "../scoring/types";
import { scoreBudget, scoreRow, tableYear } from "../scoring";
import type { CellValue } from "../table/grid";
import type { Cell, IndicatorRow, Table } from "../table/table";
import { createRowTargetReader, readRowActual } from "../values/row";
import { parseActual } from "../values/parse";
import type { ParseResult } from "../values/types";
import type { LibraryView, RuleContext } from "./types";
import { normalizeName, textOf } from "./normalize";
import { treeIndex, type TreeIndex } from "./tree";
import { directionHint } from "./direction-hint";

/** One indicator row read once per check, shared by every rule. */
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
  isCost: boolean;
  target: ParseResult;
  weight: number | null;
  /**
   * The score a person entered: the score cell, or for qualitative rows of Jixiao templates (whose
   * score cell holds a formula) the number typed into the actual cell, as scoring reads it.
   */
  typedScore: number | null;
  typedScoreCell?: Cell<CellValue>;
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

export function numberOf(v: CellValue | undefined): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "string" && v.trim() !== "") {
    const n = Number(v.normalize("NFKC").replace(/[,\s]/g, ""));
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

/** Mirrors scoring's reading so checks and scores agree on what the person typed. */
function typedScoreOf(row: IndicatorRow, target: ParseResult): { value: number | null; cell?: Cell<CellValue> } {
  const own = numberOf(row.score?.value);
  if (!target.ok || target.value.operator !== "text") return { value: own, ...(row.score ? { cell: row.score } : {}) };
  if (row.score && !row.score.formula && own !== null) return { value: own, cell: row.score };
  const inActual = row.actual && typeof row.actual.value === "number" ? row.actual.value : null;
  if (inActual !== null && row.actual) return { value: inActual, cell: row.actual };
  return { value: own, ...(row.score ? { cell: row.score } : {}) };
}

/** The per-table memo: rows parsed once, library matches and scores computed on first use. */
export class TableFacts {
  readonly rows: RowFacts[];
  readonly tree: TreeIndex;
  /** Some row carries a weight value. */
  readonly hasWeightValues: boolean;
  /** The table has a weight column (a cell object, even empty). */
  readonly hasWeightColumn: boolean;
  readonly hasBasisColumn: boolean;
  /** The rows speak the profile's tree (部门整体 tables may use their own dimensions instead). */
  readonly usesTree: boolean;
  private readonly costNames: Set<string>;
  private readonly costLevel1: Set<string>;
  private readonly libCache = new Map<number, LibraryMatch | null>();
  private readonly actualCache = new Map<number, number | null>();
  private readonly scoreCache = new Map<number, RowScore | null>();
  private budgetCache: BudgetScore | null | undefined;
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
    let prevL1Raw = "";
    const year = tableYear(table);
    const parse = createRowTargetReader(year);
    table.indicators.forEach((row, index) => {
      const l1 = textOf(row.level1.value);
      const l2 = textOf(row.level2.value);
      if (l1) {
        l1Text = l1;
        l1Addr = row.level1.addr;
      }
      // A new 一级 starts a new block: its 二级 must not leak from the previous block.
      if (l2) {
        l2Text = l2;
        l2Addr = row.level2.addr;
      } else if (l1 && l1 !== prevL1Raw) {
        l2Text = "";
        l2Addr = row.level2.addr;
      }
      if (l1) prevL1Raw = l1;
      const name = textOf(row.name.value);
      const level1 = this.tree.level1(l1Text);
      const node = this.tree.level2(l2Text, level1);
      const level2 = node?.name ?? null;
      const weight = numberOf(row.weight?.value);
      const target = parse(row, directionHint(library, row, l1Text, l2Text));
      const typed = typedScoreOf(row, target);
      rows.push({
        index,
        row,
        name,
        key: normalizeName(name),
        level1Text: l1Text,
        level2Text: l2Text,
        level1Addr: l1 ? row.level1.addr : l1Addr,
        level2Addr: l2 ? row.level2.addr : l2Addr,
        level1,
        level2,
        level2Parent: node?.parent ?? null,
        isCost: this.isCostCategory(level1, level2, l2Text),
        target,
        weight,
        typedScore: typed.value,
        ...(typed.cell ? { typedScoreCell: typed.cell } : {}),
      });
    });
    this.rows = rows;
    this.hasWeightValues = rows.some((r) => r.weight !== null);
    this.hasWeightColumn = rows.some((r) => r.row.weight !== undefined);
    this.hasBasisColumn = rows.some((r) => r.row.basis !== undefined);
    this.usesTree = table.kind !== "dept-goal" || rows.some((r) => r.level1 !== null);
  }

  /** 成本 counts whether the profile keeps it a 二级 under 产出 (2020) or a 一级 of its own (2021). */
  isCostCategory(level1: string | null, level2: string | null, level2Text: string): boolean {
    if (level2 && this.costNames.has(level2)) return true;
    if (level1 && this.costLevel1.has(level1)) return true;
    return this.tree.key(level2Text) === "成本";
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

  /** The rule's score for the row, as the scoring module computes it; null when the row cannot be scored. */
  score(f: RowFacts): RowScore | null {
    const hit = this.scoreCache.get(f.index);
    if (hit !== undefined) return hit;
    let s: RowScore | null = null;
    if (f.target.ok && f.weight !== null) {
      const t = f.target.value;
      s = scoreRow(
        {
          operator: t.operator,
          target: t.number,
          actual: this.actual(f),
          weight: f.weight,
          isDate: t.isDate === true,
          tier: textOf(f.row.tier?.value) || null,
          typedScore: t.operator === "text" ? f.typedScore : null,
        },
        this.profile,
      );
    }
    this.scoreCache.set(f.index, s);
    return s;
  }

  budget(): BudgetScore | null {
    if (this.budgetCache !== undefined) return this.budgetCache;
    const b = this.table.budget;
    let out: BudgetScore | null = null;
    if (b) {
      const total = b.total ?? b.rows[0];
      const weight = numberOf(b.weight?.value) ?? numberOf(total?.weight?.value);
      out = scoreBudget(
        {
          budget: numberOf(total?.budget?.value),
          executed: numberOf(total?.executed?.value),
          ...(weight !== null ? { weight } : {}),
        },
        this.profile,
      );
    }
    this.budgetCache = out;
    return out;
  }
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

/** Facts for the context the engine built; rules of one check share them. */
export function factsFor(ctx: RuleContext): TableFacts {
  let f = memo.get(ctx);
  if (!f) {
    f = new TableFacts(ctx.table, ctx.profile, ctx.library);
    memo.set(ctx, f);
  }
  return f;
}
