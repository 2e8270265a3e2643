import { splitPrefixOperator, splitSuffixOperator } from "../../src/core/values/operators";
import { toHalfWidth } from "../../src/core/values/normalize";
import { LIVE_PREFIX, LIVE_SUFFIX, prefixOperatorMirror, suffixOperatorMirror, unitClassMirror, numberMirror, cleanTextMirror, dateMirror } from "../../src/core/live/parse-formulas";
import { toSerial } from "../../src/core/values/dates";

describe("the live parsing formulas read operators as the core does", () => {
  it("grouped by operator, the prefix words match like the core's longest-first list", () => {
    for (const [w] of LIVE_PREFIX) {
      for (const text of [`${w}5`, `${w}5%`, `${w}12.5万元`]) {
        expect([text, prefixOperatorMirror(text)]).toEqual([text, splitPrefixOperator(toHalfWidth(text)).op]);
      }
    }
  });

  it("and the suffix words too", () => {
    for (const [w] of LIVE_SUFFIX) {
      const text = `90%${w}`;
      expect([text, suffixOperatorMirror(text)]).toEqual([text, splitSuffixOperator(toHalfWidth(text).replace(/^90/, "")).op]);
    }
  });

  it("reads numbers, percent cells and deadlines", () => {
    expect(numberMirror("≥95%", cleanTextMirror("≥95%", true))).toBe(95);
    expect(numberMirror("≥-5%", cleanTextMirror("≥-5%", true))).toBe(-5);
    expect(numberMirror("1,200元/亩", cleanTextMirror("1,200元/亩", true))).toBe(1200);
    expect(numberMirror(0.93, "", true)).toBe(93);
    expect(numberMirror("合格", cleanTextMirror("合格", true))).toBeNull();
    expect(dateMirror(cleanTextMirror("2024年12月31日前", true))).toBe(toSerial(2024, 12, 31));
    expect(dateMirror(cleanTextMirror("2021年2月完成", true))).toBe(toSerial(2021, 2, 28));
  });

  it("tells the kind of unit a target is written in", () => {
    expect(unitClassMirror("90万元", false)).toBe("money");
    expect(unitClassMirror("95%", false)).toBe("pct");
    expect(unitClassMirror(0.95, true)).toBe("pct");
    expect(unitClassMirror("5个工作日", false)).toBe("duration");
    expect(unitClassMirror("1,200", false)).toBe("number");
    expect(unitClassMirror("100公里", false)).toBe("other");
  });
});
