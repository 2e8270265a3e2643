import { Command, CommanderError, Option } from "commander";
import { CliError } from "./errors";
import { langFrom, tr, type CliLang } from "./i18n";
import { processIO, type CliIO } from "./io";
import { parseJobs } from "./jobs";
import { termSafe } from "./terminal";

import type * as CheckModule from "./commands/check";
import type * as ScoreModule from "./commands/score";
import type * as TemplateModule from "./commands/template";
import type * as LibraryModule from "./commands/library";
import type * as VersionModule from "./version";

/* eslint-disable @typescript-eslint/no-require-imports -- a require inside a function is what defers
   loading: commands (and through them exceljs, the core and the library) load when one runs, so
   `--help` and `--version` load only commander. A dynamic import() would be ESM, which jest's CJS
   runtime cannot load. */
const commands = {
  check: async (): Promise<typeof CheckModule> => require("./commands/check") as typeof CheckModule,
  score: async (): Promise<typeof ScoreModule> => require("./commands/score") as typeof ScoreModule,
  template: async (): Promise<typeof TemplateModule> => require("./commands/template") as typeof TemplateModule,
  library: async (): Promise<typeof LibraryModule> => require("./commands/library") as typeof LibraryModule,
  version: async (): Promise<typeof VersionModule> => require("./version") as typeof VersionModule,
};
/* eslint-enable @typescript-eslint/no-require-imports */

/** argv without --lang, which is read before commander so help texts come out in the right language. */
function stripLang(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === "--lang") i++;
    else if (!a.startsWith("--lang=")) out.push(a);
  }
  return out;
}

