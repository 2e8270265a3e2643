import type { IssueCode, Severity } from "../checks/types";
import { ISSUE_CODES, SEVERITY_RANK } from "../checks/types";
import { issueTitle, kindTitle, SEVERITY_TITLES } from "../messages";
import { reviewOf, type Profile } from "../profiles/schema";
import type { SheetPlan } from "../table/plan";
import { formPrint } from "../table/print-setup";
import type { TemplateKind } from "../table/table";
import { SheetBuilder } from "../table/templates/sheet-builder";
import { S } from "../table/templates/styles";
import { columnLetter } from "../table/templates/a1";
import { fitRowHeights } from "../table/templates/row-heights";
import { conclude, roundTo, type Verdict } from "./conclusion";

/** What the review summary needs of one checked file; the CLI's per-file output has this shape. */
export interface SummaryFile {
  /** File name without folders. */
  name: string;
  /** Folder the file was found in, as the reviewer gave it. */
  folder: string;
  error?: string;
  tables: {
    sheet: string;
    kind: TemplateKind;
    project: string | null;
    department?: string | null;
    unit?: string | null;
    profile: string;
    indicators: number;
    score: { total: number | null; grade: string | null; budget: { rate: number | null } | null; state: string } | null;
  }[];
  issues: { code: string; severity: Severity; sheet: string; cell: string | null; table?: number; message: string }[];
}

export interface SummaryInput {
  files: readonly SummaryFile[];
  library: { id: string; version: string; hash: string; profile: string };
  checkedAt: string;
  /** Profiles by id, for each table's review rules and digits; unknown ids use `fallback`. */
  profileOf: (id: string) => Profile;
}

/**
 * Text from a department's workbook (file names, sheet names, messages quoting cells) starting with
 * = + - @ gets a leading apostrophe, so no spreadsheet or CSV export takes it for a formula.
 */
export const neutral = (v: string | null | undefined): string | null => (v === null || v === undefined ? null : /^[=+\-@]/.test(v) ? `'${v}` : v);

const isCode = (c: string): c is IssueCode => (ISSUE_CODES as readonly string[]).includes(c);
const titleOf = (c: string): string => (isCode(c) ? issueTitle(c) : c);

function sheetWith(name: string, headers: { title: string; width: number; style?: keyof typeof S }[]): SheetBuilder {
  const sb = new SheetBuilder(name, { protect: false });
  headers.forEach((h, i) => sb.value(`${columnLetter(i + 1)}1`, h.title, S.header).width(columnLetter(i + 1), h.width));
  return sb;
}

/** A list sheet: header on row 1 frozen and repeated on every page, filters on, A4 landscape one page wide. */
function finishList(sb: SheetBuilder, cols: number, rows: number, lib: SummaryInput["library"]): SheetPlan {
  const sheet = sb.build();
  const last = columnLetter(cols);
  sheet.frozen = { rows: 1, cols: 0 };
  sheet.autoFilter = { range: `A1:${last}${Math.max(1, rows)}` };
  sheet.print = formPrint({ area: `A1:${last}${Math.max(1, rows)}`, titleRows: "1:1", stamp: { libraryId: lib.id, version: lib.version, hash: lib.hash, profile: lib.profile } });
  sheet.rowHeights = { ...fitRowHeights(sheet), 1: 30 };
  return sheet;
}

/**
 * The reviewer's summary of a batch, in Chinese: 说明 (library, profile, time, counts), 汇总 (one row per
 * table, pivot-friendly: 主管部门 and 实施单位 in their own columns, numbers as numbers), 按主管部门 (which
 * departments need help) and 问题清单 (every issue, errors first, with the code's Chinese title).
 */
