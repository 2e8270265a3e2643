import { headerKey, squash } from "./normalize";

/** What an indicator column holds, whatever the form calls it. */
export type IndicatorRole =
  | "level1"
  | "level2"
  | "name"
  | "code"
  | "target"
  | "operator"
  | "unit"
  | "basis"
  | "weight"
  | "actual"
  | "expected"
  | "tier"
  | "score"
  | "reason"
  | "remark"
  /** A column the form prints for reference (上年实际值, 2021年实际实现值): read by no check. */
  | "history"
  /** 序号 and the like: known, carries nothing to check. */
  | "ignore";

/** What a budget-execution column holds. */
export type BudgetRole = "initial" | "budget" | "executed" | "rate" | "weight" | "score" | "reason";

/** Progress to a date, the headers only monitoring forms print: "截至6月底完成情况", "1-6月完成值"; "半年度指标执行情况". */
const PERIOD_PROGRESS = /^(截至|截止|1-\d+月|\d+月底|\d+-\d+月).*(完成|执行|实现)/;
const HALF_YEAR_PROGRESS = /^(半年度?|上半年|年中)(指标)?(执行|完成)/;

/**
 * Roles by what the header says, not from an exact list: real forms write the same column as
 * 全年实际值, 全年完成值, 实际完成值, 完成值 …; 指标值及单位, 指标目标值, *指标值, 年度指标值 …. Order matters:
 * the first pattern that matches wins, so the narrower ones stand first.
 */
const INDICATOR_PATTERNS: readonly (readonly [RegExp, IndicatorRole])[] = [
  [/^(序号|编号|行次|No\.?)$/i, "ignore"],
  [/^一级(指标|目标)?(名称)?$/, "level1"],
  [/^二级(指标|目标)?(名称)?$/, "level2"],
  [/^三级(指标|目标)?(名称|内容)?$/, "name"],
  [/^(绩效)?指标(名称|内容)$/, "name"],
  [/^(指标)?(编码|代码)$/, "code"],
  // Before "actual": 未完成原因分析 and 偏差原因 mention 完成 but hold the explanation.
  [/原因|改进措施|偏差/, "reason"],
  // History columns of goal tables: "2021年实际实现值", "上年实际完成值", "历年指标值".
  [/^(\d{4}年|上年|上一年|前一年|历年|以前年度).*(实际|实现|完成|指标)/, "history"],
  [/预计.*(完成|实现|值)/, "expected"],
  [PERIOD_PROGRESS, "actual"],
  // 湖北 监控表: 半年度指标执行情况 is the progress so far; 完成目标可能性（确定能、有可能、不可能） a judgement, read by no check.
  [new RegExp(`${HALF_YEAR_PROGRESS.source}(情况|值)?$`), "actual"],
  [/完成(目标)?(的)?可能性/, "remark"],
  [/^(?=.*(实际|完成))(全年|年度|本年|年末|累计)?(实际)?(完成|实现|达成)?(指标)?(值|数|数值|情况|结果)?$/, "actual"],
  [/指标性质|运算符|计算符号|^符号$|^性质$/, "operator"],
  [/^(度量|计量)?单位$/, "unit"],
  [/依据|^指标值?(设定)?标准$/, "basis"],
  // 重庆 部门整体 2021: 得分系数（%） beside 指标得分（分）: the share of the weight reached, not the score.
  [/得分(系数|率|比例)/, "ignore"],
  [/得分|^评分$|^自评分$/, "score"],
  [/分值|权重|^满分$|^标准分$/, "weight"],
  [/档次|^完成等级$/, "tier"],
  [/指标值|目标值|计划值|计划水平|预期值|预期.*实现值|绩效目标值|^指标$|^目标$/, "target"],
  [/^备注$|解释|说明|计算公式|评分标准|计分方法|口径/, "remark"],
];

/** Monitoring forms print the period in the header ("截至6月底完成情况", "1-6月完成值", "半年度指标执行情况"). */
const PROGRESS_HEADER = new RegExp(`${PERIOD_PROGRESS.source}|${HALF_YEAR_PROGRESS.source}`);
const EXPECTED_HEADER = /预计.*(完成|实现)/;

/**
 * Every cell of every row is asked whether it is a header while blocks are found; forms repeat the same
 * texts across thousands of workbooks, so each text's answer is kept (bounded).
 */
function memo<R>(compute: (text: string) => R | undefined): (text: string) => R | undefined {
  const cache = new Map<string, R | null>();
  return (text) => {
    const hit = cache.get(text);
    if (hit !== undefined) return hit ?? undefined;
    const r = compute(text);
    if (cache.size >= 20000) cache.clear();
    cache.set(text, r ?? null);
    return r;
  };
}

export const indicatorRole = memo<IndicatorRole>((text) => {
  if (!text || text.length > 40) return undefined;
  const { key } = headerKey(text);
  if (key === "" || key.length > 20) return undefined;
  for (const [re, role] of INDICATOR_PATTERNS) if (re.test(key)) return role;
  return undefined;
});

/** True for headers that only monitoring forms print. */
export function isMonitorHeader(text: string): boolean {
  const { key } = headerKey(text);
  return PROGRESS_HEADER.test(key) || EXPECTED_HEADER.test(key);
}

const BUDGET_PATTERNS: readonly (readonly [RegExp, BudgetRole])[] = [
  [/^年初(预算|安排)/, "initial"],
  [/执行率/, "rate"],
  [/(执行|支出|实际)数?$|执行数|支出数|执行金额/, "executed"],
  [/(全年|调整后|年度)?预算(数|金额)?$|^预算数|调整后预算/, "budget"],
  [/分值|权重|^满分$/, "weight"],
  [/得分/, "score"],
  [/原因/, "reason"],
];

export const budgetRole = memo<BudgetRole>((text) => {
  if (!text || text.length > 40) return undefined;
  const { key } = headerKey(text);
  if (key === "" || key.length > 16) return undefined;
  for (const [re, role] of BUDGET_PATTERNS) if (re.test(key)) return role;
  return undefined;
});

/** Rows that close an indicator block on every published form, when their text starts the row. */
const FOOTER_START =
  /^(分值与得分汇总|总分|合计|总计|评价结论|其他说明的问题|其他需说明的问题|存在问题|改进措施|偏差大或目标未完成原因分析|改进措施及结果应用方案|注[:：\d.、]|注$|说明[:：\d.、]|说明$|备注[:：\d.、]|备注$|填表说明|填报说明)/;
/**
 * Words that end the table wherever they stand in the row's first cell ("单位（盖章）   填表人：张三",
 * "财政部门审核意见"), as a label: followed by a colon or at the end, so an indicator named
 * 审核意见采纳率 stays an indicator.
 */
const FOOTER_ANYWHERE = /(填表人|填报人|联系人|联系电话|审核人|复核人|单位负责人|部门负责人|填报日期|填表日期|财务负责人|项目负责人|(审核|初审|复审|审查|审批|审定)意见|审核结论)(:|$|\d)|\(盖章\)|\(签字\)|\(签章\)/;

export function isFooterText(text: string): boolean {
  const { key } = headerKey(text);
  return FOOTER_START.test(key) || FOOTER_ANYWHERE.test(squash(text));
}