function program(lang: CliLang, io: CliIO, done: (code: number) => void): Command {
  const t = (zh: string, en: string): string => tr(lang, zh, en);
  const p = new Command("jixiao")
    .description(t("绩效目标助手：生成模板、检查与评分预算绩效目标表和自评表", "Jixiao: templates, checks and scores for budget performance goal and self-evaluation tables"))
    .helpOption("-h, --help", t("显示帮助", "show help"))
    .option("-V, --version", t("显示版本和内置指标库", "show the version and the built-in library"))
    .addHelpCommand(false)
    .addOption(new Option("--lang <lang>", t("输出语言：zh-CN（默认）或 en，也可设 JIXIAO_LANG", "output language: zh-CN (default) or en; or JIXIAO_LANG")))
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s), outputError: () => undefined });
  const lib = (c: Command): Command => c.option("--library <file>", t("指标库文件（.json 或 .xlsx），默认内置指标库", "library file (.json or .xlsx); the built-in one by default"));
  const prof = (c: Command): Command => c.option("--profile <id>", t("规则配置编号，如 national-2020、sichuan-90", "rule profile id, e.g. national-2020, sichuan-90"));
  const common = (c: Command): Command => c.helpOption("-h, --help", t("显示帮助", "show help")).exitOverride();

  prof(lib(common(p.command("template <kind>"))))
    .description(t("生成模板：goal（目标表）| self-eval（自评表）| dept-goal（部门整体）| monitor（监控表）", "write a template: goal | self-eval | dept-goal | monitor"))
    .option("--indicators <codes>", t("预填的指标编码，逗号分隔", "indicator codes to pre-fill, comma-separated"))
    .option("-o, --output <file>", t("输出的 .xlsx 文件", "output .xlsx file"))
    .option("--force", t("覆盖已存在的文件", "overwrite an existing file"))
    .action(async (kind: string, o: Record<string, string | boolean | undefined>) => done(await (await commands.template()).templateCommand(kind, o, lang, io)));

  prof(lib(common(p.command("check <paths...>"))))
    .description(t("检查工作簿（文件或文件夹）；有错误时退出码为 1，无法读取为 2", "check workbooks (files or folders); exit 1 on errors, 2 when unreadable"))
    .option("--json", t("输出一个 JSON 对象", "print one JSON object"))
    .option("--report <file>", t("另存审核汇总工作簿（.xlsx）", "write a reviewer's summary workbook (.xlsx)"))
    .option("--annotate <dir>", t("为每个文件在该文件夹写一份带「审核意见」工作表和单元格批注的副本（不改动原文件）", "write, for each input, a copy with a 审核意见 sheet and cell notes into this folder (inputs are never changed)"))
    .option("--force", t("覆盖已存在的汇总工作簿或审核意见副本", "overwrite an existing report or annotated copy"))
    .option("--verbose", t("文字报告中也逐条列出提示（默认只显示条数）", "list notes in the text report too (by default only their count)"))
    .option("--jobs <n>", t("并行检查的线程数（正整数，不超过 CPU 核数）", "worker threads to use (a whole number from 1 to the number of cores)"), (v) => parseJobs(v, lang))
    .action(async (paths: string[], o: Record<string, string | boolean | number | undefined>) => done(await (await commands.check()).checkCommand(paths, o, lang, io)));

  prof(lib(common(p.command("score <file>"))))
    .description(t("计算每张表的得分、一级小计、预算执行得分、总分和等级", "compute row scores, subtotals, budget score, total and grade of each table"))
    .option("--json", t("输出 JSON", "print JSON"))
    .option("--live", t("在原表上加上实时计分公式，另存为 -o 指定的新文件", "add live score formulas to the table where it stands, saved as the -o file"))
    .option("--remove-live", t("移除实时计分，另存为 -o 指定的新文件", "remove live scoring, saved as the -o file"))
    .option("-o, --output <file>", t("输出的 .xlsx 文件（不会改写原文件）", "output .xlsx file (the input is never written)"))
    .option("--force", t("覆盖已存在的输出文件", "overwrite an existing output file"))
    .action(async (file: string, o: Record<string, string | boolean | undefined>) => done(await (await commands.score()).scoreCommand(file, o, lang, io)));

  const library = common(p.command("library")).description(t("指标库：信息、构建、比较", "indicator library: info, build, diff"));
  lib(common(library.command("info")))
    .description(t("显示指标库的编号、版本、指纹和覆盖情况", "show id, version, hash and coverage"))
    .option("--json", t("输出 JSON", "print JSON"))
    .action(async (o: Record<string, string | boolean | undefined>) => done(await (await commands.library()).libraryInfoCommand(o, lang, io)));
  common(library.command("build <input>"))
    .description(t("指标库工作簿（.xlsx）转 JSON，或 JSON 转工作簿（按扩展名）", "library workbook (.xlsx) to JSON, or JSON to workbook, by extension"))
    .option("-o, --output <file>", t("输出文件", "output file"))
    .option("--force", t("覆盖已存在的文件", "overwrite an existing file"))
    .action(async (input: string, o: Record<string, string | boolean | undefined>) => done(await (await commands.library()).libraryBuildCommand(input, o, lang, io)));
  common(library.command("diff <old> <new>"))
    .description(t("比较两个版本：新增、修改（含字段）、停用", "compare two versions: added, changed (with fields), retired"))
    .option("--json", t("输出 JSON", "print JSON"))
    .action(async (a: string, b: string, o: Record<string, boolean | undefined>) => done(await (await commands.library()).libraryDiffCommand(a, b, o, lang, io)));
  return p;
}

/**
 * Run the command line in-process: returns the exit code, writes only through `io`.
 * 0 fine, 1 issues of error severity, 2 misuse or unreadable input.
 */
export async function run(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  const lang = langFrom(argv, io.env);
  let code = 0;
  const args = stripLang(argv);
  if (args.length === 1 && (args[0] === "--version" || args[0] === "-V")) {
    const { versionText } = await commands.version();
    io.stdout(versionText(lang));
    return 0;
  }
  try {
    await program(lang, io, (c) => {
      code = c;
    }).parseAsync(args, { from: "user" });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === "commander.helpDisplayed" || e.code === "commander.help" || e.code === "commander.version") return 0;
      const msg = e.message.replace(/^error:\s*/i, "");
      io.stderr(`${tr(lang, "参数错误", "usage error")}: ${termSafe(msg)}\n`);
      return 2;
    }
    const debug = io.env.JIXIAO_DEBUG === "1";
    const msg = e instanceof Error ? e.message : String(e);
    const shown = lang === "en" && msg.includes(" / ") ? msg.slice(msg.lastIndexOf(" / ") + 3) : msg;
    io.stderr(`${tr(lang, "错误", "error")}: ${termSafe(shown)}\n`);
    if (debug && e instanceof Error && e.stack) io.stderr(`${e.stack}\n`);
    return e instanceof CliError ? e.exitCode : 2;
  }
}
