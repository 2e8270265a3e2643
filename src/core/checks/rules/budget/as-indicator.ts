import { factsFor } from "../../facts";
import { ALL_STAGES, rowFinding } from "../../finding";
import type { Finding, Rule } from "../../types";

/**
 * 预算执行率, 资金到位率, 部门整体预算执行率 and their close spellings: the execution of the money itself.
 * Anchored: names about something else that arrives or is spent (签约外资项目资金到位率, 政府采购执行率,
 * 补助资金发放率) are not matched.
 */
export const EXECUTION_NAME =
  /^(?:本?年度?|全年|年中|项目|部门|部门整体|单位|财政|专项|本级)*(?:预算|资金|经费|支出|财政资金|项目资金)(?:执行|到位|支出|支付|拨付)(?:率|进度)$|^(?:年中|部门整体|项目)?预算执行(?:情况|进度)$/;

/**
 * Budget execution filed as a 三级指标 in the indicator block. Every form scores it in its own block
 * (预算执行率 10 or 20 points), so as an indicator it counts twice (issue 9; sources.md spot-check
 * YS-001, YS-003, BM-CB-008). Warning by default — a goal table has no budget block yet and the
 * self-evaluation will score execution apart — and an error where this very table has the budget block
 * and so does score execution twice. A library indicator marked `block: "budget"` is matched by code or
 * name as well.
 */
export const budgetAsIndicator: Rule = {
  code: "budget/as-indicator",
  defaultSeverity: "warning",
  stages: ALL_STAGES,
  check(ctx) {
    const facts = factsFor(ctx);
    const doubled = ctx.table.budget !== undefined && ctx.table.kind === "self-eval";
    const out: Finding[] = [];
    for (const f of facts.named()) {
      const lib = facts.libraryMatch(f)?.indicator;
      const byLibrary = lib !== undefined && lib.block === "budget";
      if (!byLibrary && !EXECUTION_NAME.test(f.key)) continue;
      out.push(rowFinding("budget/as-indicator", f, f.row.name, { name: f.name, counted: doubled ? "twice" : "once" }, doubled ? { severity: "error" } : {}));
    }
    return out;
  },
};
