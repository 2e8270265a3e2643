import type { SheetBuilder } from "./sheet-builder";
import type { TemplateLayout } from "./layout";
import { SIGNATURE_LABELS, SUM_LABEL, TOTAL_LABEL, WEIGHT_TOTAL_LABEL } from "./layout";
import type { IndicatorBlock } from "./indicator-block";
import { columnIndex, columnLetter } from "./a1";
import { S } from "./styles";
import type { Profile } from "../../profiles/schema";
import { writeSummary, type SummaryRefs } from "./summary-block";

/** Rows the printed footer takes under the indicator rows: a 总分 (or 分值合计) line and a signature line. */
export const FOOTER_ROWS = 2;

export interface FooterRefs {
  totalRow: number;
  signatureRow: number;
}

/**
 * The closing lines of the printed form, as the published forms end: 总分 with the grade (自评表, 监控表) or
 * the weight total (目标表), then 填表人 / 审核人 / 单位负责人 / 日期 for signatures (佳县 2016 目标表 footer
 * 填报人 / 单位负责人 / 填报日期; 青神 2023 自评表 signed by 项目负责人 / 财务负责人 — layouts.md).
 * The numbers point at the summary block below, which stays off paper.
 */
export function writeFooter(
  sb: SheetBuilder,
  layout: TemplateLayout,
  block: IndicatorBlock,
  refs: { totalWeight?: string; indicatorWeight: string; total?: string; indicatorScore?: string; grade?: string },
): FooterRefs {
  const last = layout.printLastColumn;
  const w = block.col("weight")!;
  const sc = block.col("score");
  const totalRow = block.last + 1;
  const before = (c: string): string => columnLetter(columnIndex(c) - 1);
  const after = (c: string): string => columnLetter(columnIndex(c) + 1);
  // 总分 where the form has a total (自评表); 合计 of the predicted scores on the 监控表; 分值合计 on 目标表.
  const scoreRef = refs.total ?? refs.indicatorScore;
  const scored = sc !== undefined && scoreRef !== undefined;
  const label = refs.total ? TOTAL_LABEL : scored ? SUM_LABEL : WEIGHT_TOTAL_LABEL;
  sb.value(`A${totalRow}`, label, S.label).merge(`A${totalRow}:${before(w)}${totalRow}`);
  sb.formula(`${w}${totalRow}`, refs.totalWeight ?? refs.indicatorWeight, S.computed);
  if (scored) {
    if (columnIndex(sc) - columnIndex(w) > 1) sb.value(`${after(w)}${totalRow}`, "", S.text).merge(`${after(w)}${totalRow}:${before(sc)}${totalRow}`);
    sb.formula(`${sc}${totalRow}`, `IF(ISNUMBER(${scoreRef}),${scoreRef},"")`, { ...S.computed, bold: true });
    if (sc !== last) {
      const grade = refs.grade ? `IF(${refs.grade}="","","评价等级："&${refs.grade})` : `""`;
      sb.formula(`${after(sc)}${totalRow}`, grade, { ...S.centered, bold: true });
      if (after(sc) !== last) sb.merge(`${after(sc)}${totalRow}:${last}${totalRow}`);
    }
  } else if (w !== last) {
    sb.value(`${after(w)}${totalRow}`, "", S.text).merge(`${after(w)}${totalRow}:${last}${totalRow}`);
  }

  const signatureRow = totalRow + 1;
  const n = columnIndex(last);
  const parts = SIGNATURE_LABELS.length;
  for (let i = 0; i < parts; i++) {
    const c1 = 1 + Math.floor((i * n) / parts);
    const c2 = Math.floor(((i + 1) * n) / parts);
    const a = `${columnLetter(c1)}${signatureRow}`;
    sb.value(a, SIGNATURE_LABELS[i]!, { vAlign: "bottom", hAlign: "left" });
    if (c2 > c1) sb.merge(`${a}:${columnLetter(c2)}${signatureRow}`);
  }
  return { totalRow, signatureRow };
}

/**
 * Everything under the indicator rows: the printed footer, one blank row, then the summary block. Files
 * written before the footer existed have the summary right under the rows (`footer: false`); the
 * formula-change check rebuilds either shape with this same function.
 */
export function writeTail(
  sb: SheetBuilder,
  layout: TemplateLayout,
  profile: Profile,
  block: IndicatorBlock,
  footer = true,
): { summary: SummaryRefs; footer?: FooterRefs } {
  const bcols = layout.budget.columns;
  const totalRow = layout.budget.lines[0]!.row;
  const summary = writeSummary(
    sb,
    layout,
    profile,
    block,
    bcols.score ? `$${bcols.score.letter}$${totalRow}` : undefined,
    bcols.weight ? `$${bcols.weight.letter}$${totalRow}` : undefined,
    bcols.rate ? `$${bcols.rate.letter}$${totalRow}` : undefined,
    footer ? block.last + FOOTER_ROWS + 2 : block.last + 1,
  );
  return footer ? { summary, footer: writeFooter(sb, layout, block, summary) } : { summary };
}
