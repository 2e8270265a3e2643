import { readRowActual, readRowTarget } from "../../../src/core/values";
import type { IndicatorRow } from "../../../src/core/table/table";

const row = (p: Partial<IndicatorRow>): IndicatorRow => ({
  row: 7,
  level1: { value: "产出指标" },
  level2: { value: "数量指标" },
  name: { value: "完成道路建设" },
  target: { value: null },
  ...p,
});

describe("row readers", () => {
  it("combine the 指标性质 / 指标值 / 度量单位 cells of split layouts", () => {
    const r = row({ target: { value: 1600, addr: "E7" }, operator: { value: "反向" }, unit: { value: "元/亩" }, actual: { value: "1,800" } });
    const t = readRowTarget(r);
    expect(t.ok && [t.value.operator, t.value.number, t.value.unit]).toEqual(["<=", 1600, "元/亩"]);
    expect(readRowActual(r, t.ok ? t.value : undefined)).toBe(1800);
  });

  it("read a one-cell target and leave a blank actual as null", () => {
    const r = row({ target: { value: "≥491米" } });
    const t = readRowTarget(r);
    expect(t.ok && [t.value.operator, t.value.number, t.value.unit]).toEqual([">=", 491, "米"]);
    expect(readRowActual(r)).toBeNull();
  });

  it("read a Jixiao template row: display operator, number and 日期 unit", () => {
    const r = row({ target: { value: 45657 }, operator: { value: "≤" }, unit: { value: "日期" }, actual: { value: 45650 } });
    const t = readRowTarget(r);
    expect(t.ok && [t.value.operator, t.value.isDate, t.value.number]).toEqual(["<=", true, 45657]);
    expect(readRowActual(r, t.ok ? t.value : undefined)).toBe(45650);
    const q = readRowTarget(row({ target: { value: "及时" }, operator: { value: "定性" } }));
    expect(q.ok && q.value.operator).toBe("text");
  });

  it("use the table year for a deadline written without one", () => {
    const t = readRowTarget(row({ target: { value: "6月30日前" } }), 2024);
    expect(t.ok && t.value.number).toBe(45473);
  });

  it("read a span by its direction: a cost or duration up to its upper end, a count from its lower end", () => {
    const cost = readRowTarget(row({ level2: { value: "成本指标" }, target: { value: "2000-3000元" } }));
    expect(cost.ok && [cost.value.operator, cost.value.number]).toEqual(["<=", 3000]);
    const count = readRowTarget(row({ level2: { value: "数量指标" }, target: { value: "2000-3000人" } }));
    expect(count.ok && [count.value.operator, count.value.number]).toEqual([">=", 2000]);
  });
});
