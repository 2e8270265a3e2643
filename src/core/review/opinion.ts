import type { Analysis, AnalyzedTable } from "../analysis";
import { SEVERITY_RANK, type Issue, type Severity } from "../checks/types";
import { formatIssue, issueTitle, kindTitle, SEVERITY_TITLES } from "../messages";
import { reviewOf, type Profile } from "../profiles/schema";
import type { PlanNote, SheetPlan } from "../table/plan";
import { formPrint } from "../table/print-setup";
import { SheetBuilder } from "../table/templates/sheet-builder";
import { S } from "../table/templates/styles";
import { fitRowHeights } from "../table/templates/row-heights";
import { adviceOf } from "./advice";
import { conclude, roundTo, type Conclusion } from "./conclusion";

export const OPINION_SHEET = "审核意见";
/** Every note Jixiao writes starts with this, so removing them again finds exactly Jixiao's notes. */
export const NOTE_PREFIX = "【审核意见】";

export interface ReviewContext {
  /** File name as the reviewer knows it (no folders of the reviewer's machine are needed here). */
  file: string;
  library: { id: string; version: string; hash: string };
  /** The run's profile when no table decided another (workbooks without a table). */
  profile: Profile;
  /** Time of the check, already formatted (core has no clock). */
  checkedAt: string;
}

export interface OpinionPlan {
  sheet: SheetPlan;
  /** Notes to attach, by sheet name: one per flagged cell, all of that cell's issues in it. */
  notes: Record<string, PlanNote[]>;
  /** The file's conclusion (the strictest of its tables'). */
  conclusion: Conclusion;
}

const rowOfCell = (a: string | null | undefined): number => Number(/\d+/.exec(a ?? "")?.[0] ?? 0);

/** Errors first, then warnings, then notes; within each, in sheet order. */
export function sortIssues<T extends { severity: Severity; sheet: string; cell?: string | null | undefined }>(issues: readonly T[]): T[] {
  // Each issue's row is read once, not at every comparison; issues of one workbook mostly share a
  // sheet, so names are compared (localeCompare is slow) only when they differ.
  const keyed = issues.map((issue) => ({ issue, rank: SEVERITY_RANK[issue.severity], row: rowOfCell(issue.cell) }));
  keyed.sort((a, b) => a.rank - b.rank || (a.issue.sheet === b.issue.sheet ? 0 : a.issue.sheet.localeCompare(b.issue.sheet)) || a.row - b.row);
  return keyed.map((k) => k.issue);
}

const STATE_ZH: Record<string, string> = {
  scored: "已计分",
  goal: "目标表不计分",
  "no-data": "没有实际完成值",
  "no-weights": "没有分值",
  incomplete: "有指标无法计分",
  "weight-sum": "分值合计不足满分",
};

const VERDICT_RANK = { 通过: 0, 修改后通过: 1, 退回: 2 } as const;

const COLS = { A: 6, B: 16, C: 18, D: 52, E: 46, F: 8 } as const;
const LAST = "F";

function fmt(n: number | null | undefined, digits: number): string | number | null {
  return n === null || n === undefined || !Number.isFinite(n) ? null : roundTo(n, digits);
}

/**
 * The 审核意见 sheet for one analysed workbook: per table its basic information, the conclusion by the
 * profile's review rules, the computed scores beside the ones in the file, and every issue with where it
 * is, what is wrong, what to change and how serious it is; plus a note at each flagged cell.
 */
