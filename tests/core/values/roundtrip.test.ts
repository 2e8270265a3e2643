import fc from "fast-check";
import { formatValue, parseTarget, type Operator, type ParsedValue } from "../../../src/core/values";

const UNITS = ["", "%", "‰", "公里", "元/亩", "个", "人", "万元", "年", "次", "小时", "元/生·年", "户"];
const OPS: Operator[] = [">=", ">", "<=", "<", "=", "±"];

const number = fc.oneof(
  fc.integer({ min: 0, max: 1_000_000_000 }),
  fc.integer({ min: 0, max: 10_000_000 }).map((n) => n / 1000),
);

describe("format then parse", () => {
  it("gives back operator, number and unit", () => {
    fc.assert(
      fc.property(fc.constantFrom(...OPS), number, fc.constantFrom(...UNITS), (operator, n, unit) => {
        const v: ParsedValue = { operator, number: n, unit, kind: "quantitative", text: "" };
        const r = parseTarget(formatValue(v));
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect([r.value.operator, r.value.number, r.value.unit]).toEqual([operator, n, unit]);
      }),
      { numRuns: 2000 },
    );
  });

  it("gives back deadlines", () => {
    fc.assert(
      fc.property(fc.integer({ min: 36526, max: 73050 }), (serial) => {
        const v: ParsedValue = { operator: "<=", number: serial, unit: "日期", kind: "quantitative", text: "", isDate: true };
        const r = parseTarget(formatValue(v));
        expect(r.ok && [r.value.operator, r.value.number, r.value.isDate]).toEqual(["<=", serial, true]);
      }),
    );
  });
});
