/** Chinese first; English with --lang en or JIXIAO_LANG=en. */
export type CliLang = "zh-CN" | "en";

export function langFrom(argv: readonly string[], env: Record<string, string | undefined>): CliLang {
  const i = argv.indexOf("--lang");
  const flag = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith("--lang="))?.slice(7);
  const v = (flag ?? env.JIXIAO_LANG ?? "").toLowerCase();
  return v.startsWith("en") ? "en" : "zh-CN";
}

/** Pick the text for the language; messages are written in both. */
export const tr = (lang: CliLang, zh: string, en: string): string => (lang === "en" ? en : zh);
