import pkg from "../../package.json";
import builtin from "../../assets/library/builtin.json";
import { tr, type CliLang } from "./i18n";

/** `jixiao --version`: the program's version and the built-in library it checks against. */
export function versionText(lang: CliLang): string {
  return `jixiao ${pkg.version}\n${tr(lang, "内置指标库", "built-in library")} ${builtin.meta.id}@${builtin.meta.version}\n`;
}
