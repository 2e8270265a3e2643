import type { Issue } from "../checks/types";

/** Every field name any variant of the issue's parameters has. */
type ParamKey<I extends Issue> = I["params"] extends infer P ? (P extends unknown ? keyof P & string : never) : never;

/** A parameter as text; "" when absent, so a message never prints "undefined". */
export function param<I extends Issue>(issue: I, key: ParamKey<I>): string {
  const v = (issue.params as Record<string, string | number | undefined>)[key];
  if (v === undefined) return "";
  if (typeof v === "number") return Number.isFinite(v) ? String(Math.round(v * 100) / 100) : "";
  return v;
}

export function has<I extends Issue>(issue: I, key: ParamKey<I>): boolean {
  return param(issue, key) !== "";
}

/** "F12「培训出勤率」", "第12行「…」" or "「…」": the cell and the indicator, as a person finds them. */
export function whereZh(issue: Issue): string {
  const name = issue.indicator ? `「${issue.indicator}」` : "";
  if (issue.cell) return `${issue.cell}${name}`;
  if (issue.row !== undefined) return `第${issue.row}行${name}`;
  return name || "本表";
}

export function whereEn(issue: Issue): string {
  const name = issue.indicator ? `"${issue.indicator}"` : "";
  const at = issue.cell ? issue.cell : issue.row !== undefined ? `row ${issue.row}` : "";
  if (at && name) return `${at} ${name}`;
  return at || name || "This table";
}
