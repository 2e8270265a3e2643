import { colLetter } from "../../a1";
import type { TemplateKind } from "../table";

/**
 * The printed layout of Jixiao templates. The template builder writes from it and the recogniser reads
 * back with it, so the two cannot drift apart. Headers follow the published forms (layouts.md): the
 * 自评表 columns, with 指标性质 / 指标值 / 度量单位 split as on the 四川 form so formulas see numbers.
 */

export type ColumnKey =
  | "level1"
  | "level2"
  | "name"
  | "operator"
  | "target"
  | "unit"
  | "basis"
  | "weight"
  | "actual"
  | "expected"
  | "tier"
  /** Not used by any layout: 定性 rows type their score in the actual (monitor: expected) column. Kept for readers. */
  | "typedScore"
  | "score"
  | "reason"
  | "explanation"
  | "code";

export interface TemplateColumn {
  key: ColumnKey;
  /** Column letter on the template sheet. */
  letter: string;
  /** Header text exactly as written in the header row. */
  header: string;
  /** Width in characters. */
  width: number;
  /** Cells the person fills (unlocked); the others hold formulas or fixed text. */
  input: boolean;
  hidden?: boolean;
}

/** One line of the funding block: its label and the row it stands on. */
export interface BudgetLine {
  label: string;
  row: number;
}

export interface BudgetLayout {
  /** Row of the block's column headers; absent for forms that print one amount per line without headers. */
  headerRow?: number;
  /** The block's title, merged across the first two columns of all its rows. */
  title: string;
  /** The first line is the total. */
  lines: BudgetLine[];
  /** Letters of the amount columns, and the header printed above each. */
  columns: Partial<Record<"initial" | "budget" | "executed" | "weight" | "rate" | "score" | "expected", { letter: string; header: string }>>;
  /** Merged range for the 原因 text (one cell for the block), top-left first. */
  reason?: { header: string; range: string };
}

export interface TemplateLayout {
  kind: TemplateKind;
  /** Visible sheet name, also the printed title. */
  sheetName: string;
  title: string;
  /** Cell holding "（2025年度）". */
  yearCell: string;
  /** Label cell → value cell for the basic information rows. */
  meta: Partial<Record<"projectName" | "department" | "unit", { label: string; labelCell: string; valueCell: string }>>;
  budget: BudgetLayout;
  annualGoal: { label: string; labelCell: string; valueCell: string; actualCell?: string; headers?: [string, string] };
  headerRow: number;
  firstIndicatorRow: number;
  columns: readonly TemplateColumn[];
  /** Text in column A of the row right after the indicator rows: readers stop there. */
  summaryMarker: string;
  lastColumn: string;
  /** Last column on paper: 指标解释 and the hidden code column stay in the file, off the printed form. */
  printLastColumn: string;
}

export const SUMMARY_MARKER = "分值与得分汇总";
/** Labels in column A of the printed footer rows right under the indicators (总分 line, signatures). */
export const TOTAL_LABEL = "总分";
export const WEIGHT_TOTAL_LABEL = "分值合计";
export const SUM_LABEL = "合计";
export const SIGNATURE_LABELS = ["填表人：", "审核人：", "单位负责人：", "日期：    年   月   日"] as const;
/** Column-A texts at which the indicator rows end: the footer lines, then the summary block. */
export const END_OF_ROWS_LABELS: readonly string[] = [SUMMARY_MARKER, TOTAL_LABEL, WEIGHT_TOTAL_LABEL, SUM_LABEL, "填表人"];
export const STAMP_SHEET = "_jixiao";
export const LISTS_SHEET = "_lists";

/** Defined names carrying the stamp; each points at a value cell on the stamp sheet. */
export const STAMP_NAMES = {
  library: "JIXIAO_LIBRARY",
  version: "JIXIAO_VERSION",
  hash: "JIXIAO_HASH",
  profile: "JIXIAO_PROFILE",
  template: "JIXIAO_TEMPLATE",
} as const;
/** Defined name for the indicator rows (A..last column), so readers need not search for them. */
export const ROWS_NAME = "JIXIAO_ROWS";

type ColumnSpec = Omit<TemplateColumn, "letter">;

