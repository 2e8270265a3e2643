import type { WorkbookPlan } from "../plan";
import { ALLOWED_FUNCTIONS, functionsUsed } from "./score-formulas";
import { parseCell, parseRange } from "./a1";

export interface PlanProblem {
  sheet: string;
  where: string;
  message: string;
}

export class TemplatePlanError extends Error {
  readonly problems: PlanProblem[];
  constructor(problems: PlanProblem[]) {
    super(
      `模板计划有 ${problems.length} 处错误，未生成工作簿 / the template plan has ${problems.length} problem(s); nothing was written: ` +
        problems.slice(0, 5).map((p) => `${p.sheet}!${p.where}: ${p.message}`).join("; "),
    );
    this.name = "TemplatePlanError";
    this.problems = problems;
  }
}

const ALLOWED = new Set<string>(ALLOWED_FUNCTIONS);

/** Text outside string literals, where references and operators live. */
const code = (f: string): string => f.replace(/"(?:[^"]|"")*"/g, '""');

function formulaProblems(f: string, sheets: Set<string>): string[] {
  const out: string[] = [];
  if (f.startsWith("=")) out.push("公式不应以 = 开头 / formula must not start with =");
  for (const fn of functionsUsed(f)) if (!ALLOWED.has(fn)) out.push(`不允许的函数 ${fn} / function not allowed: ${fn}`);
  const bare = code(f);
  if (/\[/.test(bare)) out.push("不允许结构化引用 / structured references are not allowed");
  if (/[A-Z]+\$?[0-9]+#/.test(bare)) out.push("不允许动态数组溢出引用 / spill references are not allowed");
  let depth = 0;
  for (const ch of bare) {
    if (ch === "(") depth++;
    if (ch === ")") depth--;
    if (depth < 0) break;
  }
  if (depth !== 0) out.push("括号不配对 / unbalanced parentheses");
  for (const m of bare.matchAll(/'((?:[^']|'')+)'!/g)) {
    const name = m[1]!.replace(/''/g, "'");
    if (!sheets.has(name)) out.push(`引用了不存在的工作表 ${name} / unknown sheet ${name}`);
  }
  // Every plain cell reference must be a real address (catches row 0 or an overflowing column).
  for (const m of bare.replace(/'(?:[^']|'')+'!/g, "").matchAll(/(?<![A-Za-z0-9_.])\$?([A-Z]{1,3})\$?([0-9]+)(?![0-9A-Za-z_(])/g)) {
    if (!parseCell(`${m[1]}${m[2]}`)) out.push(`无效的单元格引用 ${m[0]} / invalid reference ${m[0]}`);
  }
  return out;
}

const overlaps = (a: NonNullable<ReturnType<typeof parseRange>>, b: NonNullable<ReturnType<typeof parseRange>>): boolean =>
  a.c1 <= b.c2 && b.c1 <= a.c2 && a.r1 <= b.r2 && b.r1 <= a.r2;

/** Check a whole plan before anything is rendered: a template is written complete or not at all. */
export function validatePlan(plan: WorkbookPlan): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const sheets = new Set(plan.sheets.map((s) => s.name));
  if (sheets.size !== plan.sheets.length) problems.push({ sheet: "", where: "", message: "工作表重名 / duplicate sheet names" });
  for (const s of plan.sheets) {
    const add = (where: string, message: string): void => void problems.push({ sheet: s.name, where, message });
    if (s.name.length === 0 || s.name.length > 31 || /[\\/?*[\]:]/.test(s.name)) add("", "工作表名称无效 / invalid sheet name");
    const seen = new Set<string>();
    for (const c of s.cells) {
      if (!parseCell(c.addr)) add(c.addr, "无效的单元格地址 / invalid address");
      if (seen.has(c.addr)) add(c.addr, "单元格重复 / duplicate cell");
      seen.add(c.addr);
      if (c.formula !== undefined) for (const m of formulaProblems(c.formula, sheets)) add(c.addr, m);
      if (c.formula !== undefined && c.value !== undefined) add(c.addr, "同时有值和公式 / both value and formula");
      if (c.formula !== undefined && c.locked === false) add(c.addr, "公式单元格未锁定 / formula cell is unlocked");
      if (typeof c.value === "number" && !Number.isFinite(c.value)) add(c.addr, "数值无效 / non-finite number");
    }
    const merges = s.merges.map((m) => ({ m, r: parseRange(m) }));
    merges.forEach(({ m, r }, i) => {
      if (!r) return add(m, "无效的合并区域 / invalid merge range");
      for (const o of merges.slice(0, i)) if (o.r && overlaps(o.r, r)) add(m, `与 ${o.m} 重叠 / overlaps ${o.m}`);
    });
    for (const v of s.validations) {
      if (!parseRange(v.range)) add(v.range, "无效的数据验证区域 / invalid validation range");
      if (v.type === "list") {
        if (!v.list && !v.listFormula) add(v.range, "下拉列表为空 / empty list");
        if (v.list && v.list.join(",").length > 255) add(v.range, "下拉列表超过 255 个字符 / list longer than 255 characters");
        if (v.list?.some((x) => x.includes(","))) add(v.range, "列表项不能含逗号 / list items cannot contain commas");
        if (v.listFormula !== undefined) {
          if (!v.listFormula.startsWith("=")) add(v.range, "列表公式应以 = 开头 / list formula must start with =");
          for (const m of formulaProblems(v.listFormula.slice(1), sheets)) add(v.range, m);
        }
      } else if (v.min === undefined || v.max === undefined || v.min > v.max) add(v.range, "数值验证缺少上下限 / numeric validation needs min ≤ max");
    }
    for (const cf of s.conditionalFormats) {
      if (!parseRange(cf.range)) add(cf.range, "无效的条件格式区域 / invalid conditional format range");
      for (const m of formulaProblems(cf.formula, sheets)) add(cf.range, m);
      if (/'(?:[^']|'')+'!/.test(code(cf.formula))) add(cf.range, "条件格式不应引用其他工作表 / conditional formats must not refer to other sheets");
      if (cf.meaning.trim() === "") add(cf.range, "条件格式缺少说明 / conditional format without a meaning");
    }
    for (const col of [...Object.keys(s.columnWidths), ...(s.hiddenColumns ?? [])]) {
      if (!parseCell(`${col}1`)) add(col, "无效的列 / invalid column");
    }
  }
  const names = new Set<string>();
  for (const n of plan.names) {
    if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(n.name) || parseCell(n.name)) problems.push({ sheet: "", where: n.name, message: "名称无效 / invalid defined name" });
    if (names.has(n.name)) problems.push({ sheet: "", where: n.name, message: "名称重复 / duplicate defined name" });
    names.add(n.name);
    for (const m of formulaProblems(n.ref, sheets)) problems.push({ sheet: "", where: n.name, message: m });
  }
  if (plan.sheets[0]?.hidden) problems.push({ sheet: plan.sheets[0].name, where: "", message: "第一个工作表不能隐藏 / the first sheet must be visible" });
  return problems;
}
