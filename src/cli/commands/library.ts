import { writeFile } from "node:fs/promises";
import { extname, resolve } from "node:path";
import type ExcelJSModule from "exceljs";
import {
  diffLibraries,
  LibraryLoadError,
  libraryHash,
  LIBRARY_SHEET_NAMES,
  packageToSheets,
  PROJECT_TYPES,
  SECTORS,
  sheetsToPackage,
  TANGSHAN_TYPES,
  type LibraryPackage,
} from "../../core/library";
import { CliError } from "../errors";
import { tr, type CliLang } from "../i18n";
import type { CliIO } from "../io";
import { loadLibraryFile, readLibrarySheets } from "../library-file";
import { libraryProblemPlace, libraryProblemText } from "../../core/messages/library";
import { termSafe } from "../terminal";
import { assertWritable, writeNew } from "./write";

export interface LibraryInfo {
  id: string;
  version: string;
  name: string;
  hash: string;
  coverage: {
    total: number;
    retired: number;
    byProjectType: Record<string, number>;
    bySector: Record<string, number>;
    byTangshanType: Record<string, number>;
    quantitativeShare: number;
  };
}

export function libraryInfo(pkg: LibraryPackage): LibraryInfo {
  const active = pkg.indicators.filter((i) => i.status.state === "active");
  const count = (keys: readonly string[], has: (k: string, i: (typeof active)[number]) => boolean): Record<string, number> =>
    Object.fromEntries(keys.map((k) => [k, active.filter((i) => has(k, i)).length]));
  return {
    id: pkg.meta.id,
    version: pkg.meta.version,
    name: pkg.meta.name,
    hash: libraryHash(pkg),
    coverage: {
      total: active.length,
      retired: pkg.indicators.length - active.length,
      byProjectType: count(PROJECT_TYPES, (k, i) => (i.scope.projectTypes as string[]).includes(k)),
      bySector: count(SECTORS, (k, i) => (i.scope.sectors as string[]).includes(k)),
      byTangshanType: count(TANGSHAN_TYPES, (k, i) => ((i.scope.tangshan?.types ?? []) as string[]).includes(k)),
      quantitativeShare: active.length ? Math.round((active.filter((i) => i.kind === "quantitative").length / active.length) * 1000) / 1000 : 0,
    },
  };
}

export async function libraryInfoCommand(opts: { library?: string; json?: boolean }, lang: CliLang, io: CliIO): Promise<number> {
  const t = (zh: string, en: string): string => tr(lang, zh, en);
  const pkg = await loadLibraryFile(opts.library, io.cwd);
  const info = libraryInfo(pkg);
  if (opts.json) {
    io.stdout(`${JSON.stringify(info)}\n`);
    return 0;
  }
  const c = info.coverage;
  const line = (r: Record<string, number>): string => Object.entries(r).map(([k, v]) => `${k} ${v}`).join(t("，", ", "));
  io.stdout(
    [
      termSafe(`${info.name} (${info.id}@${info.version})`),
      `${t("内容指纹", "hash")}: ${info.hash}`,
      `${t("在用指标", "active indicators")}: ${c.total}  ${t("已停用", "retired")}: ${c.retired}  ${t("定量占比", "quantitative share")}: ${Math.round(c.quantitativeShare * 100)}%`,
      `${t("按项目类型", "by project type")}: ${line(c.byProjectType)}`,
      `${t("按行业", "by sector")}: ${line(c.bySector)}`,
      `${t("按唐山六类", "by Tangshan type")}: ${line(c.byTangshanType)}`,
      // Profiles whose numbers have no public source say so in their description (central-2021's weights).
      ...pkg.profiles.filter((p) => /未核实|unverified/i.test(p.description)).map((p) => `${t("规则配置", "profile")} ${p.id}: ${t("分值未核实（无公开出处）", "weights unverified (no public source)")}`),
    ].join("\n") + "\n",
  );
  return 0;
}

async function writeLibraryWorkbook(pkg: LibraryPackage, path: string): Promise<void> {
  const sheets = packageToSheets(pkg);
  // exceljs loads only when a workbook is written: `library info` and `diff` never need it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- deferred load, see main.ts
  const ExcelJS = require("exceljs") as typeof ExcelJSModule;
  const wb = new ExcelJS.Workbook();
  for (const name of LIBRARY_SHEET_NAMES) {
    const ws = wb.addWorksheet(name);
    // Stored as text cells (never formulas) and kept exact: operators such as "=" must read back unchanged.
    for (const row of sheets[name]) ws.addRow(row);
    ws.getRow(1).font = { bold: true };
    ws.views = [{ state: "frozen", ySplit: 1 }];
  }
  await wb.xlsx.writeFile(path);
}

