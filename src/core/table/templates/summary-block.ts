import type { Profile } from "../../profiles/schema";
import { formatNumber } from "../../values/format";
import type { SheetBuilder } from "./sheet-builder";
import type { TemplateLayout } from "./layout";
import type { IndicatorBlock } from "./indicator-block";
import { gradeFormula, subtotal2Formula, subtotalFormula, totalFormula } from "./score-formulas";
import { S, FLAG } from "./styles";

export interface SummaryRefs {
  /** Row of the marker line. */
  markerRow: number;
  /** Cells holding each first level's weight and score subtotals. */
  level1: { name: string; row: number; weight: string; score?: string }[];
  level2: { level1: string; name: string; row: number; weight: string; score?: string }[];
  indicatorWeight: string;
  indicatorScore?: string;
  total?: string;
  totalWeight?: string;
  grade?: string;
  lastRow: number;
}

/** Check text beside a weight sum: "正确" or "应为 50", so the person sees what the profile expects. */
function checkFormula(ref: string, expected: number): string {
  return `IF(ISNUMBER(${ref}),IF(ROUND(${ref}-${formatNumber(expected)},6)=0,"正确","应为 ${formatNumber(expected)}"),"")`;
}

/**
 * The block under the indicator rows: weight and score subtotals per 一级 and 二级, the indicator total
 * checked against the profile, the budget score, the total and the grade. It stands under the printed
 * footer, outside the print area: a working aid for the person, not part of the official form.
 */
export function writeSummary(
  sb: SheetBuilder,
  layout: TemplateLayout,
  profile: Profile,
  block: IndicatorBlock,
  budgetScoreRef?: string,
  budgetWeightRef?: string,
  budgetRateRef?: string,
  /** First row of the block; by default right under the indicator rows. */
  startRow = block.last + 1,
): SummaryRefs {
  const w = block.col("weight")!;
  const sc = block.col("score");
  const l1 = block.col("level1")!;
  const l2 = block.col("level2")!;
  const rng = (c: string): string => `$${c}$${block.first}:$${c}$${block.last}`;
  let r = startRow;
  const markerRow = r;
  sb.value(`A${r}`, layout.summaryMarker, S.header).merge(`A${r}:B${r}`);
  sb.value(`C${r}`, "核对", S.header).value(`${w}${r}`, "分值", S.header);
  if (sc) sb.value(`${sc}${r}`, layout.kind === "monitor" ? "预计得分" : "得分", S.header);

  const checkAt = (row: number, ref: string, expected: number, what: string): void => {
    sb.formula(`C${row}`, checkFormula(ref, expected), S.check);
    sb.flag({
      range: `${w}${row}`,
      formula: `AND(ISNUMBER(${ref}),ROUND(${ref}-${formatNumber(expected)},6)<>0)`,
      style: FLAG.error,
      meaning: `${what}分值合计应为 ${formatNumber(expected)} / ${what} weights should add up to ${formatNumber(expected)}`,
    });
  };

  const refs: SummaryRefs = { markerRow, level1: [], level2: [], indicatorWeight: "", lastRow: r };
  for (const node of profile.tree) {
    r++;
    sb.value(`A${r}`, node.name, S.label).value(`B${r}`, "小计", S.label);
    const weightRef = `$${w}$${r}`;
    const levels = { level1Range: rng(l1), level2Range: rng(l2), level1: node.name };
    sb.formula(`${w}${r}`, subtotalFormula({ ...levels, sumRange: rng(w) }, profile), S.computed);
    if (sc) sb.formula(`${sc}${r}`, subtotalFormula({ ...levels, sumRange: rng(sc) }, profile), S.computed);
    const fixed = profile.level1Weights?.[node.name];
    if (fixed !== undefined) checkAt(r, weightRef, fixed, node.name);
    else sb.value(`C${r}`, "", S.check);
    refs.level1.push({ name: node.name, row: r, weight: weightRef, ...(sc ? { score: `$${sc}$${r}` } : {}) });
    for (const child of node.children) {
      r++;
      sb.value(`A${r}`, node.name, S.centered).value(`B${r}`, child.name, S.centered).value(`C${r}`, "", S.check);
      const args = { level1Range: rng(l1), level2Range: rng(l2), level1: node.name, level2: child.name };
      sb.formula(`${w}${r}`, subtotal2Formula({ ...args, sumRange: rng(w) }, profile), S.computed);
      if (sc) sb.formula(`${sc}${r}`, subtotal2Formula({ ...args, sumRange: rng(sc) }, profile), S.computed);
      refs.level2.push({ level1: node.name, name: child.name, row: r, weight: `$${w}$${r}`, ...(sc ? { score: `$${sc}$${r}` } : {}) });
    }
  }

  r++;
  sb.value(`A${r}`, "绩效指标合计", S.label).merge(`A${r}:B${r}`);
  sb.formula(`${w}${r}`, `SUM(${rng(w)})`, S.computed);
  refs.indicatorWeight = `$${w}$${r}`;
  checkAt(r, refs.indicatorWeight, profile.indicatorTotal, "绩效指标");
  if (sc) {
    sb.formula(`${sc}${r}`, `IF(COUNTIF(${rng(sc)},">=0")=0,"",SUM(${rng(sc)}))`, S.computed);
    refs.indicatorScore = `$${sc}$${r}`;
  }

  if (sc && budgetScoreRef && budgetWeightRef) {
    r++;
    sb.value(`A${r}`, "预算执行率", S.label).merge(`A${r}:B${r}`).value(`C${r}`, "", S.check);
    sb.formula(`${w}${r}`, budgetWeightRef, S.computed).formula(`${sc}${r}`, `IF(ISNUMBER(${budgetScoreRef}),${budgetScoreRef},"")`, S.computed);
    r++;
    sb.value(`A${r}`, "总分", S.label).merge(`A${r}:B${r}`);
    sb.formula(`${w}${r}`, `SUM(${refs.indicatorWeight},${budgetWeightRef})`, S.computed);
    refs.totalWeight = `$${w}$${r}`;
    checkAt(r, refs.totalWeight, profile.indicatorTotal + profile.budget.weight, "总");
    sb.formula(`${sc}${r}`, totalFormula(rng(sc), budgetScoreRef, budgetRateRef ? { rateRef: budgetRateRef, profile } : undefined), { ...S.computed, bold: true });
    refs.total = `$${sc}$${r}`;
    r++;
    sb.value(`A${r}`, "评价等级", S.label).merge(`A${r}:B${r}`).value(`C${r}`, "", S.check).value(`${w}${r}`, "", S.centered);
    sb.formula(`${sc}${r}`, gradeFormula(refs.total, profile), { ...S.centered, bold: true });
    refs.grade = `$${sc}$${r}`;
  }
  refs.lastRow = r;
  return refs;
}
