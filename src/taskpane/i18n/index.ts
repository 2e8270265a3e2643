import { en } from "./en";
import { zhCN, type Strings } from "./zh-CN";

export type UiLang = "zh-CN" | "en";
export const STRINGS: Record<UiLang, Strings> = { "zh-CN": zhCN, en };
export type { Strings };
