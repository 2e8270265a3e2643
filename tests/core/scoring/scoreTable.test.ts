import { scoreTable, tableYear } from "../../../src/core/scoring";
import type { IndicatorRow, Table } from "../../../src/core/table/table";
import type { CellValue } from "../../../src/core/table/grid";
import { national, sichuan, withSettings } from "./profiles";

let n = 10;
const ind = (level1: string, level2: string, target: CellValue, actual: CellValue, weight: number | null, extra: Partial<IndicatorRow> = {}): IndicatorRow => {
  n += 1;
  return {
    row: n,
    level1: { value: level1, addr: `A${n}` },
    level2: { value: level2, addr: `B${n}` },
    name: { value: `指标${n}`, addr: `C${n}` },
    target: { value: target, addr: `D${n}` },
    actual: { value: actual, addr: `F${n}` },
    weight: { value: weight, addr: `G${n}` },
    ...extra,
  };
};

const table = (indicators: IndicatorRow[], budget?: { budget: number | null; executed: number | null; weight?: number | null }): Table => ({
  kind: "self-eval",
  sheet: "自评表",
  meta: { year: { value: "2024年度" } },
  indicators,
  ...(budget
    ? {
        budget: {
          rows: [],
          total: { label: { value: "年度资金总额" }, budget: { value: budget.budget }, executed: { value: budget.executed } },
          ...(budget.weight !== undefined ? { weight: { value: budget.weight } } : {}),
        },
      }
    : {}),
});

