import type { Operator } from "./types";
import { toHalfWidth } from "./normalize";
import { normalizeUnit } from "./units";

/** What is known about a row whose target carries no operator ("90万元", a bare "100"). */
export interface DirectionHint {
  /** The library indicator's operator, when the row matched one. */
  libraryOperator?: Operator | null;
  /** 二级 as printed (成本指标, 经济成本指标, 时效指标 …), filled down through merged cells. */
  level2?: string | null;
  /** 一级 as printed: 成本指标 is a first level in the 101号 tree. */
  level1?: string | null;
  unit?: string | null;
  name?: string | null;
}

export type DirectionReason = "library" | "cost" | "cost-unit" | "duration" | "default";

export interface InferredDirection {
  operator: Operator;
  assumed: true;
  reason: DirectionReason;
}

const squeeze = (s: string | null | undefined): string => toHalfWidth(s ?? "").replace(/\s+/g, "");

/** 成本指标 (2020 二级) or the 101号 经济 / 社会 / 生态环境成本 (as 一级 成本指标 or 二级). */
const isCostLevel = (label: string): boolean => /成本/.test(label);
const isTimeLevel = (label: string): boolean => /时效|进度|工期/.test(label);
/** Other second levels where an amount of money is an output or a benefit, not a cost ceiling. */
const isOtherLevel = (label: string): boolean => /数量|质量|效益|满意|效果|影响/.test(label);

/** 元, 万元, 亿元, 元/人·天, 元/亩, 万元/公里 …: money, possibly per unit. */
export function isCostUnit(unit: string | null | undefined): boolean {
  const u = normalizeUnit(unit ?? "");
  return /^(?:[千万亿]*元)(?:\/.*)?$/.test(u);
}

/** 天, 日, 工作日, 小时, 分钟, 周, 月, 个月: a duration (not a date, which the parser reads separately). */
export function isDurationUnit(unit: string | null | undefined): boolean {
  const u = normalizeUnit(unit ?? "");
  return /^(?:天|日|个?工作日|小时|分钟|周|个?月|年)$/.test(u);
}

const COST_NAME = /成本|费用|单价|造价|经费|开支|支出/;
const DURATION_NAME = /时间|时限|周期|用时|时长|期限|工期/;
/** How long something lasts or stays valid (高企资格有效 3年, 使用年限, 保修期) is a minimum, not a time limit. */
const LASTING_NAME = /有效|持续|保持|年限|寿命|保修|保质|稳定运行|维持/;

/**
 * The direction of a target written without an operator, and why:
 * 1. the library indicator's operator, when the row matched one;
 * 2. 成本指标 (and 经济 / 社会 / 生态环境成本) as the row's 一级 or 二级 → ≤ (a cost is a ceiling: 财预〔2021〕101号
 *    and the 2020 forms write 成本 targets as ≤, e.g. Q-chizhou "项目总成本 ≤90万元", Q-daying "成本控制数 ≤ 30 万元");
 * 3. a money unit (元, 万元, 元/人·天 …) where the 二级 does not say otherwise, or a cost word in the name → ≤;
 * 4. a duration (天, 工作日, 小时, 月 …) under 时效, or named as a duration (办理时间, 周期) → ≤;
 * 5. otherwise (rates, counts) → ≥, as forms write minimums.
 * A name ending in 率 (成本节约率, 资金到位率) is a rate whatever its 二级 says, so rules 2–4 skip it; a
 * duration that something lasts or stays valid (高企资格有效 3年, 湖北 青山 2021 form) stays a minimum.
 */
export function inferOperator(hint: DirectionHint): InferredDirection {
  const lib = hint.libraryOperator;
  if (lib && lib !== "text") return { operator: lib, assumed: true, reason: "library" };
  const l1 = squeeze(hint.level1);
  const l2 = squeeze(hint.level2);
  const name = squeeze(hint.name);
  const unit = hint.unit ?? "";
  const rate = /率$/.test(name) || normalizeUnit(unit) === "%" || normalizeUnit(unit) === "‰";
  if (!rate && (isCostLevel(l2) || (l2 === "" && isCostLevel(l1)))) return { operator: "<=", assumed: true, reason: "cost" };
  const moneyOrCostName = isCostUnit(unit) || (COST_NAME.test(name) && normalizeUnit(unit) === "");
  if (!rate && !isOtherLevel(l2) && moneyOrCostName) return { operator: "<=", assumed: true, reason: "cost-unit" };
  if (!rate && isDurationUnit(unit) && (isTimeLevel(l2) || DURATION_NAME.test(name)) && !LASTING_NAME.test(name)) {
    return { operator: "<=", assumed: true, reason: "duration" };
  }
  return { operator: ">=", assumed: true, reason: "default" };
}
