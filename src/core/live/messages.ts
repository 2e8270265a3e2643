import type { LiveSkip, LiveSkipReason } from "./types";

/** Why a table or a row is not given live formulas: Chinese first, then English. */
const TEXT: Record<LiveSkipReason, [string, string]> = {
  "not-self-eval": ["目标表没有实际完成值，不计分", "a goal table has no actuals to score"],
  "already-live": ["该工作表已启用实时计分", "live scoring is already on this sheet"],
  "no-rows": ["未识别到指标行", "no indicator rows recognised"],
  "no-weight": ["没有分值（权重），无法按规则计分", "no weight: the rules cannot score it"],
  "date-target": ["日期型指标值（如“12月31日前”）暂不生成公式", "date targets (\"by 31 Dec\") get no formula yet"],
  "target-form": ["指标值写法公式无法读取（与核心解析不一致）", "the target is written in a form the formula cannot read as the core does"],
  "actual-form": ["实际完成值写法公式无法读取（与核心解析不一致）", "the actual is written in a form the formula cannot read as the core does"],
  "no-space": ["表格右侧没有空列可写入核算列", "no empty columns right of the table"],
  "budget-unreadable": ["预算执行情况的数值无法引用，未生成预算执行率和得分公式", "the budget block's amounts cannot be referenced: no budget rate or score formula"],
  "rows-not-upgraded": ["有指标行未生成公式，不生成总分和等级公式", "some rows have no formula: no total or grade formula"],
};

export function liveSkipText(s: LiveSkip, lang: "zh-CN" | "en"): string {
  const [zh, en] = TEXT[s.reason];
  const where = s.row !== undefined ? (lang === "en" ? `row ${s.row}: ` : `第${s.row}行：`) : "";
  return `${where}${lang === "en" ? en : `${zh} / ${en}`}`;
}
