/**
 * checkTable + scoreTable together on self-evaluation tables of 5,000 and 50,000 indicator rows,
 * built from the built-in library's own indicators (names, tree, example targets) with realistic
 * actuals, some unknown names and some defects. Target: median < 50 ms at 5,000; 50k ≤ 12× 5k.
 */
import { checkTable } from "../src/core/checks";
import type { LibraryView } from "../src/core/checks/types";
import { builtinLibrary } from "../src/core/library/builtin";
import type { Indicator } from "../src/core/library/schema";
import { createLibraryView } from "../src/core/library/view";
import { builtinProfile } from "../src/core/profiles/builtin";
import { scoreTable } from "../src/core/scoring";
import type { CellValue } from "../src/core/table/grid";
import type { IndicatorRow, Table } from "../src/core/table/table";
import { parseTarget } from "../src/core/values/parse";
import { median, report, timeRuns } from "./util";

const RUNS = 15;

function targetOf(ind: Indicator, i: number): string {
  if (ind.kind === "qualitative") return i % 7 === 0 ? "进一步提升" : "效果明显";
  const ex = ind.example && /\d/.test(ind.example) ? ind.example : (ind.bases.find((b) => b.reference && /\d/.test(b.reference))?.reference ?? "");
  if (ex) return ex;
  const op = ind.operator === "<=" || ind.operator === "<" ? "≤" : "≥";
  return `${op}${ind.unit === "%" ? 95 : 100}${ind.unit}`;
}

function actualOf(target: string, i: number): CellValue {
  const p = parseTarget(target);
  if (!p.ok || p.value.number === null) return null;
  const n = p.value.number;
  if (p.value.isDate) return n - (i % 10) + 3;
  const factor = [1.02, 0.97, 1.0, 0.9, 1.25][i % 5] as number;
  return Math.round(n * factor * 100) / 100;
}

export function buildSelfEval(rows: number, indicators: readonly Indicator[]): Table {
  const out: IndicatorRow[] = [];
  const w = 90 / rows;
  for (let i = 0; i < rows; i++) {
    const ind = indicators[i % indicators.length] as Indicator;
    const r = i + 8;
    const target = targetOf(ind, i);
    const qualitative = ind.kind === "qualitative";
    out.push({
      row: r,
      level1: { value: ind.level1, addr: `A${r}` },
      level2: { value: ind.level2, addr: `B${r}` },
      name: { value: i % 11 === 0 ? `${ind.name}（自定）` : i % 13 === 0 ? `自拟指标${i}` : ind.name, addr: `C${r}` },
      target: { value: target, addr: `D${r}` },
      basis: { value: ind.bases[0]?.basis ?? null, addr: `E${r}` },
      weight: { value: w, addr: `F${r}` },
      actual: { value: qualitative ? null : actualOf(target, i), addr: `G${r}` },
      ...(qualitative ? { tier: { value: "达成年度指标", addr: `H${r}` } } : {}),
      score: { value: qualitative ? w * 0.9 : w, addr: `I${r}` },
      reason: { value: i % 3 === 0 ? "" : "按计划完成", addr: `J${r}` },
    });
  }
  const total = { label: { value: "年度资金总额", addr: "A4" }, budget: { value: 1000, addr: "C4" }, executed: { value: 870, addr: "D4" } };
  return {
    kind: "self-eval",
    sheet: "自评表",
    meta: { year: { value: "2025", addr: "B2" } },
    budget: { rows: [total], total, weight: { value: 10, addr: "E4" }, score: { value: 8.7, addr: "F4" }, reason: { value: null, addr: "G4" } },
    indicators: out,
  };
}

export default async function run(): Promise<void> {
  const profile = builtinProfile("national-2020");
  const pkg = builtinLibrary();
  const library: LibraryView = createLibraryView(pkg);
  const active = pkg.indicators.filter((i) => i.status.state === "active");
  const figures: Record<string, string | number> = { library: `${pkg.meta.id}@${pkg.meta.version} (${pkg.indicators.length} indicators)`, runs: RUNS };
  const medians: number[] = [];
  for (const n of [5000, 50000]) {
    const table = buildSelfEval(n, active);
    const once = () => {
      checkTable(table, { profile, library });
      scoreTable(table, profile);
    };
    for (let i = 0; i < 3; i++) once();
    const m = median(timeRuns(RUNS, once));
    medians.push(m);
    const r = checkTable(table, { profile, library });
    figures[`${n} rows: median ms (check + score)`] = m;
    figures[`${n} rows: issues (errors/warnings, truncated)`] = `${r.counts.error}/${r.counts.warning}, ${r.truncated}`;
  }
  figures["ratio 50k / 5k"] = (medians[1] as number) / (medians[0] as number);
  report("checkTable + scoreTable", figures);
}

if (require.main === module) void run();