describe("scoreTable", () => {
  const rows = [
    ind("产出指标", "数量指标", "≥100公里", "80公里", 20), // 16
    ind("产出指标", "时效", "12月底前", "2024-12-20", 10), // deadline with the table's year → 10
    ind("产出", "成本指标", "1600", 1800, 20, { operator: { value: "反向" }, unit: { value: "元/亩" } }), // 20 × 1600/1800
    ind("效果指标", "社会效益", "±3%以内", "2%", 20), // 20
    ind("效益指标", "可持续影响指标", "长效机制健全", null, 10, { tier: { value: "部分达成年度指标并具有一定效果" }, score: { value: 7 } }), // 7
    ind("满意度指标", "服务对象满意度指标", "≥90%", "95%", 10), // 10
  ];
  const result = scoreTable(table(rows, { budget: 1000, executed: 950 }), national);

  it("scores each row through the parsed target and actual", () => {
    const scores = result.rows.map((r) => r.result.score);
    expect(scores[0]).toBeCloseTo(16, 12);
    expect(scores[1]).toBe(10);
    expect(scores[2]).toBeCloseTo((20 * 1600) / 1800, 12);
    expect(scores.slice(3)).toEqual([20, 7, 10]);
    expect(result.rows.map((r) => r.result.rule)).toEqual(["positive", "date", "reverse", "range", "qualitative", "positive"]);
    expect(result.rows[4]?.result.band).toEqual({ min: 6, max: 8, maxOpen: true });
  });

  it("resolves aliases and subtotals per first and second level in tree order", () => {
    expect(result.rows.map((r) => r.level1)).toEqual(["产出指标", "产出指标", "产出指标", "效益指标", "效益指标", "满意度指标"]);
    expect(result.subtotals.map((s) => [s.name, s.weight])).toEqual([["产出指标", 50], ["效益指标", 30], ["满意度指标", 10]]);
    const output = result.subtotals[0];
    expect(output?.children.map((c) => c.name)).toEqual(["数量指标", "时效指标", "成本指标"]);
    expect(output?.score).toBeCloseTo(16 + 10 + (20 * 1600) / 1800, 12);
    expect(result.subtotals[1]?.children).toEqual([
      { name: "社会效益指标", weight: 20, score: 20 },
      { name: "可持续影响指标", weight: 10, score: 7 },
    ]);
  });

  it("adds the budget score and grades the total", () => {
    expect(result.budget).toEqual({ rate: 0.95, weight: 10, score: 9.5 });
    const expected = 16 + 10 + (20 * 1600) / 1800 + 20 + 7 + 10 + 9.5;
    expect(result.total).toBeCloseTo(expected, 9);
    expect(result.grade).toBe("优");
    expect(result.state).toBe("scored");
  });

  it("never counts a row it cannot score as 0: no total and no grade, and says which row", () => {
    const placeholder = ind("满意度指标", "服务对象满意度指标", "n", "95%", 5);
    const r = scoreTable(table([...rows, placeholder], { budget: 1000, executed: 950 }), national);
    expect([r.total, r.grade, r.state]).toEqual([null, null, "incomplete"]);
    expect(r.unscored).toEqual([placeholder.row]);
  });

  it("takes the typed score where the actual is written as text (完成) and the rules cannot apply", () => {
    const r = scoreTable(table([ind("产出指标", "成本指标", "≤30万元", "完成", 90, { score: { value: 90, addr: "H1" } })], { budget: 10, executed: 10 }), national);
    expect(r.rows[0]?.result).toMatchObject({ score: 90, typed: true });
    expect(r.total).toBe(100);
  });

  it("uses the budget weight printed in the table and the profile's rounding", () => {
    const r = scoreTable(table([ind("产出指标", "数量指标", "≥10", 12, 80)], { budget: 1000, executed: 863, weight: 20 }), sichuan);
    expect(r.budget).toEqual({ rate: 0.863, weight: 20, score: 17.26 });
    expect(r.total).toBe(97.26);
    expect(r.grade).toBe("优");
    expect(r.state).toBe("scored");
    // Without its indicator rows a table has no total, whatever the budget block gives.
    const bare = scoreTable(table([], { budget: 1000, executed: 863, weight: 20 }), sichuan);
    expect([bare.budget?.score, bare.total, bare.state]).toEqual([17.26, null, "incomplete"]);
  });

  it("has no total when nothing could be scored", () => {
    const r = scoreTable(table([ind("产出指标", "数量指标", "≥10", null, 10)]), national);
    expect([r.total, r.grade, r.budget, r.state]).toEqual([null, null, null, "no-data"]);
    expect(r.rows[0]?.result.score).toBeNull();
  });

  it("a row without a weight is not scored, and a table whose rows carry no weights has no total", () => {
    const r = scoreTable(table([ind("产出指标", "数量指标", "≥10", 12, null)]), national);
    expect(r.rows[0]?.result.score).toBeNull();
    expect([r.total, r.grade, r.state]).toEqual([null, null, "no-weights"]);
  });

  it("a level printed with its full marks and a single indicator gives that indicator the weight", () => {
    const one = ind("", "数量指标", "≥10", 12, null, { level1Weight: 50, level1: { value: "", addr: "A90" } });
    const r = scoreTable(table([one]), national);
    expect(r.rows[0]).toMatchObject({ level1: "产出指标", weight: 50, result: { score: 50 } });
  });

  it("reads the year from the table", () => {
    expect(tableYear(table([]))).toBe(2024);
  });
});

describe("scoreTable: total capped by the execution rate (Q-desk33)", () => {
  const capped = withSettings(national, {
    executionCap: { enabled: true, bands: national.executionCap.bands },
  });
  const full = [ind("产出指标", "数量指标", "≥10个", 10, 50), ind("效益指标", "社会效益指标", "≥10个", 10, 30), ind("满意度指标", "服务对象满意度指标", "≥90%", 95, 10)];
  const totalAt = (executed: number, p = capped) => scoreTable(table(full, { budget: 100, executed }), p);

  it.each([
    [85, 98.5, null],
    [80, 98, null],
    [75, 89, 89],
    [70, 89, 89],
    [65, 79, 79],
    [55, 69, 69],
    [45, 59, 59],
  ] as const)("rate %s%% → total %s", (executed, total, cap) => {
    const r = totalAt(executed);
    expect(r.total).toBeCloseTo(total, 12);
    expect(r.cap ?? null).toBe(cap);
  });

  it("stays off where the profile leaves it off (national-2020)", () => {
    expect(national.executionCap.enabled).toBe(false);
    expect(totalAt(45, national).total).toBeCloseTo(94.5, 12);
  });
});
