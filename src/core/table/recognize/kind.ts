import type { TemplateKind } from "../table";
import type { IndicatorBlock } from "./find-blocks";

export interface KindSignals {
  block: IndicatorBlock;
  /** Titles and labels above the table, with the sheet name. */
  title: string;
  deptLabel: boolean;
}

/**
 * Monitoring forms say 监控 or print progress columns; actual or score columns make a
 * self-evaluation; a 部门（单位）名称 label or a 部门整体 title makes a department goal table.
 */
export function decideKind({ block, title, deptLabel }: KindSignals): TemplateKind {
  const progress = Object.values(block.headers).some((h) => /截至|截止|预计/.test(h ?? ""));
  if (/监控/.test(title) || progress || block.cols.expected !== undefined) return "monitor";
  if (block.cols.actual !== undefined || block.cols.score !== undefined) return "self-eval";
  if (deptLabel || /部门整体/.test(title)) return "dept-goal";
  return "goal";
}

/** A short name of the published layout the table matches, for messages and reports. */
export function decideLayout(block: IndicatorBlock, kind: TemplateKind, title: string): string {
  if (block.cols.operator !== undefined && block.cols.unit !== undefined) return "四川";
  if (block.headers.target === "年初目标值") return "湖北";
  if (/转移支付/.test(title)) return "转移支付";
  // A 部门整体 self-evaluation (湖南 零陵, 安徽 金寨) is the department's table too: it names no project.
  if (kind === "dept-goal" || (kind === "self-eval" && /部门整体/.test(title))) return "部门整体";
  if (kind === "monitor") return "监控";
  if (kind === "self-eval") return "10号";
  if (block.headers.name === "指标内容") return "指标内容";
  return "88号";
}
