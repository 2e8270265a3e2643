import { resolve } from "node:path";
import { buildTemplate, TEMPLATE_KINDS } from "../../core/table/templates";
import type { TemplateKind } from "../../core/table/table";
import { renderWorkbook } from "../../xlsx/render";
import { CliError } from "../errors";
import { tr, type CliLang } from "../i18n";
import type { CliIO } from "../io";
import { loadLibraryFile, resolveProfile } from "../library-file";
import { termSafe } from "../terminal";
import { writeNew } from "./write";

export interface TemplateCmdOptions {
  library?: string;
  profile?: string;
  indicators?: string;
  output?: string;
  force?: boolean;
}

export async function templateCommand(kind: string, opts: TemplateCmdOptions, lang: CliLang, io: CliIO): Promise<number> {
  const t = (zh: string, en: string): string => tr(lang, zh, en);
  if (!TEMPLATE_KINDS.includes(kind as TemplateKind)) {
    throw new CliError(t(`未知的模板类型“${kind}”，可选：${TEMPLATE_KINDS.join("、")} / unknown template kind`, `unknown template kind "${kind}"; one of ${TEMPLATE_KINDS.join(", ")}`));
  }
  if (!opts.output) throw new CliError(t("请用 -o 指定输出文件 / give the output file with -o", "give the output file with -o"));
  const library = await loadLibraryFile(opts.library, io.cwd);
  const profile = resolveProfile(library, opts.profile);
  const codes = (opts.indicators ?? "").split(/[,，;；\s]+/).filter(Boolean);
  const byCode = new Map(library.indicators.map((i) => [i.code, i]));
  const unknown = codes.filter((c) => !byCode.has(c));
  if (unknown.length) {
    throw new CliError(t(`指标库 ${library.meta.id}@${library.meta.version} 中没有这些指标编码：${unknown.join("、")} / unknown indicator codes`, `unknown indicator codes in ${library.meta.id}@${library.meta.version}: ${unknown.join(", ")}`));
  }
  const plan = buildTemplate(kind as TemplateKind, { library, profile, indicators: codes.map((c) => byCode.get(c)!) });
  const out = resolve(io.cwd, opts.output);
  await writeNew(out, { force: opts.force ?? false, lang, inputs: opts.library ? [resolve(io.cwd, opts.library)] : [] }, (tmp) => renderWorkbook(plan).xlsx.writeFile(tmp));
  io.stdout(termSafe(`${t("已生成模板", "template written")}: ${opts.output} (${kind}, ${library.meta.id}@${library.meta.version}, ${profile.id})`) + "\n");
  return 0;
}
