import type { Issue } from "../checks/types";
import { formatIssue, issueTitle } from "../messages";

export interface IssueAdvice {
  /** What is wrong, as the message says it. */
  what: string;
  /** What to change: the message's "请…" clause, or a generic line from the code's title. */
  change: string;
}

/**
 * Split a Chinese message into its finding and its advice. Messages are written "finding，请 advice"
 * (or "…，建议 advice");
 * where a message has no 请-clause the advice names the problem's title so every row has one.
 */
export function adviceOf(issue: Issue): IssueAdvice {
  const text = formatIssue(issue, "zh-CN");
  const m = /^(.*?)[，,；;。]\s*((?:请|建议|相近的库内指标).*)$/s.exec(text);
  if (m && m[1]!.trim() !== "") return { what: m[1]!.trim(), change: m[2]!.trim() };
  return { what: text, change: `请核实并修正：${issueTitle(issue.code)}` };
}
