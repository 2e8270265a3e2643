import { normalizeUnit, unitsCompatible, isVague, isPlaceholder, toSerial, fromSerial } from "../../../src/core/values";
import fc from "fast-check";

describe("units", () => {
  it.each([
    ["百分比", "%"], ["％", "%"], ["km", "公里"], ["千米", "公里"], ["kg", "公斤"], [" 个 ", "个"], ["—", ""], ["万元", "万元"],
  ])("%s → %s", (u, n) => expect(normalizeUnit(u)).toBe(n));

  it("compares units", () => {
    expect(unitsCompatible("个", "个")).toBe(true);
    expect(unitsCompatible("公里", "km")).toBe(true);
    expect(unitsCompatible("%", "百分比")).toBe(true);
    expect(unitsCompatible("万元", "元")).toBe(false);
    expect(unitsCompatible("%", "个")).toBe(false);
    expect(unitsCompatible("", "个")).toBe(true);
  });
});

describe("vague and placeholder text", () => {
  const words = ["进一步", "明显", "提高", "改善", "增强", "健全"];
  it.each(["进一步提高", "明显改善", "增强", "健全", "“健全”"])("%s is vague", (t) => expect(isVague(t, words)).toBe(true));
  it.each(["提高5%", "及时", "≥90%", ""])("%s is not vague", (t) => expect(isVague(t, words)).toBe(false));
  it.each(["n", "N", "x%", "≥ n", "≥ x%", "**", "**月**日前", "≤ 标准", "≤ date", "—", "xx万元", "n个"])("%s is a placeholder", (t) =>
    expect(isPlaceholder(t)).toBe(true),
  );
  it.each(["100", "≥90%", "及时", "标准化建设", "-5%", "", "Nice"])("%s is not a placeholder", (t) => expect(isPlaceholder(t)).toBe(false));
});

describe("Excel serials", () => {
  it("matches Excel's 1900 system, including its phantom 1900-02-29", () => {
    expect(toSerial(1900, 1, 1)).toBe(1);
    expect(toSerial(1900, 2, 28)).toBe(59);
    expect(toSerial(1900, 3, 1)).toBe(61);
    expect(toSerial(2024, 12, 31)).toBe(45657);
    expect(fromSerial(45657)).toEqual({ year: 2024, month: 12, day: 31 });
    expect(fromSerial(1)).toEqual({ year: 1900, month: 1, day: 1 });
  });

  it("round trips every day", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2_958_465 }), (n) => {
        if (n === 60) return; // the phantom day has no real date
        const d = fromSerial(n);
        expect(toSerial(d.year, d.month, d.day)).toBe(n);
      }),
    );
  });
});
