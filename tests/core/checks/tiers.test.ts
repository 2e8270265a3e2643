import { checkTable } from "../../../src/core/checks";
import { builtinProfile } from "../../../src/core/profiles/builtin";
import { goodSelfEval, at } from "./fixtures/table";

/** Row 4 of the good table is qualitative, weight 30: 部分达成 is [18, 24), 达成 [24, 30]. */
const withTier = (tier: string, score: number) => goodSelfEval((r) => Object.assign(at(r, 4), { tier, score, reason: "部分达成" }));
const outOfBand = (tier: string, score: number, id = "national-2020") =>
  checkTable(withTier(tier, score), { profile: builtinProfile(id) }).issues.some((i) => i.code === "score/out-of-band");

describe("qualitative tiers are half-open", () => {
  it("80% of the weight belongs to the top tier only", () => {
    expect(outOfBand("部分达成年度指标并具有一定效果", 24)).toBe(true);
    expect(outOfBand("部分达成年度指标并具有一定效果", 23.9)).toBe(false);
    expect(outOfBand("达成年度指标", 24)).toBe(false);
    expect(outOfBand("未达成年度指标且效果较差", 18)).toBe(true);
    expect(outOfBand("未达成年度指标且效果较差", 17.5)).toBe(false);
  });
  it("hubei-20's tiers are 80% / 50%", () => {
    expect(outOfBand("部分达成预期指标", 15, "hubei-20")).toBe(false);
    expect(outOfBand("部分达成预期指标", 14.9, "hubei-20")).toBe(true);
    expect(outOfBand("未达成预期指标", 15, "hubei-20")).toBe(true);
  });
});
