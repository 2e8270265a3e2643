import type { Issue, IssueCode } from "../checks/types";

export type Lang = "zh-CN" | "en";
export type MessageFn = (issue: Issue) => string;
/** One entry per issue code: the compiler rejects a map that forgets one. */
export type MessageMap = Record<IssueCode, MessageFn>;
