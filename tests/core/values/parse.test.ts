import { parseTarget, parseActual, type ParsedValue, type ParseResult } from "../../../src/core/values";

const ok = (r: ParseResult): ParsedValue => {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.problem} for ${r.error.text}`);
  return r.value;
};
const triple = (r: ParseResult) => {
  const v = ok(r);
  return [v.operator, v.number, v.unit, v.kind];
};

describe("parseTarget", () => {
  it.each([
    ["≥100公里", ">=", 100, "公里"],
    ["≧90%", ">=", 90, "%"],
    [">=95%", ">=", 95, "%"],
    ["＞８０％", ">", 80, "%"],
    ["≤2小时", "<=", 2, "小时"],
    ["≦2h", "<=", 2, "小时"],
    ["<=10次", "<=", 10, "次"],
    ["＜5‰", "<", 5, "‰"],
    ["=3个", "=", 3, "个"],
    ["＝0", "=", 0, ""],
    ["≥99.9%", ">=", 99.9, "%"],
    ["≥100百分比", ">=", 100, "%"],
    ["≥ 1,200 元", ">=", 1200, "元"],
    ["１,２００人", ">=", 1200, "人"],
    ["1600元/亩", ">=", 1600, "元/亩"],
    ["3300元/生·年", ">=", 3300, "元/生·年"],
    ["不低于90%", ">=", 90, "%"],
    ["不少于20座", ">=", 20, "座"],
    ["90%以上", ">=", 90, "%"],
    ["不超过5%", "<=", 5, "%"],
    ["不高于2小时", "<=", 2, "小时"],
    ["5%以内", "<=", 5, "%"],
    ["500公斤以下", "<=", 500, "公斤"],
    ["±3%以内", "±", 3, "%"],
    ["±10%", "±", 10, "%"],
    ["¥100", ">=", 100, "元"],
    ["3年", ">=", 3, "年"],
    ["100km", ">=", 100, "公里"],
  ] as const)("%s → %s %s %s", (text, op, n, unit) => {
    expect(triple(parseTarget(text))).toEqual([op, n, unit, "quantitative"]);
  });

  it("takes the direction and unit columns of split layouts when the value has none", () => {
    expect(triple(parseTarget("1600", { operator: "反向", unit: "元/亩" }))).toEqual(["<=", 1600, "元/亩", "quantitative"]);
    expect(triple(parseTarget(100, { operator: "正向", unit: "%" }))).toEqual([">=", 100, "%", "quantitative"]);
    expect(triple(parseTarget("100", { unit: "百分比" }))).toEqual([">=", 100, "%", "quantitative"]);
    expect(triple(parseTarget("3", { operator: "=" }))).toEqual(["=", 3, "", "quantitative"]);
    expect(triple(parseTarget("3", { operator: "≤" }))).toEqual(["<=", 3, "", "quantitative"]);
    expect(triple(parseTarget("3%", { operator: "区间" }))).toEqual(["±", 3, "%", "quantitative"]);
    // The value's own operator wins over the column.
    expect(triple(parseTarget("≤5", { operator: "正向" }))).toEqual(["<=", 5, "", "quantitative"]);
    // The value's own unit wins too; the column fills only a missing one.
    expect(ok(parseTarget("90%", { unit: "个" })).unit).toBe("%");
  });

  it("a 定性 column makes the row qualitative even over a number", () => {
    const v = ok(parseTarget("100%", { operator: "定性" }));
    expect(v.operator).toBe("text");
    expect(v.kind).toBe("qualitative");
  });

  it.each(["及时", "达标", "效果明显", "是", "有效提升", "进一步提高", "完成3个项目建设"])("%s is qualitative text", (t) => {
    const v = ok(parseTarget(t));
    expect([v.operator, v.kind, v.number, v.text]).toEqual(["text", "qualitative", null, t]);
  });

  it.each([
    ["2024年12月31日前", 2024, 12, 31, 45657],
    ["2024年12月前", 2024, 12, undefined, 45657],
    ["2024-06-30", 2024, 6, 30, 45473],
    ["2024/6/30", 2024, 6, 30, 45473],
    ["2024年6月30日前完成", 2024, 6, 30, 45473],
    ["2024年底前", 2024, 12, 31, 45657],
    ["≤2024年3月1日", 2024, 3, 1, 45352],
  ] as const)("%s is a deadline", (text, y, m, d, serial) => {
    const v = ok(parseTarget(text));
    expect(v.isDate).toBe(true);
    expect(v.operator).toBe("<=");
    expect(v.unit).toBe("日期");
    expect(v.number).toBe(serial);
    expect(v.date).toEqual(d === undefined ? { year: y, month: m } : { year: y, month: m, day: d });
  });

  it("a deadline without a year takes the table year, else has no number", () => {
    const none = ok(parseTarget("12月底前"));
    expect([none.isDate, none.number, none.yearMissing]).toEqual([true, null, true]);
    const withYear = ok(parseTarget("12月底前", { year: 2024 }));
    expect(withYear.number).toBe(45657);
    expect(ok(parseTarget("6月30日前", { year: 2025 })).number).toBe(45838);
  });

  it("a serial in a 日期 column is a deadline", () => {
    const v = ok(parseTarget(45657, { unit: "日期" }));
    expect([v.isDate, v.number, v.date]).toEqual([true, 45657, { year: 2024, month: 12, day: 31 }]);
  });

  it.each([
    ["", "empty"],
    ["   ", "empty"],
    [null, "empty"],
    ["n", "placeholder"],
    ["x%", "placeholder"],
    ["≥ n", "placeholder"],
    ["**", "placeholder"],
    ["**月**日前", "placeholder"],
    ["≤ 标准", "placeholder"],
    ["≤5% / ≤10次", "unparseable"],
    ["≥90%或更高5", "unparseable"],
  ] as const)("%s fails as %s", (text, problem) => {
    const r = parseTarget(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.problem).toBe(problem);
      expect(r.error.message).toMatch(/[\u4e00-\u9fff].* \/ [A-Z]/);
    }
  });

  it("reads spans, growth wording and words after a percent sign (real forms write them)", () => {
    const span = parseTarget("2000-3000人");
    expect(span.ok && [span.value.operator, span.value.number, span.value.upper, span.value.unit, span.value.operatorAssumed]).toEqual([">=", 2000, 3000, "人", true]);
    const growth = parseTarget("较上年增长5%");
    expect(growth.ok && [growth.value.operator, growth.value.number, growth.value.unit]).toEqual([">=", 5, "%"]);
    const done = parseTarget("100%完成");
    expect(done.ok && [done.value.number, done.value.unit]).toEqual([100, "%"]);
    expect(parseTarget("1:1").ok).toBe(false);
  });

  it("keeps the text as written", () => {
    expect(ok(parseTarget("  ≥ 90 %  ")).text).toBe("≥ 90 %");
  });
});

describe("parseActual", () => {
  it.each([
    [95, 95],
    ["95%", 95],
    ["１,２００", 1200],
    ["98.5", 98.5],
    ["=3", 3],
    ["0", 0],
    ["-2", -2],
    ["2024年11月20日", 45616],
  ] as const)("%s → %s", (raw, n) => {
    expect(parseActual(raw)).toBe(n);
  });

  it.each(["98.5分", "基本完成", "≥95%", "", null, true, "完成"])("%s → null", (raw) => {
    expect(parseActual(raw as string | null | boolean)).toBeNull();
  });

  it("accepts a unit only when it matches the target's", () => {
    const target = { operator: ">=", number: 100, unit: "公里", kind: "quantitative", text: "≥100公里" } as const;
    expect(parseActual("120公里", target)).toBe(120);
    expect(parseActual("120km", target)).toBe(120);
    expect(parseActual("120万元", target)).toBeNull();
  });

  it("fills a missing year from the target's deadline", () => {
    const t = ok(parseTarget("2024年12月31日前"));
    expect(parseActual("11月20日", t)).toBe(45616);
  });
});

describe("a rate written with its base first (湖南 零陵 2021: 造林补助 每亩300)", () => {
  it("reads the number; the base joins the unit, and with no unit after the number the unit is missing", () => {
    expect(ok(parseTarget("每亩300"))).toMatchObject({ kind: "quantitative", number: 300, unit: "" });
    expect(ok(parseTarget("每人500元"))).toMatchObject({ kind: "quantitative", number: 500, unit: "元/人" });
    expect(ok(parseTarget("≤每公里0.8万元"))).toMatchObject({ operator: "<=", number: 0.8, unit: "万元/公里" });
    expect(parseActual("每亩300", ok(parseTarget("每亩300")))).toBe(300);
  });

  it("leaves words that only start with 每 as text", () => {
    expect(ok(parseTarget("每月按时发放"))).toMatchObject({ kind: "qualitative" });
  });
});
