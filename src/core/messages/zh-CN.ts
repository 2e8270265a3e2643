import { has, param as p, whereZh as at } from "./params";
import type { MessageMap } from "./types";

const BAD_TREE: Record<string, (i: Parameters<MessageMap["structure/bad-tree"]>[0]) => string> = {
  "unknown-level1": (i) => `${at(i)}的一级指标「${p(i, "level1")}」不在指标体系中，请改为：${p(i, "allowed")}`,
  "unknown-level2": (i) => `${at(i)}的二级指标「${p(i, "level2")}」不在「${p(i, "level1")}」之下，请改为：${p(i, "allowed")}`,
  "wrong-parent": (i) => `${at(i)}的二级指标「${p(i, "level2")}」属于「${p(i, "parent")}」，不应放在「${p(i, "level1")}」下，请调整所属一级指标`,
};

const DIRECTION_WHY: Record<string, string> = {
  library: "按指标库中该指标的方向",
  cost: "成本指标按上限理解",
  "cost-unit": "金额（成本、费用）按上限理解",
  duration: "时效类的时长按上限理解",
  default: "比率和数量按下限理解",
};

const DEGENERATE: Record<string, string> = {
  cap: "该比率不会超过100%，「≥100%」只有恰好100%才算完成，请写成 =100% 或实事求是的目标（如 ≥98%）",
  floor: "「≥0」之类的目标必然完成，无法衡量绩效，请写出应达到的数值",
  "zero-ceiling": "「≤0」实际就是要求为0，请直接写成 =0",
  "negative-ceiling": "该数量不会小于0，目标无法达成，请检查数值和符号",
};

