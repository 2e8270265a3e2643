import type { IssueCode, Severity } from "../checks/types";
import type { TemplateKind } from "../table/table";
import type { Lang } from "./types";

/**
 * A short title per issue code, for lists a reviewer filters and counts (审核汇总, 审核意见): the message
 * says what is wrong in this cell, the title names the kind of problem. The compiler rejects a missing code.
 */
export const ISSUE_TITLES: Record<IssueCode, { "zh-CN": string; en: string }> = {
  "structure/no-output": { "zh-CN": "缺少产出指标", en: "No output indicator" },
  "structure/no-benefit": { "zh-CN": "缺少效益指标", en: "No benefit indicator" },
  "structure/no-satisfaction": { "zh-CN": "缺少满意度指标", en: "No satisfaction indicator" },
  "structure/no-cost": { "zh-CN": "缺少成本指标", en: "No cost indicator" },
  "structure/too-few": { "zh-CN": "指标数量不足", en: "Too few indicators" },
  "structure/bad-tree": { "zh-CN": "指标层级不符", en: "Indicator outside the tree" },
  "structure/duplicate": { "zh-CN": "指标重复", en: "Duplicate indicator" },
  "weight/sum": { "zh-CN": "分值合计不符", en: "Weights do not add up" },
  "weight/level1": { "zh-CN": "一级指标分值不符", en: "First-level weight off" },
  "weight/missing": { "zh-CN": "缺少分值", en: "Weight missing" },
  "value/missing": { "zh-CN": "缺少指标值", en: "Target missing" },
  "value/unparseable": { "zh-CN": "指标值无法识别", en: "Target unreadable" },
  "value/vague": { "zh-CN": "指标值表述模糊", en: "Vague target" },
  "value/degenerate": { "zh-CN": "指标值无实际约束", en: "Degenerate target" },
  "value/unit-missing": { "zh-CN": "缺少计量单位", en: "Unit missing" },
  "value/direction-assumed": { "zh-CN": "指标方向未写明", en: "Direction assumed" },
  "value/rate-over-100": { "zh-CN": "比率超过100%", en: "Rate over 100%" },
  "library/unknown": { "zh-CN": "指标不在指标库", en: "Not in the library" },
  "library/category-mismatch": { "zh-CN": "指标归类与指标库不符", en: "Category differs from the library" },
  "library/unit-mismatch": { "zh-CN": "单位与指标库不符", en: "Unit differs from the library" },
  "library/operator-mismatch": { "zh-CN": "指标方向与指标库不符", en: "Direction differs from the library" },
  "library/retired": { "zh-CN": "指标已停用", en: "Retired indicator" },
  "library/basis-missing": { "zh-CN": "缺少指标值设定依据", en: "Value basis missing" },
  "library/basis-invalid": { "zh-CN": "指标值设定依据不规范", en: "Value basis invalid" },
  "library/below-reference": { "zh-CN": "指标值低于参考值", en: "Target below the reference" },
  "score/explanation-missing": { "zh-CN": "缺少偏差原因", en: "Deviation reason missing" },
  "score/over-target": { "zh-CN": "超额完成，目标可能偏低", en: "Over-completion" },
  "score/out-of-band": { "zh-CN": "定性评分超出档次", en: "Score outside the tier" },
  "score/exceeds-weight": { "zh-CN": "得分超过分值", en: "Score above the weight" },
  "score/mismatch": { "zh-CN": "得分与计算不符", en: "Score differs from the rule" },
  "score/formula-changed": { "zh-CN": "公式被改动", en: "Formula changed" },
  "budget/low-execution": { "zh-CN": "预算执行率偏低", en: "Low budget execution" },
  "budget/overspend": { "zh-CN": "超预算执行", en: "Overspending" },
  "budget/as-indicator": { "zh-CN": "预算执行率列为指标", en: "Execution rate as an indicator" },
  "value/actual-missing": { "zh-CN": "缺少实际完成值", en: "Actual value missing" },
  "meta/missing": { "zh-CN": "基本信息缺失", en: "Basic information missing" },
  "score/total-mismatch": { "zh-CN": "总分与计算不符", en: "Total differs from the rule" },
  "score/not-scored": { "zh-CN": "无法计算得分", en: "Cannot be scored" },
  "library/stale": { "zh-CN": "指标库版本过期", en: "Library out of date" },
  "recognize/empty-workbook": { "zh-CN": "工作簿为空", en: "Empty workbook" },
  "recognize/no-table": { "zh-CN": "未识别到绩效表", en: "No table recognised" },
  "recognize/no-rows": { "zh-CN": "未识别到指标行", en: "No indicator rows" },
  "recognize/block-skipped": { "zh-CN": "表格区域未识别", en: "Block skipped" },
  "recognize/template-mismatch": { "zh-CN": "模板结构被改动", en: "Template changed" },
  "recognize/unknown-header": { "zh-CN": "表头无法识别", en: "Unknown header" },
  "recognize/row-skipped": { "zh-CN": "行未读取", en: "Row skipped" },
};

export function issueTitle(code: IssueCode, lang: Lang = "zh-CN"): string {
  return ISSUE_TITLES[code][lang];
}

export const KIND_TITLES: Record<TemplateKind, { "zh-CN": string; en: string }> = {
  goal: { "zh-CN": "项目支出绩效目标表", en: "Project goal table" },
  "dept-goal": { "zh-CN": "部门整体支出绩效目标表", en: "Department goal table" },
  "self-eval": { "zh-CN": "项目支出绩效自评表", en: "Self-evaluation table" },
  monitor: { "zh-CN": "绩效运行监控表", en: "Monitoring table" },
};

export function kindTitle(kind: TemplateKind, lang: Lang = "zh-CN"): string {
  return KIND_TITLES[kind][lang];
}

export const SEVERITY_TITLES: Record<Severity, { "zh-CN": string; en: string }> = {
  error: { "zh-CN": "错误", en: "error" },
  warning: { "zh-CN": "警告", en: "warning" },
  info: { "zh-CN": "提示", en: "info" },
};
