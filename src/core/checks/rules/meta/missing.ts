import { ALL_STAGES } from "../../finding";
import { textOf } from "../../normalize";
import type { Finding, Rule } from "../../types";

const FIELDS = {
  projectName: ["项目名称", "project name"],
  department: ["主管部门", "supervising department"],
  year: ["年度", "year"],
} as const;

/**
 * The form does not say what it is about: 项目名称 (部门名称 for department tables), 主管部门, or the year.
 * Reviewers file hundreds of tables by these; a table without them cannot be traced.
 */
export const metaMissing: Rule = {
  code: "meta/missing",
  defaultSeverity: "warning",
  stages: ALL_STAGES,
  check(ctx) {
    const { meta, kind } = ctx.table;
    // Jixiao templates carry their own labels; an empty one there is the person's to fill and is reported the same way.
    // Department-wide tables (goal or self-evaluation) are about a department, not a project.
    const deptWide = kind === "dept-goal" || ctx.table.layout === "部门整体";
    const wanted: (keyof typeof FIELDS)[] = deptWide ? ["department", "year"] : ["projectName", "department", "year"];
    const out: Finding[] = [];
    for (const key of wanted) {
      if (textOf(meta[key]?.value) !== "") continue;
      const [field, fieldEn] = FIELDS[key];
      const cell = meta[key]?.addr;
      out.push({ code: "meta/missing", ...(cell ? { cell } : {}), params: { field: deptWide && key === "department" ? "部门（单位）名称" : field, fieldEn } });
    }
    return out;
  },
};