const C = {
  level1: { key: "level1", header: "一级指标", width: 12, input: true },
  level2: { key: "level2", header: "二级指标", width: 19, input: true },
  name: { key: "name", header: "三级指标", width: 28, input: true },
  operator: { key: "operator", header: "指标性质", width: 9, input: true },
  targetGoal: { key: "target", header: "指标值", width: 12, input: true },
  targetYear: { key: "target", header: "年度指标值", width: 12, input: true },
  unit: { key: "unit", header: "度量单位", width: 10, input: true },
  basis: { key: "basis", header: "指标值设定依据", width: 14, input: true },
  weight: { key: "weight", header: "分值", width: 8, input: true },
  // 定性 rows type their score here (as scoreTable and rowScoreFormula expect) and pick 评价档次.
  actual: { key: "actual", header: "实际完成值", width: 12, input: true },
  actualToDate: { key: "actual", header: "截至目前完成值", width: 14, input: true },
  expected: { key: "expected", header: "全年预计完成值", width: 14, input: true },
  tier: { key: "tier", header: "评价档次", width: 30, input: true },
  score: { key: "score", header: "得分", width: 8, input: false },
  expectedScore: { key: "score", header: "预计得分", width: 9, input: false },
  reason: { key: "reason", header: "偏差原因分析及改进措施", width: 30, input: true },
  explanation: { key: "explanation", header: "指标解释", width: 30, input: true },
  code: { key: "code", header: "指标编码", width: 14, input: false, hidden: true },
} satisfies Record<string, ColumnSpec>;

/** Column letters (1 → A): the core's one A1 arithmetic. */
export const columnLetter = colLetter;

const lettered = (specs: ColumnSpec[]): TemplateColumn[] => specs.map((s, i) => ({ ...s, letter: columnLetter(i + 1) }));

const GOAL_COLUMNS = lettered([C.level1, C.level2, C.name, C.operator, C.targetGoal, C.unit, C.basis, C.weight, C.explanation, C.code]);
const SELF_EVAL_COLUMNS = lettered([
  C.level1, C.level2, C.name, C.operator, C.targetYear, C.unit, C.basis, C.weight,
  C.actual, C.tier, C.score, C.reason, C.explanation, C.code,
]);
const MONITOR_COLUMNS = lettered([
  C.level1, C.level2, C.name, C.operator, C.targetYear, C.unit, C.basis, C.weight,
  C.actualToDate, C.expected, C.tier, C.expectedScore, C.reason, C.explanation, C.code,
]);

const last = (cols: TemplateColumn[]): string => cols[cols.length - 1]?.letter ?? "A";
/** The column before 指标解释: everything right of it is explanation or helper. */
const printLast = (cols: TemplateColumn[]): string => {
  const i = cols.findIndex((c) => c.key === "explanation" || c.key === "code");
  return (i > 0 ? cols[i - 1] : cols[cols.length - 1])?.letter ?? "A";
};

/** The funding rows printed on the 10号 自评表 and reused by the monitor table. */
const PROJECT_FUND_LINES = [
  { label: "年度资金总额", row: 6 },
  { label: "其中：当年财政拨款", row: 7 },
  { label: "上年结转资金", row: 8 },
  { label: "其他资金", row: 9 },
];

const projectMeta = {
  projectName: { label: "项目名称", labelCell: "A3", valueCell: "C3" },
  department: { label: "主管部门", labelCell: "A4", valueCell: "C4" },
  unit: { label: "实施单位", labelCell: "H4", valueCell: "J4" },
};

