import type { Profile } from "../../profiles/schema";
import { budgetRateFormula, budgetScoreFormula } from "./score-formulas";
import type { SheetBuilder } from "./sheet-builder";
import type { TemplateLayout } from "./layout";
import { S, FLAG } from "./styles";
import { columnIndex, columnLetter } from "./a1";

export interface TemplateMeta {
  projectName?: string;
  department?: string;
  unit?: string;
  year?: string | number;
}

const rowOf = (a: string): number => Number(/\d+/.exec(a)?.[0]);
const colOf = (a: string): string => /^[A-Z]+/.exec(a)?.[0] ?? "A";
const prevCol = (c: string): string => columnLetter(columnIndex(c) - 1);

/** Title, year and the basic-information rows (项目名称 / 主管部门 / 实施单位). */
export function writeHeading(sb: SheetBuilder, layout: TemplateLayout, meta: TemplateMeta): void {
  const last = layout.printLastColumn;
  sb.value("A1", layout.title, S.title).merge(`A1:${last}1`);
  const year = meta.year !== undefined && String(meta.year).trim() !== "" ? String(meta.year).trim() : "    ";
  sb.input(layout.yearCell, `（${year}年度）`, S.subtitle).merge(`${layout.yearCell}:${last}${rowOf(layout.yearCell)}`);

  const entries = Object.entries(layout.meta) as [keyof TemplateLayout["meta"], { label: string; labelCell: string; valueCell: string }][];
  // Cells on one row are laid out left to right; each value runs to the next label or the last column.
  for (const [key, m] of entries) {
    const row = rowOf(m.labelCell);
    const sameRow = entries.map(([, o]) => o).filter((o) => rowOf(o.labelCell) === row && columnIndex(colOf(o.labelCell)) > columnIndex(colOf(m.labelCell)));
    const nextLabel = sameRow.sort((a, b) => columnIndex(colOf(a.labelCell)) - columnIndex(colOf(b.labelCell)))[0];
    const valueEnd = nextLabel ? prevCol(colOf(nextLabel.labelCell)) : last;
    sb.value(m.labelCell, m.label, S.label).merge(`${m.labelCell}:${prevCol(colOf(m.valueCell))}${row}`);
    sb.input(m.valueCell, meta[key] ?? null, S.text).merge(`${m.valueCell}:${valueEnd}${row}`);
  }
}

/** The funding block; in 自评表 and 监控表 with its rate, weight, score and reason cells. */
export function writeBudget(sb: SheetBuilder, layout: TemplateLayout, profile: Profile): void {
  const b = layout.budget;
  const first = b.headerRow ?? b.lines[0]!.row;
  const lastRow = b.lines[b.lines.length - 1]!.row;
  sb.value(`A${first}`, b.title, S.label).merge(`A${first}:B${lastRow}`);
  const cols = b.columns;
  if (b.headerRow !== undefined) {
    sb.value(`C${b.headerRow}`, "", S.label).merge(`C${b.headerRow}:D${b.headerRow}`);
    for (const c of Object.values(cols)) sb.value(`${c.letter}${b.headerRow}`, c.header, S.header);
    if (b.reason) {
      const [tl, br] = b.reason.range.split(":") as [string, string];
      sb.value(`${colOf(tl)}${b.headerRow}`, b.reason.header, S.header).merge(`${colOf(tl)}${b.headerRow}:${colOf(br)}${b.headerRow}`);
    }
  }
  const totalRow = b.lines[0]!.row;
  for (const line of b.lines) {
    const r = line.row;
    sb.value(`C${r}`, line.label, S.label).merge(`C${r}:D${r}`);
    for (const key of ["initial", "budget", "executed", "expected"] as const) {
      const c = cols[key];
      if (c) sb.input(`${c.letter}${r}`, null, S.money);
    }
    if (cols.rate && cols.budget && cols.executed) {
      sb.formula(`${cols.rate.letter}${r}`, budgetRateFormula(`${cols.budget.letter}${r}`, `${cols.executed.letter}${r}`), S.rate);
    }
    if (cols.weight) {
      if (r === totalRow) sb.value(`${cols.weight.letter}${r}`, profile.budget.weight, S.computed);
      else sb.value(`${cols.weight.letter}${r}`, "—", S.centered);
    }
    if (cols.score) {
      if (r === totalRow && cols.budget && cols.executed) {
        const refs = { budget: `${cols.budget.letter}${r}`, executed: `${cols.executed.letter}${r}`, ...(cols.weight ? { weight: `${cols.weight.letter}${r}` } : {}) };
        sb.formula(`${cols.score.letter}${r}`, budgetScoreFormula(refs, profile), S.computed);
      } else sb.value(`${cols.score.letter}${r}`, "—", S.centered);
    }
  }
  if (b.reason) {
    const [tl] = b.reason.range.split(":") as [string];
    sb.input(tl, null, S.text).merge(b.reason.range);
    if (cols.rate) {
      const rate = `$${cols.rate.letter}$${totalRow}`;
      sb.flag({
        range: b.reason.range,
        formula: `AND(ISNUMBER(${rate}),${rate}<${profile.budget.lowThreshold},$${colOf(tl)}$${rowOf(tl)}="")`,
        style: FLAG.error,
        meaning: `预算执行率低于 ${Math.round(profile.budget.lowThreshold * 100)}% 且未填写原因 / execution below ${profile.budget.lowThreshold * 100}% without a reason`,
      });
    }
  }
  // The total line is typed, not summed, because many units only know the total; flag a mismatch instead.
  for (const key of ["initial", "budget", "executed"] as const) {
    const c = cols[key];
    if (!c || b.lines.length < 2) continue;
    const parts = `${c.letter}${b.lines[1]!.row}:${c.letter}${lastRow}`;
    const total = `$${c.letter}$${totalRow}`;
    sb.flag({
      range: `${c.letter}${totalRow}`,
      formula: `AND(ISNUMBER(${total}),COUNTIF(${parts},"<>")>0,ABS(SUM(${parts})-${total})>0.005)`,
      style: FLAG.warn,
      meaning: "分项金额之和与总额不符 / the lines do not add up to the total",
    });
  }
}

/** 年度总体目标: one text cell, or 预期目标 / 实际完成情况 side by side. */
export function writeAnnualGoal(sb: SheetBuilder, layout: TemplateLayout, goalText?: string): void {
  const g = layout.annualGoal;
  const last = layout.printLastColumn;
  const labelRow = rowOf(g.labelCell);
  const valueRow = rowOf(g.valueCell);
  sb.value(g.labelCell, g.label, S.label).merge(`${g.labelCell}:B${valueRow}`);
  if (g.headers && g.actualCell) {
    const split = prevCol(colOf(g.actualCell));
    sb.value(`C${labelRow}`, g.headers[0], S.header).merge(`C${labelRow}:${split}${labelRow}`);
    sb.value(`${colOf(g.actualCell)}${labelRow}`, g.headers[1], S.header).merge(`${colOf(g.actualCell)}${labelRow}:${last}${labelRow}`);
    sb.input(g.valueCell, goalText ?? null, S.text).merge(`${g.valueCell}:${split}${valueRow}`);
    sb.input(g.actualCell, null, S.text).merge(`${g.actualCell}:${last}${valueRow}`);
  } else {
    sb.input(g.valueCell, goalText ?? null, S.text).merge(`${g.valueCell}:${last}${valueRow}`);
  }
}
