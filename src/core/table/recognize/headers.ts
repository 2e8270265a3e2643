import { headerKey } from "./normalize";

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
  | "remark";

/** What a budget-execution column holds. */
export type BudgetRole = "initial" | "budget" | "executed" | "rate" | "weight" | "score" | "reason";

const INDICATOR_HEADERS: Record<string, IndicatorRole> = {
  一级指标: "level1",
  二级指标: "level2",
  三级指标: "name",
  三级指标名称: "name",
  指标内容: "name",
  指标名称: "name",
  绩效指标名称: "name",
  指标编码: "code",
  指标代码: "code",
  编码: "code",
  指标值: "target",
  年度指标值: "target",
  年初目标值: "target",
  目标值: "target",
  计划指标值: "target",
  年度目标值: "target",
  全年指标值: "target",
  预期指标值: "target",
  绩效目标值: "target",
  指标性质: "operator",
  运算符: "operator",
  计算符号: "operator",
  符号: "operator",
  度量单位: "unit",
  计量单位: "unit",
  单位: "unit",
  指标值设定依据: "basis",
  设定依据: "basis",
  指标值依据: "basis",
  分值: "weight",
  权重: "weight",
  指标分值: "weight",
  指标权重: "weight",
  实际完成值: "actual",
  全年实际完成值: "actual",
  完成值: "actual",
  实际值: "actual",
  实际完成: "actual",
  全年预计完成值: "expected",
  全年预计完成情况: "expected",
  预计完成值: "expected",
  定性档次: "tier",
  完成档次: "tier",
  评价档次: "tier",
  得分: "score",
  指标得分: "score",
  偏差原因分析及改进措施: "reason",
  未完成原因分析: "reason",
  偏差原因分析: "reason",
  偏差原因: "reason",
  原因分析: "reason",
  原因: "reason",
  偏差原因说明: "reason",
  偏差原因分析及改进措施说明: "reason",
  备注: "remark",
  指标解释: "remark",
  指标说明: "remark",
};

/** Monitoring forms print the period in the header ("截至6月底完成情况", "1-6月完成值"). */
const PROGRESS_HEADER = /^(截至|截止|1-\d+月|\d+月底).*(完成|执行)/;
const EXPECTED_HEADER = /预计.*完成/;

export function indicatorRole(text: string): IndicatorRole | undefined {
  if (!text || text.length > 40) return undefined;
  const { key } = headerKey(text);
  const exact = INDICATOR_HEADERS[key];
  if (exact) return exact;
  if (PROGRESS_HEADER.test(key)) return "actual";
  if (EXPECTED_HEADER.test(key)) return "expected";
  return undefined;
}

/** True for headers that only monitoring forms print. */
export function isMonitorHeader(text: string): boolean {
  const { key } = headerKey(text);
  return PROGRESS_HEADER.test(key) || EXPECTED_HEADER.test(key);
}

const BUDGET_HEADERS: Record<string, BudgetRole> = {
  年初预算数: "initial",
  年初预算: "initial",
  全年预算数: "budget",
  调整后预算数: "budget",
  调整后预算: "budget",
  预算数: "budget",
  全年执行数: "executed",
  执行数: "executed",
  预算执行数: "executed",
  实际执行数: "executed",
  执行率: "rate",
  预算执行率: "rate",
  分值: "weight",
  权重: "weight",
  得分: "score",
  原因: "reason",
  未完成原因: "reason",
  偏差原因: "reason",
};

export function budgetRole(text: string): BudgetRole | undefined {
  if (!text || text.length > 40) return undefined;
  return BUDGET_HEADERS[headerKey(text).key];
}

/** Rows that close an indicator block on every published form. */
const FOOTER = /^(分值与得分汇总|总分|合计|总计|评价结论|其他说明的问题|其他需说明的问题|填报人|单位负责人|填报日期|存在问题|改进措施|项目负责人|财务负责人|偏差大或目标未完成原因分析|改进措施及结果应用方案|注|说明|备注:|审核意见|主管部门审核意见|第三方机构审核意见|市财政局审核意见)/;

export function isFooterText(text: string): boolean {
  return FOOTER.test(headerKey(text).key);
}
