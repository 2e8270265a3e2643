import type { CellValue } from "./grid";

export type TemplateKind = "goal" | "self-eval" | "dept-goal" | "monitor";

/** A value read from a sheet together with where it stands, so every issue can name its cell. */
export interface Cell<T = CellValue> {
  value: T;
  /** A1 address on `Table.sheet`, e.g. "F12". Absent for values the table did not have a cell for. */
  addr?: string;
  /** The formula in the cell, without "=", when there was one. */
  formula?: string;
}

export interface LibraryStamp {
  libraryId: string;
  version: string;
  hash: string;
  profile: string;
  template: TemplateKind;
}

export interface TableMeta {
  projectName?: Cell<string>;
  department?: Cell<string>;
  unit?: Cell<string>;
  year?: Cell<string>;
  annualGoal?: Cell<string>;
  stamp?: LibraryStamp;
}

export interface BudgetRow {
  label: Cell<string>;
  /** 年初预算数 */
  initial?: Cell<number | null>;
  /** 全年预算数 (A): the adjusted budget execution is measured against. */
  budget?: Cell<number | null>;
  /** 全年执行数 (B) */
  executed?: Cell<number | null>;
  rate?: Cell<number | null>;
  weight?: Cell<number | null>;
  score?: Cell<number | null>;
}

export interface BudgetBlock {
  /** Rows as printed; the first one labelled 年度资金总额 / 总额 is the total. */
  rows: BudgetRow[];
  total?: BudgetRow;
  /** Weight of budget execution (分值 / 权重), usually 10. */
  weight?: Cell<number | null>;
  score?: Cell<number | null>;
  /** 原因: the explanation required when execution is low. */
  reason?: Cell<string | null>;
  /**
   * The months the executed amounts cover when the header says so (1-6月执行数 → 6, 截至9月底执行数 → 9):
   * a monitoring form's execution is judged against the time elapsed (序时进度), not the year-end 90%.
   */
  months?: number;
}

export interface IndicatorRow {
  /** 1-based sheet row. */
  row: number;
  level1: Cell<string>;
  level2: Cell<string>;
  /**
   * The row's own first-level cell is empty and under no merge: `level1` was carried down from the rows
   * above, as flattened forms leave it blank (慈溪 2023 merges 产出指标 over its rows and leaves the 社会效益 rows' cell empty).
   */
  level1Carried?: true;
  /** Full marks printed on the row's level labels: "产出指标（50分）" → 50, "数量指标（20分）" → 20. */
  level1Weight?: number;
  level2Weight?: number;
  name: Cell<string>;
  /** Library code when the table carries one (Jixiao templates keep it in a hidden column). */
  code?: Cell<string | null>;
  /** 指标值 / 年度指标值 as written: either the whole "≥100公里" or only the number part. */
  target: Cell<CellValue>;
  /** 指标性质 column of split layouts (四川), or the operator column of Jixiao templates. */
  operator?: Cell<string | null>;
  /** 度量单位 column when units are split out. */
  unit?: Cell<string | null>;
  /** 指标值设定依据 */
  basis?: Cell<string | null>;
  weight?: Cell<number | null>;
  /** 实际完成值 (self-evaluation) or completion to date (monitor). */
  actual?: Cell<CellValue>;
  /** 全年预计完成值 (monitor). */
  expected?: Cell<CellValue>;
  /** Qualitative tier chosen (达成年度指标 …). */
  tier?: Cell<string | null>;
  score?: Cell<number | null>;
  /** 偏差原因分析及改进措施 */
  reason?: Cell<string | null>;
  /** The score formula Jixiao wrote there, recomputed from the row, to detect overwritten formulas. */
  expectedScoreFormula?: string;
}

/** A formula Jixiao wrote outside the indicator rows (subtotal, total, grade, budget score …) and what the cell holds now. */
export interface FormulaCell {
  addr: string;
  /** What the cell is, as the sheet labels it ("总分", "产出指标 小计", "预算执行情况 得分"). */
  label: string;
  /** The formula the template builder writes there, without "=". */
  expected: string;
  /** The formula in the cell now, when there is one. */
  formula?: string;
  value: CellValue;
}

/** One recognised table: the input of checks and scoring, whatever layout it was read from. */
export interface Table {
  kind: TemplateKind;
  sheet: string;
  /** A1 range the table occupies. */
  range?: string;
  /** Which layout it was recognised as ("jixiao", "88号", "四川", "湖北", ...). */
  layout?: string;
  meta: TableMeta;
  /** Weights printed on first-level labels ("产出指标（50分）" → 50), keyed by the cleaned label. */
  level1Weights?: Record<string, number>;
  budget?: BudgetBlock;
  indicators: IndicatorRow[];
  /** Jixiao templates: the formulas written outside the indicator rows, to detect them overwritten. */
  formulaCells?: FormulaCell[];
  /** The 总分 / 合计 the department typed under the indicators, when the form has one. */
  typedTotal?: Cell<number | null>;
  /** 小计 rows the department typed, each closing a first-level block (its first-level cell). */
  typedSubtotals?: { level1: Cell<string>; cell: Cell<number | null> }[];
  /** Live scoring Jixiao added to this department table (src/core/live), read from its stamp. */
  live?: { mode: "fill" | "beside"; profile: string; cells: number };
  /** Full marks of the indicator block printed in its label: "绩效指标（90分）", "年度绩效目标（80分）". */
  indicatorWeight?: number;
}
