import type { Cell, TableMeta } from "../table";
import type { SheetView } from "./sheet-view";
import { headerKey } from "./normalize";
import { indicatorRole } from "./headers";

type MetaField = "projectName" | "department" | "unit" | "annualGoal";

const LABELS: Record<string, MetaField> = {
  项目名称: "projectName",
  转移支付名称: "projectName",
  政策名称: "projectName",
  主管部门: "department",
  主管部门及代码: "department",
  主管部门及编码: "department",
  地方主管部门: "department",
  部门名称: "department",
  单位名称: "department",
  实施单位: "unit",
  项目实施单位: "unit",
  资金使用单位: "unit",
  年度总体目标: "annualGoal",
  总体目标: "annualGoal",
  年度绩效目标: "annualGoal",
};

/** Sub-labels under 总体目标 whose value is written below them, not to the right. */
const GOAL_SUBLABEL = /^(年度目标|预期目标|中期目标|长期目标|实际完成情况|全年实际完成情况|中期滚动目标)$/;
const ANNUAL_SUBLABEL = /^(年度目标|预期目标)$/;

function isLabel(text: string): boolean {
  const { key } = headerKey(text);
  return LABELS[key] !== undefined || GOAL_SUBLABEL.test(key) || indicatorRole(text) !== undefined;
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
      const field = LABELS[key];
      if (!field || meta[field]) continue;
      const v = valueRight(view, r, c, view.right);
      if (v) meta[field] = v;
    }
  }
  if (annualFromSublabel) meta.annualGoal = annualFromSublabel;
  for (let r = fromRow; r <= toRow && !meta.year; r++) {
    for (let c = view.left; c <= view.right; c++) {
      const text = view.text(r, c).normalize("NFKC");
      if (text.length > 30) continue;
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
