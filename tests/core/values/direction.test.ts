import { inferOperator, isCostUnit, isDurationUnit } from "../../../src/core/values/direction";
import { readRowTarget } from "../../../src/core/values/row";
import { parseTarget } from "../../../src/core/values/parse";
import type { IndicatorRow } from "../../../src/core/table/table";
import type { CellValue } from "../../../src/core/table/grid";
import { checkTable } from "../../../src/core/checks";
import { builtinProfile } from "../../../src/core/profiles/builtin";
import { makeTable } from "../checks/fixtures/table";

describe("inferOperator: the direction of a target written without an operator", () => {
  it.each([
    [{ libraryOperator: "<=" as const, level2: "数量指标", unit: "次" }, "<=", "library"],
    [{ libraryOperator: "=" as const, unit: "天" }, "=", "library"],
    [{ level2: "成本指标", unit: "万元", name: "项目总成本" }, "<=", "cost"],
    [{ level2: "经济成本指标", unit: "万元", name: "成本控制数" }, "<=", "cost"],
    [{ level1: "成本指标", level2: "", unit: "元", name: "人均成本" }, "<=", "cost"],
    [{ level2: "生态环境成本", unit: "吨" }, "<=", "cost"],
    [{ unit: "元/人·天", name: "人均每天会议费" }, "<=", "cost-unit"],
    [{ unit: "元/亩" }, "<=", "cost-unit"],
    [{ level2: "时效指标", unit: "工作日", name: "审核办结时限" }, "<=", "duration"],
    [{ level2: "时效", unit: "小时" }, "<=", "duration"],
    [{ unit: "天", name: "平均办理时间" }, "<=", "duration"],
    [{ level2: "数量指标", unit: "人", name: "培训人数" }, ">=", "default"],
    [{ level2: "质量指标", unit: "%", name: "合格率" }, ">=", "default"],
    // An amount of money disbursed under 数量 or earned under 效益 is not a ceiling.
    [{ level2: "数量指标", unit: "万元", name: "发放补助资金" }, ">=", "default"],
    [{ level2: "经济效益指标", unit: "元", name: "户均增收" }, ">=", "default"],
    // A rate under 成本指标 (成本节约率) is still a rate to reach.
    [{ level2: "成本指标", unit: "%", name: "成本节约率" }, ">=", "default"],
    // How long a status lasts (湖北 青山 2021: 时效指标 / 高企资格有效 / 3年) is a minimum.
    [{ level2: "时效指标", unit: "年", name: "高企资格有效" }, ">=", "default"],
    // Days under 数量 (培训天数) are an amount of work, not a time limit.
    [{ level2: "数量指标", unit: "天", name: "培训天数" }, ">=", "default"],
  ])("%j → %s (%s)", (hint, operator, reason) => {
    expect(inferOperator(hint)).toEqual({ operator, assumed: true, reason });
  });

  it("knows money and duration units", () => {
    expect(["元", "万元", "亿元", "元/人·天", "万元/公里", "¥"].map(isCostUnit)).toEqual([true, true, true, true, true, true]);
    expect(["人", "%", "元宝"].map(isCostUnit)).toEqual([false, false, false]);
    expect(["天", "工作日", "个工作日", "小时", "月", "个月"].map(isDurationUnit)).toEqual([true, true, true, true, true, true]);
  });
});

const row = (level2: string, name: string, target: CellValue, extra: Partial<IndicatorRow> = {}): IndicatorRow => ({
  row: 5,
  level1: { value: "产出指标" },
  level2: { value: level2 },
  name: { value: name },
  target: { value: target },
  ...extra,
});

describe("readRowTarget takes the direction from the row when none is written", () => {
  it("a bare 90万元 under 成本指标 reads as ≤ and records the assumption", () => {
    const r = readRowTarget(row("成本指标", "项目总成本", "90万元"));
    expect(r.ok && [r.value.operator, r.value.operatorAssumed, r.value.directionReason]).toEqual(["<=", true, "cost"]);
  });
  it("a written operator and a 指标性质 column win over the inference", () => {
    const own = readRowTarget(row("成本指标", "项目总成本", "≥90万元"));
    expect(own.ok && [own.value.operator, own.value.operatorAssumed]).toEqual([">=", undefined]);
    const split = readRowTarget(row("成本指标", "成本控制数", 30, { operator: { value: "正向" }, unit: { value: "万元" } }));
    expect(split.ok && split.value.operator).toBe(">=");
    expect(parseTarget("90万元").ok && (parseTarget("90万元") as { value: { operatorAssumed?: boolean } }).value.operatorAssumed).toBe(true);
  });
  it("the hint's filled-down 二级 and library operator are used", () => {
    const r = readRowTarget(row("", "会议次数", "6次"), null, { level2: "数量指标", libraryOperator: "<=" });
    expect(r.ok && [r.value.operator, r.value.directionReason]).toEqual(["<=", "library"]);
  });
});

describe("the cost target scores as a ceiling end to end (issue 9's first finding)", () => {
  const table = () =>
    makeTable(
      "self-eval",
      [
        { l1: "产出指标", l2: "数量指标", name: "完成数量", target: "≥10个", weight: 40, actual: 10, score: 40 },
        { l1: "产出指标", l2: "成本指标", name: "项目总成本", target: "90万元", weight: 10, actual: 150, score: 10 },
        { l1: "效益指标", l2: "社会效益指标", name: "覆盖人数", target: "≥100人", weight: 30, actual: 100, score: 30 },
        { l1: "满意度指标", l2: "服务对象满意度指标", name: "满意度", target: "≥90%", weight: 10, actual: 95, score: 10 },
      ],
      { budget: { budget: 100, executed: 100, weight: 10, score: 10 } },
    );
  it("150万 against a bare 90万元 does not earn full marks, is not 'over target', and is noted", () => {
    const report = checkTable(table(), { profile: builtinProfile("national-2020") });
    const codes = report.issues.map((i) => i.code);
    expect(codes).toContain("score/mismatch"); // typed 10; the ≤ rule gives 10 × 90/150 = 6
    expect(codes).not.toContain("score/over-target");
    const note = report.issues.find((i) => i.code === "value/direction-assumed");
    expect(note).toMatchObject({ severity: "info", params: { operator: "≤", reason: "cost" } });
  });
});
