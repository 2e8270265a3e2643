/**
 * Library search at scale: a generated 10,000-indicator library, index build time (median of 5)
 * and median per-query time over ~200 queries mixing 汉字, full pinyin, initials and codes.
 */
import { pinyin } from "pinyin-pro";
import { createSearchIndex } from "../src/core/library/search";
import type { Indicator } from "../src/core/library/schema";
import { median, report, timeRuns } from "./util";

const SUBJECTS = ["资金", "设备", "培训", "会议", "课题", "系统", "工程", "补贴", "宣传", "服务", "档案", "车辆", "道路", "校舍", "病床", "农田", "河道", "林地", "园区", "企业", "人才", "平台", "网络", "数据", "项目"];
const ACTIONS = ["拨付", "采购", "验收", "维护", "运行", "发放", "建设", "改造", "整改", "覆盖", "使用", "完成", "参训", "出勤", "办结", "更新", "监测", "考核", "培育", "申报"];
const MEASURES = ["及时率", "合格率", "完成率", "覆盖率", "数量", "人次", "次数", "成本", "满意度", "达标率", "使用率", "增长率", "节约率", "完好率", "故障率", "准确率", "知晓率", "到位率"];
const LEVELS: [string, string][] = [["产出指标", "数量指标"], ["产出指标", "质量指标"], ["产出指标", "时效指标"], ["产出指标", "成本指标"], ["效益指标", "社会效益指标"], ["效益指标", "经济效益指标"], ["满意度指标", "服务对象满意度指标"]];

/** Deterministic pseudo-random numbers so every run measures the same library. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 0x100000000;
  };
}

export function generateIndicators(count: number, seed = 7): Indicator[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const out: Indicator[] = [];
  for (let i = 0; i < count; i++) {
    const name = `${pick(SUBJECTS)}${r() < 0.4 ? pick(SUBJECTS) : ""}${pick(ACTIONS)}${pick(MEASURES)}`;
    const [level1, level2] = pick(LEVELS);
    const isRate = name.endsWith("率") || name.endsWith("度");
    out.push({
      code: `GEN-${String(i).padStart(5, "0")}`,
      name,
      level1,
      level2,
      explanation: `反映${name.slice(0, 4)}的情况，用于考核项目实施效果和管理水平。`,
      unit: isRate ? "%" : "次",
      operator: ">=",
      kind: "quantitative",
      bases: [{ basis: "计划标准" }],
      source: "项目实施方案",
      weightHint: 10,
      scoring: "完成目标值得满分，未完成按比例扣分。",
      scope: { generality: r() < 0.5 ? "共性" : "个性", projectTypes: [], sectors: [], budgetManagement: false, stages: ["绩效目标", "事后评价"] },
      status: r() < 0.05 ? { state: "retired", date: "2025-01-01" } : { state: "active" },
      keywords: [pick(SUBJECTS), pick(ACTIONS)],
    });
  }
  return out;
}

export function generateQueries(indicators: readonly Indicator[], count: number, seed = 11): string[] {
  const r = rng(seed);
  const queries: string[] = [];
  for (let i = 0; i < count; i++) {
    const ind = indicators[Math.floor(r() * indicators.length)] as Indicator;
    const from = Math.floor(r() * Math.max(1, ind.name.length - 2));
    const part = ind.name.slice(from, from + 2 + Math.floor(r() * 2));
    switch (i % 4) {
      case 0:
        queries.push(part);
        break;
      case 1:
        queries.push(pinyin(part, { toneType: "none", v: true, separator: r() < 0.3 ? " " : "" }));
        break;
      case 2:
        queries.push(pinyin(part, { pattern: "first", toneType: "none", separator: "" }));
        break;
      default:
        queries.push(ind.code.slice(0, 6 + Math.floor(r() * 4)).toLowerCase());
    }
  }
  return queries;
}

export default async function run(): Promise<void> {
  const indicators = generateIndicators(10_000);
  const buildCpu: number[] = [];
  const builds = timeRuns(5, () => {
    // CPU time too: on a shared machine wall time also counts other processes.
    const c0 = process.cpuUsage();
    createSearchIndex(indicators);
    const c = process.cpuUsage(c0);
    buildCpu.push((c.user + c.system) / 1000);
  });
  const index = createSearchIndex(indicators);
  const queries = generateQueries(indicators, 200);
  const perQuery = queries.map((q) => {
    const t0 = performance.now();
    index.search(q);
    return performance.now() - t0;
  });
  const kinds = ["汉字", "pinyin", "initials", "code"];
  const byKind: Record<string, number> = {};
  kinds.forEach((k, j) => {
    byKind[`median ${k} (ms)`] = median(perQuery.filter((_, i) => i % 4 === j));
  });
  report("library search, 10,000 indicators", {
    "index build median of 5 (ms)": median(builds),
    "index build first (cold pinyin cache, ms)": builds[0] as number,
    "index build CPU median of 5 (ms)": median(buildCpu),
    "queries": queries.length,
    "median per query (ms)": median(perQuery),
    "p95 per query (ms)": [...perQuery].sort((a, b) => a - b)[Math.floor(perQuery.length * 0.95)] as number,
    ...byKind,
  });
}
