import type { Profile } from "../../profiles/schema";
import { VALUE_BASES } from "../../library/constants";
import { OPERATOR_DISPLAY } from "../../values/types";
import type { CellStyle } from "../plan";
import type { SheetBuilder } from "./sheet-builder";
import type { ColumnKey, TemplateColumn, TemplateLayout } from "./layout";
import type { RowSeed } from "./groups";
import { overCompletionFormula, rowScoreFormula, type RowRefs } from "./score-formulas";
import { S, FLAG } from "./styles";
import type { ListRanges } from "./helper-sheets";

export const OPERATOR_CHOICES: readonly string[] = [">=", ">", "<=", "<", "=", "±", "text"].map(
  (op) => OPERATOR_DISPLAY[op as keyof typeof OPERATOR_DISPLAY],
);

const STYLE_BY_KEY: Partial<Record<ColumnKey, CellStyle>> = {
  level1: S.centered,
  level2: S.centered,
  operator: S.centered,
  target: S.number,
  unit: S.centered,
  basis: S.centered,
  weight: S.number,
  actual: S.number,
  expected: S.number,
  tier: S.centered,
  score: S.computed,
};

export interface IndicatorBlock {
  first: number;
  last: number;
  col: (key: ColumnKey) => string | undefined;
}

/** Relative-row references ($D13) for one row, as the scoring formula builders want them. */
export function rowRefs(layout: TemplateLayout, row: number): RowRefs | null {
  const c = (k: ColumnKey): string | undefined => layout.columns.find((x) => x.key === k)?.letter;
  const operator = c("operator");
  const target = c("target");
  const unit = c("unit");
  const weight = c("weight");
  // The monitor predicts the year-end score from the expected value, not from completion so far.
  const actual = c("expected") ?? c("actual");
  if (!operator || !target || !unit || !weight || !actual) return null;
  const tier = c("tier");
  return {
    operator: `$${operator}${row}`,
    target: `$${target}${row}`,
    unit: `$${unit}${row}`,
    actual: `$${actual}${row}`,
    weight: `$${weight}${row}`,
    ...(tier ? { tier: `$${tier}${row}` } : {}),
  };
}

function seedValue(col: TemplateColumn, seed: RowSeed): string | number | null {
  const ind = seed.indicator;
  switch (col.key) {
    case "level1":
      return seed.level1;
    case "level2":
      return seed.level2;
  }
  if (!ind) return null;
  switch (col.key) {
    case "name":
      return ind.name;
    case "operator":
      return OPERATOR_DISPLAY[ind.operator];
    case "unit":
      return ind.unit === "" ? null : ind.unit;
    case "basis":
      return ind.bases[0]?.basis ?? null;
    case "weight":
      return ind.weightHint;
    case "explanation":
      return ind.explanation;
    case "code":
      return ind.code;
    default:
      return null;
  }
}

/** Nested IFs mapping a tier name to its band share; no lookup into another sheet, so CF accepts it. */
function tierShare(tierRef: string, profile: Profile, side: "min" | "max" | "open"): string {
  const val = (t: Profile["qualitativeTiers"][number]): string | number => (side === "open" ? (t.maxInclusive ? 0 : 1) : t[side]);
  return profile.qualitativeTiers.reduceRight<string>((acc, t) => `IF(${tierRef}="${t.name.replace(/"/g, '""')}",${val(t)},${acc})`, "0");
}

export function writeIndicators(
  sb: SheetBuilder,
  layout: TemplateLayout,
  profile: Profile,
  seeds: readonly RowSeed[],
  lists: ListRanges,
): IndicatorBlock {
  const first = layout.firstIndicatorRow;
  const last = first + Math.max(seeds.length, 1) - 1;
  const col = (key: ColumnKey): string | undefined => layout.columns.find((c) => c.key === key)?.letter;

  for (const c of layout.columns) {
    sb.value(`${c.letter}${layout.headerRow}`, c.header, S.header).width(c.letter, c.width);
    if (c.hidden) sb.hideColumn(c.letter);
  }

  seeds.forEach((seed, i) => {
    const r = first + i;
    for (const c of layout.columns) {
      const a = `${c.letter}${r}`;
      const style = STYLE_BY_KEY[c.key] ?? S.text;
      if (c.key === "score") {
        const refs = rowRefs(layout, r);
        if (refs) sb.formula(a, rowScoreFormula(refs, profile), style);
      } else if (c.input) sb.input(a, seedValue(c, seed), style);
      else sb.value(a, seedValue(c, seed), style);
    }
  });

  // 一级指标 merged down its block as on the official form; readers carry a merged label down its rows.
  const l1col = col("level1");
  if (l1col) {
    let start = 0;
    seeds.forEach((seed, i) => {
      const next = seeds[i + 1];
      if (next && next.level1 === seed.level1) return;
      if (i > start) sb.merge(`${l1col}${first + start}:${l1col}${first + i}`);
      start = i + 1;
    });
  }

  const span = (key: ColumnKey): string | undefined => {
    const l = col(key);
    return l ? `${l}${first}:${l}${last}` : undefined;
  };
  const l1 = span("level1");
  if (l1) {
    sb.validate({
      range: l1,
      type: "list",
      listFormula: `=${lists.level1}`,
      allowBlank: true,
      error: { title: "一级指标", text: "请从下拉列表中选择一级指标 / pick a first-level name from the list" },
    });
  }
  const l2 = span("level2");
  const l1c = col("level1");
  if (l2 && l1c) {
    // Dependent list without INDIRECT/OFFSET: the block of 二级 names whose key column equals this row's 一级.
    const m = `MATCH($${l1c}${first},${lists.level2Keys},0)`;
    sb.validate({
      range: l2,
      type: "list",
      listFormula: `=INDEX(${lists.level2Names},${m}):INDEX(${lists.level2Names},${m}+COUNTIF(${lists.level2Keys},$${l1c}${first})-1)`,
      allowBlank: true,
      error: { title: "二级指标", text: "请先选择一级指标，再从下拉列表中选择二级指标 / pick the first level, then a second-level name" },
    });
  }
  const op = span("operator");
  if (op) {
    sb.validate({
      range: op,
      type: "list",
      list: [...OPERATOR_CHOICES],
      allowBlank: true,
      prompt: { title: "指标性质", text: "≥ ＞ 正向；≤ ＜ 反向；= 等于；± 区间；定性 / direction of the target" },
      error: { title: "指标性质", text: "请选择 ≥ > ≤ < = ± 定性 之一 / pick one of the operators" },
    });
  }
  const basis = span("basis");
  if (basis) {
    sb.validate({ range: basis, type: "list", list: [...VALUE_BASES], allowBlank: true, error: { title: "指标值设定依据", text: "请从下拉列表中选择 / pick a value basis" } });
  }
  const tier = span("tier");
  if (tier) {
    sb.validate({
      range: tier,
      type: "list",
      list: profile.qualitativeTiers.map((t) => t.name),
      allowBlank: true,
      prompt: { title: "评价档次", text: "仅定性指标填写：选择档次，并在完成值列填写该档次分值区间内的评分 / qualitative rows: pick a tier and type the score in the value column" },
      error: { title: "评价档次", text: "请从下拉列表中选择档次 / pick a tier" },
    });
  }
  const weight = span("weight");
  if (weight) {
    sb.validate({ range: weight, type: "decimal", min: 0, max: 100, allowBlank: true, error: { title: "分值", text: "分值应为 0–100 之间的数字 / a weight is a number from 0 to 100" } });
  }
  for (const key of ["actual", "expected"] as const) {
    const s = span(key);
    if (s) {
      sb.validate({
        range: s,
        type: "decimal",
        min: -1e15,
        max: 1e15,
        allowBlank: true,
        error: { title: "完成值", text: "请填写数字（百分比填数字部分，日期按日期填写）/ enter a number (the number part of a percentage, or a date)" },
      });
    }
  }

  writeFlags(sb, layout, profile, first, last);
  return { first, last, col };
}

