/** Scoring only (parse each row's target and actual, score, subtotal, total); checks.bench.ts times check + score. */
import { scoreTable } from "../src/core/scoring";
import { builtinProfile } from "../src/core/profiles/builtin";
import type { IndicatorRow, Table } from "../src/core/table/table";
import type { CellValue } from "../src/core/table/grid";
import { median, report, timeRuns } from "./util";

const SAMPLES: readonly [string, string, CellValue, CellValue][] = [
  ["产出指标", "数量指标", "≥100公里", "96公里"],
  ["产出指标", "质量指标", "≥90%", "95%"],
  ["产出指标", "时效指标", "2024年12月31日前", "2024-12-20"],
  ["产出指标", "成本指标", "≤1600元/亩", 1700],
  ["效益指标", "社会效益指标", "±3%以内", "4%"],
  ["效果指标", "可持续影响", "长效机制健全", 8],
  ["满意度指标", "服务对象满意度指标", "不低于95%", 93],
  ["产出指标", "数量指标", "１,２００人", "１,１５０"],
];

export function buildTable(rows: number): Table {
  const indicators: IndicatorRow[] = [];
  for (let i = 0; i < rows; i++) {
    const [l1, l2, target, actual] = SAMPLES[i % SAMPLES.length] as (typeof SAMPLES)[number];
    const r = i + 5;
    indicators.push({
      row: r,
      level1: { value: l1, addr: `A${r}` },
      level2: { value: l2, addr: `B${r}` },
      name: { value: `指标${i}`, addr: `C${r}` },
      target: { value: target, addr: `D${r}` },
      actual: { value: actual, addr: `F${r}` },
      weight: { value: 10, addr: `G${r}` },
      tier: { value: "达成年度指标", addr: `H${r}` },
    });
  }
  return {
    kind: "self-eval",
    sheet: "bench",
    meta: { year: { value: "2024" } },
    budget: { rows: [], total: { label: { value: "年度资金总额" }, budget: { value: 1000 }, executed: { value: 930 } } },
    indicators,
  };
}

export default async function bench(): Promise<void> {
  const profile = builtinProfile();
  for (const rows of [5_000, 50_000]) {
    const table = buildTable(rows);
    scoreTable(table, profile); // warm-up
    const times = timeRuns(rows > 10_000 ? 7 : 15, () => {
      scoreTable(table, profile);
    });
    const ms = median(times);
    report(`scoreTable, ${rows} rows`, { "median ms": ms, "µs per row": (ms * 1000) / rows, runs: times.length });
  }
}
