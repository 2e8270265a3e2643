import type { Analysis } from "../analysis";
import type { Issue, IssueCode } from "../checks/types";
import { formatIssue, kindTitle } from "../messages";
import type { SheetPlan } from "../table/plan";
import { formPrint } from "../table/print-setup";
import { SheetBuilder } from "../table/templates/sheet-builder";
import { S } from "../table/templates/styles";
import { fitRowHeights } from "../table/templates/row-heights";
import { conclude } from "./conclusion";
import { sortIssues } from "./opinion";
import type { ReviewContext } from "./opinion";

export const GOAL_REVIEW_SHEET = "绩效目标审核表";

export type Criterion = "完整性" | "相关性" | "适当性" | "可行性";

/**
 * The four 审核内容 of a goal review (domain README §6) and what each asks, in the words a 审核表 uses.
 * 完整性: every element present, targets quantified; 相关性: indicators fit the project and the
 * department's duties; 适当性: the target level fits the money and the weights add up; 可行性: achievable.
 */
export const CRITERIA: readonly { name: Criterion; point: string }[] = [
  { name: "完整性", point: "绩效目标要素完整：产出、效益、满意度指标齐全，指标值明确、可衡量，基本信息完整" },
  { name: "相关性", point: "绩效指标与项目内容和部门职能相关，指标归类正确、无重复，与指标库一致" },
  { name: "适当性", point: "指标值设定合理、与预算资金量匹配，分值分配符合规定，方向与单位规范" },
  { name: "可行性", point: "绩效目标经过努力可以实现，指标值不超出客观可能" },
];

const BY_CODE: Partial<Record<IssueCode, Criterion>> = {
  "structure/no-output": "完整性",
  "structure/no-benefit": "完整性",
  "structure/no-satisfaction": "完整性",
  "structure/no-cost": "完整性",
  "structure/too-few": "完整性",
  "meta/missing": "完整性",
  "value/missing": "完整性",
  "value/unparseable": "完整性",
  "value/vague": "完整性",
  "value/unit-missing": "完整性",
  "weight/missing": "完整性",
  "library/basis-missing": "完整性",
  "recognize/no-rows": "完整性",
  "recognize/row-skipped": "完整性",
  "structure/bad-tree": "相关性",
  "structure/duplicate": "相关性",
  "library/unknown": "相关性",
  "library/category-mismatch": "相关性",
  "library/retired": "相关性",
  "budget/as-indicator": "相关性",
  "library/stale": "相关性",
  "weight/sum": "适当性",
  "weight/level1": "适当性",
  "value/degenerate": "适当性",
  "value/direction-assumed": "适当性",
  "library/unit-mismatch": "适当性",
  "library/operator-mismatch": "适当性",
  "library/basis-invalid": "适当性",
  "library/below-reference": "适当性",
  "value/rate-over-100": "可行性",
};

/** Which criterion a finding supports; a target that cannot be reached counts against 可行性. */
export function criterionOf(issue: Issue): Criterion | null {
  if (issue.code === "value/degenerate" && ["negative-ceiling", "cap"].includes(String(issue.params.problem ?? ""))) return "可行性";
  return BY_CODE[issue.code] ?? null;
}

const RESULT = (issues: readonly Issue[]): string =>
  issues.some((i) => i.severity === "error") ? "不符合" : issues.some((i) => i.severity === "warning") ? "基本符合" : "符合";

/**
 * The 绩效目标审核表 for the goal tables of one workbook, generated from the checks: per 审核内容 its
 * 审核要点, the findings that support it (cell and message), and a result; then the 审核结论 by the
 * profile's review rules and an 意见 cell. Every finding, result and opinion cell is an unlocked input, so
 * the reviewer edits the generated draft rather than writing from nothing. Null when there is no goal table.
 */
export function buildGoalReview(analysis: Analysis, ctx: ReviewContext): SheetPlan | null {
  const goals = analysis.tables.map((t, i) => ({ t, i })).filter(({ t }) => t.table.kind === "goal" || t.table.kind === "dept-goal");
  if (goals.length === 0) return null;
  const sb = new SheetBuilder(GOAL_REVIEW_SHEET, { protect: false });
  sb.width("A", 12).width("B", 36).width("C", 70).width("D", 12);
  let r = 1;
  for (const { t, i } of goals) {
    sb.value(`A${r}`, "项目支出绩效目标审核表", S.title).merge(`A${r}:D${r}`);
    r++;
    sb.value(`A${r}`, `${kindTitle(t.table.kind)}（工作表「${t.table.sheet}」）  文件：${ctx.file}  审核时间：${ctx.checkedAt}`, S.subtitle).merge(`A${r}:D${r}`);
    r++;
    const info: [string, string | null][] = [
      ["项目名称", t.table.meta.projectName?.value || t.table.meta.department?.value || null],
      ["主管部门", t.table.meta.department?.value || null],
      ["实施单位", t.table.meta.unit?.value || null],
    ];
    for (const [label, v] of info) {
      sb.value(`A${r}`, label, S.label).input(`B${r}`, v, S.text).merge(`B${r}:D${r}`);
      r++;
    }
    ["审核内容", "审核要点", "审核发现", "审核结果"].forEach((h, k) => sb.value(`${"ABCD"[k]}${r}`, h, S.header));
    r++;
    const own = analysis.issues.filter((x) => x.table === i);
    for (const c of CRITERIA) {
      const found = sortIssues(own.filter((x) => criterionOf(x) === c.name && x.severity !== "info"));
      const lines = found.slice(0, 12).map((x) => {
        const text = formatIssue(x, "zh-CN");
        // Most messages open with their cell already; others get it in front.
        return x.cell && !text.startsWith(x.cell) ? `${x.cell}：${text}` : text;
      });
      if (found.length > lines.length) lines.push(`……另有 ${found.length - lines.length} 项，见「审核意见」`);
      sb.value(`A${r}`, c.name, S.label).value(`B${r}`, c.point, S.text);
      sb.input(`C${r}`, lines.length > 0 ? lines.join("\n") : "未发现问题", S.text).input(`D${r}`, RESULT(found), S.centered);
      r++;
    }
    const verdict = conclude(own, t.profile);
    sb.value(`A${r}`, "审核结论", S.label).input(`B${r}`, verdict.verdict, { ...S.centered, bold: true }).merge(`B${r}:D${r}`);
    r++;
    sb.value(`A${r}`, "意见", S.label).input(`B${r}`, verdict.reason, S.text).merge(`B${r}:D${r}`);
    r++;
    sb.value(`A${r}`, "审核人：", { hAlign: "left" }).value(`C${r}`, "审核日期：    年   月   日", { hAlign: "left" });
    r += 2;
  }
  const sheet = sb.build();
  sheet.rowHeights = fitRowHeights(sheet);
  sheet.print = formPrint({ area: `A1:D${r - 2}`, stamp: { libraryId: ctx.library.id, version: ctx.library.version, hash: ctx.library.hash, profile: ctx.profile.id } });
  return sheet;
}