export function buildReviewSummary(input: SummaryInput): SheetPlan[] {
  const { files, library } = input;
  type Row = { f: SummaryFile; t: SummaryFile["tables"][number] | null; index: number; verdict: Verdict; errors: number; warnings: number };
  const rows: Row[] = [];
  for (const f of files) {
    if (f.error) {
      rows.push({ f, t: null, index: -1, verdict: "退回", errors: 1, warnings: 0 });
      continue;
    }
    if (f.tables.length === 0) {
      const c = conclude(f.issues as { code: IssueCode; severity: Severity }[], input.profileOf(library.profile));
      rows.push({ f, t: null, index: -1, verdict: "退回", errors: c.errors, warnings: c.warnings });
    }
    f.tables.forEach((t, index) => {
      const own = f.issues.filter((i) => i.table === index || (i.table === undefined && i.sheet === t.sheet));
      const c = conclude(own as { code: IssueCode; severity: Severity }[], input.profileOf(t.profile));
      rows.push({ f, t, index, verdict: c.verdict, errors: c.errors, warnings: c.warnings });
    });
  }

  // 说明
  const info = new SheetBuilder("说明", { protect: false });
  info.width("A", 18).width("B", 70);
  info.value("A1", "预算绩效审核汇总", S.title).merge("A1:B1");
  const errors = files.reduce((n, f) => n + f.issues.filter((i) => i.severity === "error").length, 0);
  const warnings = files.reduce((n, f) => n + f.issues.filter((i) => i.severity === "warning").length, 0);
  const verdicts = (v: Verdict): number => rows.filter((r) => r.t && r.verdict === v).length;
  const lines: [string, string | number][] = [
    ["审核时间", input.checkedAt],
    ["指标库", `${library.id}@${library.version}`],
    ["指标库哈希", library.hash],
    ["规则", library.profile],
    ["文件数", files.length],
    ["无法读取", files.filter((f) => f.error).length],
    ["识别的表", rows.filter((r) => r.t).length],
    ["错误", errors],
    ["警告", warnings],
    ["通过", verdicts("通过")],
    ["修改后通过", verdicts("修改后通过")],
    ["退回", verdicts("退回")],
    ["说明", "「汇总」每表一行，可按主管部门、实施单位、审核结论筛选或作数据透视表；「按主管部门」列出各部门的问题数量；「问题清单」先列错误后列警告。"],
  ];
  lines.forEach(([k, v], i) => info.value(`A${i + 3}`, k, S.label).value(`B${i + 3}`, v, { ...S.text, hAlign: "left" }));
  const infoSheet = info.build();
  infoSheet.print = formPrint({ area: `A1:B${lines.length + 2}`, stamp: { libraryId: library.id, version: library.version, hash: library.hash, profile: library.profile } });
  infoSheet.rowHeights = { [lines.length + 2]: 45 };

  // 汇总
  const H = [
    { title: "序号", width: 6 },
    { title: "文件名", width: 28 },
    { title: "文件夹", width: 22 },
    { title: "工作表", width: 18 },
    { title: "类型", width: 18 },
    { title: "项目名称", width: 28 },
    { title: "主管部门", width: 18 },
    { title: "实施单位", width: 18 },
    { title: "指标数", width: 7 },
    { title: "总分", width: 8 },
    { title: "等级", width: 6 },
    { title: "预算执行率", width: 10 },
    { title: "错误", width: 6 },
    { title: "警告", width: 6 },
    { title: "审核结论", width: 11 },
    { title: "规则", width: 14 },
  ];
  const sum = sheetWith("汇总", H);
  rows.forEach((row, n) => {
    const r = n + 2;
    const t = row.t;
    const digits = reviewOf(input.profileOf(t?.profile ?? library.profile)).scoreDigits;
    const total = t?.score?.total;
    const rate = t?.score?.budget?.rate;
    const vals: (string | number | null)[] = [
      n + 1,
      neutral(row.f.name),
      neutral(row.f.folder),
      neutral(t?.sheet),
      t ? kindTitle(t.kind) : row.f.error ? "无法读取" : "未识别",
      neutral(t?.project ?? (row.f.error ? row.f.error : null)),
      neutral(t?.department),
      neutral(t?.unit),
      t?.indicators ?? null,
      typeof total === "number" ? roundTo(total, digits) : null,
      t?.score?.grade ?? null,
      typeof rate === "number" ? roundTo(rate, 4) : null,
      row.errors,
      row.warnings,
      row.verdict,
      t?.profile ?? null,
    ];
    vals.forEach((v, i) => {
      const style = i === 9 ? { ...S.number, numberFormat: `0.${"0".repeat(digits)}` } : i === 11 ? { ...S.number, numberFormat: "0.00%" } : typeof v === "number" ? S.number : S.text;
      sum.value(`${columnLetter(i + 1)}${r}`, v, style);
    });
  });
  const sumSheet = finishList(sum, H.length, rows.length + 1, library);

  // 按主管部门
  const D = [
    { title: "主管部门", width: 24 },
    { title: "表数", width: 7 },
    { title: "退回", width: 7 },
    { title: "修改后通过", width: 10 },
    { title: "通过", width: 7 },
    { title: "错误", width: 7 },
    { title: "警告", width: 7 },
    { title: "平均总分", width: 9 },
  ];
  const dep = sheetWith("按主管部门", D);
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const k = row.t?.department?.trim() || "（未填写主管部门）";
    groups.set(k, [...(groups.get(k) ?? []), row]);
  }
  // Departments with the most returns and errors first: the ones that need help.
  const ordered = [...groups.entries()].sort(
    (a, b) => b[1].filter((r) => r.verdict === "退回").length - a[1].filter((r) => r.verdict === "退回").length || b[1].reduce((n, r) => n + r.errors, 0) - a[1].reduce((n, r) => n + r.errors, 0),
  );
  ordered.forEach(([name, list], n) => {
    const r = n + 2;
    const totals = list.map((x) => x.t?.score?.total).filter((x): x is number => typeof x === "number");
    const vals: (string | number | null)[] = [
      neutral(name),
      list.length,
      list.filter((x) => x.verdict === "退回").length,
      list.filter((x) => x.verdict === "修改后通过").length,
      list.filter((x) => x.verdict === "通过").length,
      list.reduce((k, x) => k + x.errors, 0),
      list.reduce((k, x) => k + x.warnings, 0),
      totals.length > 0 ? roundTo(totals.reduce((a, b) => a + b, 0) / totals.length, 2) : null,
    ];
    vals.forEach((v, i) => dep.value(`${columnLetter(i + 1)}${r}`, v, i === 7 ? { ...S.number, numberFormat: "0.00" } : typeof v === "number" ? S.number : S.text));
  });
  const depSheet = finishList(dep, D.length, ordered.length + 1, library);

  // 问题清单
  const Q = [
    { title: "文件名", width: 26 },
    { title: "文件夹", width: 18 },
    { title: "主管部门", width: 16 },
    { title: "工作表", width: 16 },
    { title: "单元格", width: 8 },
    { title: "级别", width: 6 },
    { title: "问题类型", width: 18 },
    { title: "说明", width: 70 },
    { title: "代码", width: 22 },
  ];
  const list = sheetWith("问题清单", Q);
  let r = 2;
  const all = files.flatMap((f) => [
    ...(f.error ? [{ f, i: { code: "file/unreadable", severity: "error" as Severity, sheet: "", cell: null, message: f.error } as SummaryFile["issues"][number] }] : []),
    ...f.issues.map((i) => ({ f, i })),
  ]);
  all.sort((a, b) => SEVERITY_RANK[a.i.severity] - SEVERITY_RANK[b.i.severity]);
  for (const { f, i } of all) {
    const t = i.table !== undefined ? f.tables[i.table] : f.tables.find((x) => x.sheet === i.sheet);
    const vals = [neutral(f.name), neutral(f.folder), neutral(t?.department), neutral(i.sheet || null), i.cell, SEVERITY_TITLES[i.severity]["zh-CN"], i.code === "file/unreadable" ? "无法读取" : titleOf(i.code), neutral(i.message), i.code];
    vals.forEach((v, k) => list.value(`${columnLetter(k + 1)}${r}`, v, k === 7 ? S.text : { ...S.text, wrap: false }));
    r++;
  }
  const listSheet = finishList(list, Q.length, r - 1, library);
  return [infoSheet, sumSheet, depSheet, listSheet];
}
