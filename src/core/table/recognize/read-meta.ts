import type { Cell, TableMeta } from "../table";
import type { SheetView } from "./sheet-view";
import { headerKey, toNumber } from "./normalize";
import { indicatorRole } from "./headers";

type MetaField = "projectName" | "department" | "unit" | "annualGoal";

/** Labels by what they say: 项目主管部门, 主管部门及代码, 中央主管部门 … all name the department. */
const LABEL_PATTERNS: readonly (readonly [RegExp, MetaField])[] = [
  // headerKey drops bracketed words: "专项(项目)名称" (重庆 转移支付) reads "专项名称".
  [/^(项目名称|转移支付(项目)?名称|政策名称|转移支付\(项目\)名称|专项(资金)?名称)$/, "projectName"],
  [
    /^(项目)?(中央|地方|省级|市级|县级|区级|业务)?主管(部门|单位)(及代码|及编码|名称|编码)?$|^部门(\(单位\))?名称$|^单位名称$|^预算部门$|^(一级)?预算单位(名称)?$/,
    "department",
  ],
  [/^(项目)?实施单位(名称)?$|^资金使用单位$|^项目单位$/, "unit"],
  [/^(年度)?总体目标$|^年度绩效目标$/, "annualGoal"],
];

function labelField(key: string): MetaField | undefined {
  for (const [re, field] of LABEL_PATTERNS) if (re.test(key)) return field;
  return undefined;
}

/** Sub-labels under 总体目标 whose value is written below them, not to the right. */
const GOAL_SUBLABEL = /^(年度目标|预期目标|中期目标|长期目标|实际完成情况|全年实际完成情况|中期滚动目标)$/;
const ANNUAL_SUBLABEL = /^(年度目标|预期目标)$/;

function isLabel(text: string): boolean {
  const { key } = headerKey(text);
  return labelField(key) !== undefined || GOAL_SUBLABEL.test(key) || indicatorRole(text) !== undefined;
}

function valueRight(view: SheetView, r: number, c: number, right: number): Cell<string> | undefined {
  const m = view.merge(r, c);
  const start = (m ? m.right : c) + 1;
  for (let x = start; x <= right; x++) {
    if (view.isHorizontalFollower(r, x) && view.owner(r, x).col <= c) continue;
    const t = view.text(r, x);
    if (t === "") continue;
    if (isLabel(t)) return undefined;
    return { value: t, addr: view.addrOf(r, x) };
  }
  return undefined;
}

/**
 * Labels above the indicator header (项目名称, 主管部门, 实施单位, 年度目标 ...) with the value written
 * to their right, or below them for the goal sub-labels of the 88号 and 10号 forms.
 */
export function readMeta(view: SheetView, fromRow: number, toRow: number): TableMeta {
  const meta: TableMeta = {};
  let annualFromSublabel: Cell<string> | undefined;
  for (let r = fromRow; r <= toRow; r++) {
    for (let c = view.left; c <= view.right; c++) {
      if (view.isHorizontalFollower(r, c) || view.isVerticalFollower(r, c)) continue;
      const t = view.text(r, c);
      if (t === "" || t.length > 30) continue;
      const { key } = headerKey(t);
      if (ANNUAL_SUBLABEL.test(key) && !annualFromSublabel) {
        const m = view.merge(r, c);
        const below = (m ? m.bottom : r) + 1;
        const right = valueRight(view, r, c, view.right);
        const under = view.text(below, c);
        if (right) annualFromSublabel = right;
        else if (under !== "" && !isLabel(under)) annualFromSublabel = { value: under, addr: view.addrOf(below, c) };
        continue;
      }
      const field = labelField(key);
      if (!field || (meta[field] && meta[field].value !== "")) continue;
      const v = valueRight(view, r, c, view.right);
      if (v) meta[field] = v;
      else if (!meta[field]) {
        // The label is printed but left unfilled: remember where the value belongs, so a note can point there.
        const m = view.merge(r, c);
        const next = (m ? m.right : c) + 1;
        if (next <= view.right) meta[field] = { value: "", addr: view.addrOf(r, next) };
      }
    }
  }
  if (annualFromSublabel) meta.annualGoal = annualFromSublabel;
  for (let r = fromRow; r <= toRow && !meta.year; r++) {
    for (let c = view.left; c <= view.right; c++) {
      const text = view.text(r, c).normalize("NFKC");
      // A long text names the year only as "2022年度" (a title: "2022年度黄石市…项目自评表"); short labels as "2022年".
      if (text.length > 30 && (text.length > 120 || !/20\d{2}\s*年度/.test(text))) continue;
      const y = /(20\d{2})\s*年/.exec(text);
      // "中期滚动目标（2019年--2021年）" names a period, not the year of the table.
      if (y && (text.match(/20\d{2}/g) ?? []).length === 1) {
        meta.year = { value: y[1] as string, addr: view.addrOf(r, c) };
        break;
      }
    }
  }
  return meta;
}

/** Text of the rows above a table (titles), for deciding the kind. */
export function titleText(view: SheetView, fromRow: number, toRow: number): string {
  const parts: string[] = [view.sheet];
  for (let r = fromRow; r <= Math.min(toRow, fromRow + 5); r++) {
    for (let c = view.left; c <= view.right; c++) {
      if (view.isHorizontalFollower(r, c)) continue;
      const t = view.text(r, c);
      if (t) parts.push(t);
    }
  }
  return parts.join(" ");
}

export function hasDeptLabel(view: SheetView, fromRow: number, toRow: number): boolean {
  for (let r = fromRow; r <= toRow; r++) {
    for (let c = view.left; c <= view.right; c++) {
      const t = view.text(r, c);
      if (t && t.length < 20 && headerKey(t).key === "部门名称") return true;
    }
  }
  return false;
}

const TOTAL_LABEL = /^(自评得分|自评总分|总分|综合得分|评价得分|自评分)$/;

/** A total typed in the header block ("自评得分 | 98" beside 实施单位, 银川 form), when the form prints one there. */
export function readTotalLabel(view: SheetView, fromRow: number, toRow: number): Cell<number | null> | undefined {
  for (let r = fromRow; r <= toRow; r++) {
    for (let c = view.left; c <= view.right; c++) {
      if (view.isHorizontalFollower(r, c) || view.isVerticalFollower(r, c)) continue;
      const t = view.text(r, c);
      if (t === "" || t.length > 10 || !TOTAL_LABEL.test(headerKey(t).key)) continue;
      const m = view.merge(r, c);
      const x = (m ? m.right : c) + 1;
      const n = toNumber(view.value(r, x));
      if (n !== null) return { value: n, addr: view.addrOf(r, x) };
    }
  }
  return undefined;
}
