export { formatIssue, MESSAGES } from "./format";
export { zhCN } from "./zh-CN";
export { en } from "./en";
export type { Lang, MessageMap } from "./types";