export function buildOpinion(analysis: Analysis, ctx: ReviewContext): OpinionPlan {
  const sb = new SheetBuilder(OPINION_SHEET, { protect: false });
  for (const [c, w] of Object.entries(COLS)) sb.width(c, w);
  let r = 1;
  sb.value("A1", "绩效审核意见", S.title).merge(`A1:${LAST}1`);
  r++;
  sb.value(`A${r}`, `文件：${ctx.file}    审核时间：${ctx.checkedAt}    指标库：${ctx.library.id}@${ctx.library.version} #${ctx.library.hash.slice(0, 12)}`, S.subtitle).merge(`A${r}:${LAST}${r}`);
  r += 2;

  const conclusions: Conclusion[] = [];
  const labelRow = (label: string, value: string | number | null): void => {
    sb.value(`A${r}`, label, S.label).merge(`A${r}:B${r}`);
    sb.input(`C${r}`, value, S.text).merge(`C${r}:${LAST}${r}`);
    r++;
  };

  const issueHeader = (): void => {
    ["序号", "位置", "问题类型", "问题说明", "修改建议", "级别"].forEach((h, i) => sb.value(`${"ABCDEF"[i]}${r}`, h, S.header));
    r++;
  };
  const issueRows = (list: readonly Issue[], home?: string): void => {
    sortIssues(list).forEach((i, n) => {
      const a = adviceOf(i);
      sb.value(`A${r}`, n + 1, S.centered)
        // On the table's own sheet the cell says enough; elsewhere the sheet is named too.
        .value(`B${r}`, i.cell ? (i.sheet === home ? i.cell : `${i.sheet}!${i.cell}`) : i.sheet || "—", S.centered)
        .value(`C${r}`, issueTitle(i.code), S.centered)
        .input(`D${r}`, a.what, S.text)
        .input(`E${r}`, a.change, S.text)
        .value(`F${r}`, SEVERITY_TITLES[i.severity]["zh-CN"], S.centered);
      r++;
    });
  };

  const loose = analysis.issues.filter((i) => i.table === undefined);
  if (loose.length > 0 || analysis.tables.length === 0) {
    sb.value(`A${r}`, "工作簿", S.header).merge(`A${r}:${LAST}${r}`);
    r++;
    const c = conclude(loose, ctx.profile);
    if (analysis.tables.length === 0) conclusions.push({ ...c, verdict: "退回", reason: "未识别到绩效目标表或自评表，请使用规范表样重新报送" });
    if (loose.length > 0) {
      issueHeader();
      issueRows(loose);
    }
    r++;
  }

  analysis.tables.forEach((at, index) => {
    const own = analysis.issues.filter((i) => i.table === index);
    const c = conclude(own, at.profile);
    conclusions.push(c);
    writeTable(at, index, own, c);
  });

  function writeTable(at: AnalyzedTable, index: number, own: Issue[], c: Conclusion): void {
    const { table, score, profile } = at;
    const digits = reviewOf(profile).scoreDigits;
    sb.value(`A${r}`, `表 ${index + 1}：${kindTitle(table.kind)}（工作表「${table.sheet}」）`, S.header).merge(`A${r}:${LAST}${r}`);
    r++;
    labelRow("项目名称", table.meta.projectName?.value || null);
    labelRow("主管部门", table.meta.department?.value || null);
    labelRow("实施单位", table.meta.unit?.value || null);
    labelRow("规则", `${profile.id}（${profile.name}）`);
    labelRow("问题数", `错误 ${c.errors} 个，警告 ${c.warnings} 个，提示 ${own.length - c.errors - c.warnings} 个`);
    labelRow("审核结论", `${c.verdict}：${c.reason}`);
    if (score.state !== "goal") {
      const typedTotal = table.typedTotal?.value ?? table.formulaCells?.find((f) => f.label.startsWith("总分"))?.value ?? null;
      labelRow(
        "得分",
        score.total !== null
          ? `按规则计算 ${fmt(score.total, digits)} 分（${score.grade ?? "—"}）；表内填写 ${typeof typedTotal === "number" ? fmt(typedTotal, digits) : "—"}`
          : `无法计算总分（${STATE_ZH[score.state]}）；表内填写 ${typeof typedTotal === "number" ? fmt(typedTotal, digits) : "—"}`,
      );
      // Computed against typed, row by row: the reviewer sees at once where the department's arithmetic differs.
      ["序号", "得分单元格", "分值", "指标", "表内得分", "计算得分"].forEach((h, i) => sb.value(`${"ABCDEF"[i]}${r}`, h, S.header));
      r++;
      score.rows.forEach((sr, n) => {
        const row = table.indicators.find((x) => x.row === sr.row);
        const typed = row?.score?.value ?? null;
        const computed = sr.result.score;
        const differs = typeof typed === "number" && computed !== null && Math.abs(typed - computed) > profile.scoreTolerance;
        sb.value(`A${r}`, n + 1, S.centered)
          .value(`B${r}`, row?.score?.addr ?? `第 ${sr.row} 行`, S.centered)
          .value(`C${r}`, fmt(sr.weight, digits), S.number)
          .value(`D${r}`, sr.name, S.text)
          .value(`E${r}`, typeof typed === "number" ? fmt(typed, digits) : null, differs ? { ...S.number, bold: true } : S.number)
          .value(`F${r}`, fmt(computed, digits), S.number);
        r++;
      });
    }
    if (own.length > 0) {
      issueHeader();
      issueRows(own, table.sheet);
    } else {
      sb.value(`A${r}`, "未发现问题。", S.text).merge(`A${r}:${LAST}${r}`);
      r++;
    }
    r++;
  }

  const worst = conclusions.reduce<Conclusion | undefined>((w, c) => (!w || VERDICT_RANK[c.verdict] > VERDICT_RANK[w.verdict] ? c : w), undefined) ?? conclude([], ctx.profile);
  sb.value(`A${r}`, "总体结论", S.label).merge(`A${r}:B${r}`);
  sb.input(`C${r}`, `${worst.verdict}：${worst.reason}`, { ...S.text, bold: true }).merge(`C${r}:${LAST}${r}`);
  r += 2;
  sb.value(`A${r}`, "审核人：", { hAlign: "left" }).merge(`A${r}:C${r}`);
  sb.value(`D${r}`, "审核日期：    年   月   日", { hAlign: "left" });
  const lastRow = r;

  const sheet = sb.build();
  sheet.print = formPrint({ area: `A1:${LAST}${lastRow}`, stamp: { libraryId: ctx.library.id, version: ctx.library.version, hash: ctx.library.hash, profile: ctx.profile.id } });
  sheet.rowHeights = fitRowHeights(sheet);
  return { sheet, notes: notesOf(analysis), conclusion: worst };
}

/** One note per flagged cell, every issue of that cell in it, severity first. */
export function notesOf(analysis: Analysis): Record<string, PlanNote[]> {
  const byCell = new Map<string, { sheet: string; addr: string; lines: string[] }>();
  for (const i of sortIssues(analysis.issues)) {
    if (!i.cell || !i.sheet) continue;
    // A range ("H13:H40") gets its note on its first cell.
    const addr = i.cell.split(":")[0]!.replace(/\$/g, "");
    if (!/^[A-Z]{1,3}\d+$/.test(addr)) continue;
    const key = `${i.sheet}\u0000${addr}`;
    const entry = byCell.get(key) ?? { sheet: i.sheet, addr, lines: [] };
    entry.lines.push(`${SEVERITY_TITLES[i.severity]["zh-CN"]}·${issueTitle(i.code)}：${formatIssue(i, "zh-CN")}`);
    byCell.set(key, entry);
  }
  const out: Record<string, PlanNote[]> = {};
  for (const e of byCell.values()) (out[e.sheet] ??= []).push({ addr: e.addr, text: `${NOTE_PREFIX}\n${e.lines.join("\n")}` });
  return out;
}