function writeFlags(sb: SheetBuilder, layout: TemplateLayout, profile: Profile, first: number, last: number): void {
  const c = (k: ColumnKey): string | undefined => layout.columns.find((x) => x.key === k)?.letter;
  const at = (k: ColumnKey): string | undefined => (c(k) ? `$${c(k)}${first}` : undefined);
  const spanOf = (k: ColumnKey): string | undefined => (c(k) ? `${c(k)}${first}:${c(k)}${last}` : undefined);

  const score = at("score");
  const weight = at("weight");
  const refs = rowRefs(layout, first);
  const below = score && weight ? `AND(ISNUMBER(${score}),ISNUMBER(${weight}),${score}<${weight})` : undefined;
  const over = refs && c("actual") ? overCompletionFormula(refs, profile) : undefined;

  if (below) sb.flag({ range: spanOf("score")!, formula: below, style: FLAG.warn, meaning: "得分低于分值 / score below the weight" });
  if (over) {
    sb.flag({
      range: spanOf(c("expected") ? "expected" : "actual")!,
      formula: over,
      style: FLAG.info,
      meaning: `超额完成（≥ ${profile.overCompletion.threshold} 倍目标值），目标可能偏低 / over-completion: the target may be too low`,
    });
  }
  const reason = at("reason");
  const needs = [profile.explanation.belowWeight ? below : undefined, profile.explanation.overCompletion ? over : undefined].filter(
    (x): x is string => x !== undefined,
  );
  if (reason && needs.length > 0) {
    sb.flag({
      range: spanOf("reason")!,
      formula: `AND(${reason}="",${needs.length === 1 ? needs[0] : `OR(${needs.join(",")})`})`,
      style: FLAG.error,
      meaning: "需要填写偏差原因分析及改进措施 / a deviation reason is required",
    });
  }
  // 定性 rows carry their typed score in the value column the score formula reads.
  const typed = refs?.actual;
  const tier = at("tier");
  if (typed && tier && weight) {
    const min = tierShare(tier, profile, "min");
    const max = tierShare(tier, profile, "max");
    // Half-open tiers ([60%,80%)): the upper edge itself belongs to the tier above.
    const open = tierShare(tier, profile, "open");
    sb.flag({
      range: spanOf(c("expected") ? "expected" : "actual")!,
      formula: `AND(${at("operator")}="定性",ISNUMBER(${typed}),${tier}<>"",ISNUMBER(${weight}),OR(${typed}<${weight}*${min}-1E-9,${typed}>${weight}*${max}+1E-9,AND(${open}=1,${typed}>=${weight}*${max}-1E-9)))`,
      style: FLAG.error,
      meaning: "定性评分超出所选档次的分值区间 / the typed score is outside the chosen tier's band",
    });
    const op = at("operator");
    if (op) {
      sb.flag({
        range: spanOf("tier")!,
        formula: `AND(${op}="定性",${tier}="",ISNUMBER(${typed}))`,
        style: FLAG.warn,
        meaning: "定性指标已评分但未选择档次 / a qualitative score without a tier",
      });
    }
  }
  const target = at("target");
  const op = at("operator");
  if (target && op) {
    sb.flag({
      range: spanOf("target")!,
      formula: `AND(${op}<>"",${op}<>"定性",${target}<>"",ISNUMBER(${target})=FALSE)`,
      style: FLAG.warn,
      meaning: "定量指标的指标值应为数字（单位写在度量单位列）/ a quantitative target should be a number, its unit in 度量单位",
    });
  }
}