/** Library workbook (.xlsx) → JSON package, or JSON → workbook, by the input's extension. */
export async function libraryBuildCommand(input: string, opts: { output?: string; force?: boolean }, lang: CliLang, io: CliIO): Promise<number> {
  const t = (zh: string, en: string): string => tr(lang, zh, en);
  if (!opts.output) throw new CliError(t("请用 -o 指定输出文件 / give the output file with -o", "give the output file with -o"));
  const out = resolve(io.cwd, opts.output);
  const fromWorkbook = /\.xlsx$/i.test(extname(input));
  const writeOpts = { force: opts.force ?? false, lang, inputs: [resolve(io.cwd, input)] };
  await assertWritable(out, writeOpts);
  const pkg = fromWorkbook ? await loadSheets(resolve(io.cwd, input), input, lang) : await loadLibraryFile(input, io.cwd);
  if (fromWorkbook) await writeNew(out, writeOpts, (tmp) => writeFile(tmp, `${JSON.stringify(pkg, null, 2)}\n`, "utf8"));
  else await writeNew(out, writeOpts, (tmp) => writeLibraryWorkbook(pkg, tmp));
  io.stdout(`${t("已生成", "written")}: ${termSafe(opts.output)} (${pkg.meta.id}@${pkg.meta.version}, ${pkg.indicators.length} ${t("项指标", "indicators")})\n`);
  return 0;
}

async function loadSheets(full: string, shown: string, lang: CliLang): Promise<LibraryPackage> {
  try {
    return sheetsToPackage(await readLibrarySheets(full));
  } catch (e) {
    const problems = e instanceof LibraryLoadError ? e.problems : undefined;
    const l = lang === "en" ? "en" : "zh-CN";
    const detail = problems ? problems.slice(0, 3).map((p) => `${libraryProblemPlace(p, l)}: ${libraryProblemText(p, l)}`).join(l === "en" ? "; " : "；") : (e as Error).message;
    throw new CliError(tr(lang, `指标库工作簿“${shown}”有误：${detail}`, `library workbook ${shown} is invalid: ${detail}`));
  }
}

export async function libraryDiffCommand(oldPath: string, newPath: string, opts: { json?: boolean }, lang: CliLang, io: CliIO): Promise<number> {
  const t = (zh: string, en: string): string => tr(lang, zh, en);
  const a = await loadLibraryFile(oldPath, io.cwd);
  const b = await loadLibraryFile(newPath, io.cwd);
  const d = diffLibraries(a, b);
  const out = {
    from: `${a.meta.id}@${a.meta.version}`,
    to: `${b.meta.id}@${b.meta.version}`,
    added: d.added.map((i) => ({ code: i.code, name: i.name })),
    changed: d.changed.map((c) => ({ code: c.code, name: c.name, fields: c.fields })),
    retired: d.retired.map((r) => ({ code: r.indicator.code, name: r.indicator.name, removed: r.removed, replacement: r.replacement?.code ?? null })),
    metaChanged: d.metaChanged,
    profilesChanged: d.profilesChanged,
    treeChanged: d.treeChanged,
  };
  if (opts.json) {
    io.stdout(`${JSON.stringify(out)}\n`);
    return 0;
  }
  const lines = [`${out.from} → ${out.to}`, `${t("新增", "added")} ${out.added.length}，${t("修改", "changed")} ${out.changed.length}，${t("停用", "retired")} ${out.retired.length}`];
  for (const x of out.added) lines.push(`  + ${x.code} ${x.name}`);
  for (const x of out.changed) lines.push(`  ~ ${x.code} ${x.name} (${x.fields.join(", ")})`);
  for (const x of out.retired) lines.push(`  - ${x.code} ${x.name}${x.replacement ? ` → ${x.replacement}` : ""}`);
  if (out.profilesChanged.length > 0) lines.push(`  ${t("规则配置变化", "profiles changed")}: ${out.profilesChanged.join(", ")}`);
  io.stdout(`${lines.map(termSafe).join("\n")}\n`);
  return 0;
}
