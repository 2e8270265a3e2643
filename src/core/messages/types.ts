import type { IssueCode, IssueOf } from "../checks/types";

export type Lang = "zh-CN" | "en";
/** One entry per issue code, each reading its own code's parameters: the compiler rejects a map that forgets one. */
export type MessageMap = { [C in IssueCode]: (issue: IssueOf<C>) => string };