export const zhCN: MessageMap = {
  "structure/no-output": (i) => `本表没有${p(i, "level1") || "产出指标"}，请至少设置一项数量、质量、时效或成本指标`,
  "structure/no-benefit": (i) => `本表没有${p(i, "level1") || "效益指标"}，请补充反映项目效果的经济、社会、生态或可持续影响指标`,
  "structure/no-satisfaction": (i) => `本表没有${p(i, "level1") || "满意度指标"}，请补充服务对象满意度指标（如 ≥90%）`,
  "structure/no-cost": (i) => `本表没有成本指标（${p(i, "level2")}），请补充至少一项成本控制指标，如单位成本、人均成本`,
  "structure/too-few": (i) => `本表只有 ${p(i, "count")} 项指标，少于要求的 ${p(i, "min")} 项，请补充指标`,
  "structure/bad-tree": (i) => (BAD_TREE[p(i, "problem")] ?? BAD_TREE["wrong-parent"]!)(i),
  "structure/duplicate": (i) => `${at(i)}与 ${p(i, "firstCell")} 重复，同一二级指标「${p(i, "level2")}」下出现两次，请删除或合并其中一项`,
  "weight/sum": (i) =>
    (i.cell ? `分值列（${i.cell} 起）：` : "") +
    (has(i, "budget")
      ? `指标分值合计 ${p(i, "indicators")} 加预算执行率分值 ${p(i, "budget")} 共 ${p(i, "total")} 分，应为 ${p(i, "expected")} 分，请调整分值`
      : `指标分值合计 ${p(i, "total")} 分，应为 ${p(i, "expected")} 分，请调整分值`),
  "weight/level1": (i) => `${at(i)}下各指标分值合计 ${p(i, "sum")} 分，应为 ${p(i, "expected")} 分，请调整该一级指标下的分值`,
  "weight/missing": (i) => `${at(i)}没有分值，无法计算得分，请填写分值`,
  "value/missing": (i) =>
    p(i, "problem") === "placeholder"
      ? `${at(i)}的指标值仍是模板占位「${p(i, "text")}」，请填写实际的目标值`
      : `${at(i)}没有填写指标值，请填写可衡量的目标值`,
  "value/unparseable": (i) => `${at(i)}的指标值「${p(i, "text")}」无法识别，请写成如 ≥95%、≤3天、2025年12月前 的形式`,
  "value/vague": (i) =>
    `${at(i)}的目标值「${p(i, "text")}」含糊，请写成可衡量的数值${has(i, "example") ? `，如 ${p(i, "example")}` : "，如 ≥95%"}`,
  "value/degenerate": (i) => `${at(i)}的目标值「${p(i, "text")}」不合理：${DEGENERATE[p(i, "problem")] ?? DEGENERATE.floor}`,
  "value/unit-missing": (i) =>
    `${at(i)}的指标值「${p(i, "text")}」没有计量单位，请补上单位${has(i, "unit") ? `（指标库为「${p(i, "unit")}」）` : ""}`,
  "value/direction-assumed": (i) =>
    `${at(i)}的目标值「${p(i, "text")}」未写比较符号，已按「${p(i, "operator")}」计分（${DIRECTION_WHY[p(i, "reason")] ?? DIRECTION_WHY.default}）；如不对，请在目标值前写明 ≥、≤ 或 =`,
  "value/rate-over-100": (i) =>
    `${at(i)}的完成值「${p(i, "actual")}」为 ${p(i, "value")}%，比率或满意度不会超过 100%，请核对数值和单位`,
  "library/unknown": (i) =>
    has(i, "suggestions")
      ? `${at(i)}不在指标库中，相近的库内指标有：${p(i, "suggestions")}，建议选用库内指标`
      : `${at(i)}不在指标库中，请确认名称或从指标库中选择指标`,
  "library/category-mismatch": (i) =>
    `${at(i)}放在「${p(i, "level1")}/${p(i, "level2")}」下，指标库将其归入「${p(i, "libLevel1")}/${p(i, "libLevel2")}」，请调整分类`,
  "library/unit-mismatch": (i) => `${at(i)}的单位「${p(i, "unit")}」与指标库的「${p(i, "libUnit")}」不一致，请统一计量单位`,
  "library/operator-mismatch": (i) =>
    `${at(i)}的目标值「${p(i, "text")}」用了「${p(i, "operator")}」，指标库为「${p(i, "libOperator")}」，方向相反会导致评分错误，请核对`,
  "library/retired": (i) =>
    `${at(i)}已于 ${p(i, "date")} 停用${has(i, "replacement") ? `，请改用「${p(i, "replacement")}」` : "，请从现行指标库中另选指标"}`,
  "library/basis-missing": (i) => `${at(i)}没有填写指标值设定依据，请选择计划标准、行业标准、历史标准、预算支出标准或其他标准`,
  "library/basis-invalid": (i) => `${at(i)}的设定依据「${p(i, "basis")}」不适用于该指标，可选：${p(i, "allowed")}`,
  "library/below-reference": (i) =>
    `${at(i)}的目标值「${p(i, "text")}」低于指标库按${p(i, "basis")}给出的参考值「${p(i, "reference")}」，目标可能偏低，请说明理由或提高目标`,
  "score/explanation-missing": (i) =>
    p(i, "why") === "over"
      ? `${at(i)}超额完成较多，请在偏差原因分析及改进措施中说明原因`
      : `${at(i)}得分 ${p(i, "score")} 低于分值 ${p(i, "weight")}，请在偏差原因分析及改进措施中说明原因`,
  "score/over-target": (i) =>
    `${at(i)}${p(i, "stage") === "monitor" ? "预计完成值" : "实际完成值"}「${p(i, "actual")}」达到目标「${p(i, "target")}」的 ${p(i, "threshold")}% 以上，目标可能定得偏低，请说明原因并在下年度调整`,
  "score/out-of-band": (i) =>
    `${at(i)}的得分 ${p(i, "score")} 超出所选档次「${p(i, "tier")}」的范围 ${p(i, "min")}–${p(i, "max")} 分，请在该范围内打分或改选档次`,
  "score/exceeds-weight": (i) => `${at(i)}的得分 ${p(i, "score")} 不在 0–${p(i, "weight")} 分之间，请改正`,
  "score/mismatch": (i) => `${at(i)}填写的得分 ${p(i, "typed")} 与按评分规则计算的 ${p(i, "computed")} 不符，请核对完成值或改用计算结果`,
  "score/formula-changed": (i) =>
    p(i, "state") === "overwritten"
      ? `${at(i)}的${has(i, "what") ? "" : "得分"}公式被改成了手填数值，请恢复模板中的公式`
      : `${at(i)}的${has(i, "what") ? "" : "得分"}公式与模板不同，请恢复模板中的公式`,
  "budget/low-execution": (i) =>
    has(i, "months")
      ? `${at(i)}1-${p(i, "months")}月预算执行率 ${p(i, "rate")}%，低于序时进度 ${p(i, "threshold")}%，请填写执行偏慢的原因和加快执行的措施`
      : `${at(i)}预算执行率 ${p(i, "rate")}% 低于 ${p(i, "threshold")}%，请填写执行率偏低的原因`,
  "budget/overspend": (i) =>
    `${at(i)}预算执行率 ${p(i, "rate")}% 超过 ${p(i, "threshold")}%，支出超出预算，请说明超支原因；预算执行得分不超过其分值`,
  "budget/as-indicator": (i) =>
    p(i, "counted") === "twice"
      ? `${at(i)}是预算执行指标，本表已在预算执行情况中单独计分，作为绩效指标会重复计分，请删除该行或换成反映产出、效益的指标`
      : `${at(i)}是预算执行指标，自评时在预算执行情况中单独计分，不宜作为三级绩效指标，请换成反映产出、效益的指标`,
  "value/actual-missing": (i) =>
    has(i, "count")
      ? `本表填写了目标值，但 ${p(i, "count")} 项指标都没有实际完成值（${p(i, "cells")}），无法计分，请填写全年实际完成值`
      : `${at(i)}有目标值但没有实际完成值，也没有得分，无法计分，请填写全年实际完成值`,
  "meta/missing": (i) => `${i.cell ? `${i.cell}：` : ""}本表没有填写${p(i, "field")}，请补充${p(i, "field")}，以便审核时识别`,
  "score/total-mismatch": (i) =>
    p(i, "bound") === "subtotal"
      ? `${i.cell ?? "小计"}填写的「${p(i, "level1")}」小计 ${p(i, "typed")} 与该一级指标下各项得分之和 ${p(i, "sum")} 不符，请核对小计`
      : p(i, "bound") === "most"
      ? `${i.cell ?? "总分"}填写的总分 ${p(i, "typed")} 超过了各项得分与未打分指标满分之和 ${p(i, "sum")}，请核对总分`
      : `${i.cell ?? "总分"}填写的总分 ${p(i, "typed")} 与各项得分之和 ${p(i, "sum")} 不符，请核对总分`,
  "score/not-scored": (i) =>
    p(i, "state") === "no-weights"
      ? "本表各项指标没有分值，表中也看不出分值分配，无法计算总分和等级，请填写分值"
      : p(i, "state") === "weight-sum"
      ? `本表分值合计 ${p(i, "total")} 分，不足满分 ${p(i, "expected")} 分，有分值未列入表中，因此不给出总分和等级，请补全指标或调整分值`
      : p(i, "part") === "none"
        ? "本表没有可计分的指标行，因此不给出总分和等级，请补全指标后再检查"
        : p(i, "part") === "budget"
        ? "预算执行情况无法计分（缺少预算数或执行数），因此不给出总分和等级，请补全后再检查"
        : `第 ${p(i, "rows")} 行的指标无法计分（缺少分值、完成值或得分），因此不给出总分和等级，请补全后再检查`,
  "library/stale": (i) =>
    p(i, "kind") === "other-library"
      ? `本表按指标库 ${p(i, "stamp")} 编制，当前检查使用的是另一指标库 ${p(i, "current")}`
      : `本表按指标库 ${p(i, "stamp")} 编制，当前为 ${p(i, "current")}，请按新版指标库更新模板`,
  "recognize/empty-workbook": (i) => `工作簿「${p(i, "name")}」没有内容，请确认打开的是填好的绩效表`,
  "recognize/no-table": (i) => `工作表「${i.sheet}」中没有找到绩效指标表（需要一级指标、二级指标、三级指标、指标值等表头）`,
  "recognize/no-rows": (i) => `${i.cell ?? ""}处找到了指标表头，但其下没有指标行，请填写指标`,
  "recognize/block-skipped": (i) => `${i.cell ?? ""}处的中期（长期）指标未作检查，只检查年度指标`,
  "recognize/template-mismatch": (i) => `工作表「${i.sheet}」带有绩效目标助手的模板标记，但表头（${i.cell ?? "表头行"}）已被改动，已按通用格式识别；请使用原模板填写`,
  "recognize/unknown-header": (i) => `${i.cell ?? ""}的表头「${p(i, "text")}」无法对应到任何栏目，该列未被检查`,
  "recognize/row-skipped": (i) =>
    p(i, "why") === "not-applicable"
      ? `${at(i)}各栏均为「/」，视为不适用，未作为指标检查`
      : Number(p(i, "count")) > 1
        ? `${p(i, "cells")}等 ${p(i, "count")} 行是模板留下的占位行（如「${p(i, "text")}」），未作为指标检查；不用的行请删除`
        : `${i.cell ?? at(i)}的「${p(i, "text")}」是模板留下的占位行，未作为指标检查；不用的行请删除`,
};
