export { formatIssue, MESSAGES } from "./format";
export { zhCN } from "./zh-CN";
export { en } from "./en";
export type { Lang, MessageMap } from "./types";
export { ISSUE_TITLES, issueTitle, KIND_TITLES, kindTitle, SEVERITY_TITLES } from "./titles";