const LAYOUTS: Record<TemplateKind, TemplateLayout> = {
  goal: {
    kind: "goal",
    sheetName: "项目支出绩效目标表",
    title: "项目支出绩效目标表",
    yearCell: "A2",
    meta: { ...projectMeta, unit: { label: "实施单位", labelCell: "F4", valueCell: "G4" } },
    budget: {
      title: "项目资金（万元）",
      lines: [
        { label: "年度资金总额", row: 5 },
        { label: "其中：财政拨款", row: 6 },
        { label: "其他资金", row: 7 },
      ],
      columns: { budget: { letter: "E", header: "金额" } },
    },
    annualGoal: { label: "年度总体目标", labelCell: "A8", valueCell: "C8" },
    headerRow: 9,
    firstIndicatorRow: 10,
    columns: GOAL_COLUMNS,
    summaryMarker: SUMMARY_MARKER,
    lastColumn: last(GOAL_COLUMNS),
    printLastColumn: printLast(GOAL_COLUMNS),
  },
  "dept-goal": {
    kind: "dept-goal",
    sheetName: "部门整体支出绩效目标表",
    title: "部门整体支出绩效目标表",
    yearCell: "A2",
    meta: { department: { label: "部门（单位）名称", labelCell: "A3", valueCell: "C3" } },
    budget: {
      title: "年度预算安排（万元）",
      lines: [
        { label: "资金总额", row: 4 },
        { label: "项目支出", row: 5 },
        { label: "基本支出", row: 6 },
      ],
      columns: { budget: { letter: "E", header: "金额" } },
    },
    annualGoal: { label: "年度总体目标", labelCell: "A7", valueCell: "C7" },
    headerRow: 8,
    firstIndicatorRow: 9,
    columns: GOAL_COLUMNS,
    summaryMarker: SUMMARY_MARKER,
    lastColumn: last(GOAL_COLUMNS),
    printLastColumn: printLast(GOAL_COLUMNS),
  },
  "self-eval": {
    kind: "self-eval",
    sheetName: "项目支出绩效自评表",
    title: "项目支出绩效自评表",
    yearCell: "A2",
    meta: projectMeta,
    budget: {
      headerRow: 5,
      title: "项目资金（万元）",
      lines: PROJECT_FUND_LINES,
      columns: {
        initial: { letter: "E", header: "年初预算数" },
        budget: { letter: "F", header: "全年预算数（A）" },
        executed: { letter: "G", header: "全年执行数（B）" },
        weight: { letter: "H", header: "分值" },
        rate: { letter: "I", header: "执行率（B/A）" },
        score: { letter: "J", header: "得分" },
      },
      reason: { header: "原因", range: "K6:L9" },
    },
    annualGoal: { label: "年度总体目标", labelCell: "A10", valueCell: "C11", actualCell: "I11", headers: ["预期目标", "实际完成情况"] },
    headerRow: 12,
    firstIndicatorRow: 13,
    columns: SELF_EVAL_COLUMNS,
    summaryMarker: SUMMARY_MARKER,
    lastColumn: last(SELF_EVAL_COLUMNS),
    printLastColumn: printLast(SELF_EVAL_COLUMNS),
  },
  monitor: {
    kind: "monitor",
    sheetName: "绩效运行监控表",
    title: "绩效运行监控表",
    yearCell: "A2",
    meta: projectMeta,
    budget: {
      headerRow: 5,
      title: "项目资金（万元）",
      lines: PROJECT_FUND_LINES,
      columns: {
        initial: { letter: "E", header: "年初预算数" },
        budget: { letter: "F", header: "全年预算数（A）" },
        executed: { letter: "G", header: "截至目前执行数（B）" },
        rate: { letter: "H", header: "执行率（B/A）" },
        expected: { letter: "I", header: "全年预计执行数" },
      },
      reason: { header: "原因", range: "J6:M9" },
    },
    annualGoal: { label: "年度总体目标", labelCell: "A10", valueCell: "C11", actualCell: "I11", headers: ["年度目标", "截至目前完成情况"] },
    headerRow: 12,
    firstIndicatorRow: 13,
    columns: MONITOR_COLUMNS,
    summaryMarker: SUMMARY_MARKER,
    lastColumn: last(MONITOR_COLUMNS),
    printLastColumn: printLast(MONITOR_COLUMNS),
  },
};

export const TEMPLATE_KINDS: readonly TemplateKind[] = ["goal", "self-eval", "dept-goal", "monitor"];

export function templateLayout(kind: TemplateKind): TemplateLayout {
  return LAYOUTS[kind];
}

/** The column for a key in a kind's layout, or undefined when that kind has no such column. */
export function columnFor(kind: TemplateKind, key: ColumnKey): TemplateColumn | undefined {
  return LAYOUTS[kind].columns.find((c) => c.key === key);
}
