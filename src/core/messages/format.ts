import type { Issue } from "../checks/types";
import { en } from "./en";
import type { Lang, MessageMap } from "./types";
import { zhCN } from "./zh-CN";

export const MESSAGES: Record<Lang, MessageMap> = { "zh-CN": zhCN, en };

/** The text a person reads for an issue; Chinese unless asked otherwise. */
export function formatIssue(issue: Issue, lang: Lang = "zh-CN"): string {
  // The map is keyed by code, so the entry for issue.code takes this issue's own parameters.
  const fn = MESSAGES[lang][issue.code] as (i: Issue) => string;
  return fn(issue);
}
