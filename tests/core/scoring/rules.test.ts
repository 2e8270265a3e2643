import { scoreRow, scoreBudget, gradeFor, type ScoreInput } from "../../../src/core/scoring";
import { national, linear, ratio, withSettings } from "./profiles";

const row = (p: Partial<ScoreInput>): ScoreInput => ({ operator: ">=", target: 100, actual: 100, weight: 10, ...p });

describe("positive rule", () => {
  it.each([
    [100, 100, 10, true],
    [100, 150, 10, true],
    [100, 80, 8, false],
    [100, 0, 0, false],
    [100, -20, 0, false],
    [0, 0, 10, true],
    // A negative actual is taken as it is: below a zero target it is not met.
    [0, -5, 0, false],
  ])("A=%s B=%s → %s", (a, b, score, met) => {
    const r = scoreRow(row({ target: a, actual: b }), national);
    expect([r.rule, r.score, r.met]).toEqual(["positive", score, met]);
  });

  it("scores > like ≥ below the target", () => expect(scoreRow(row({ operator: ">", actual: 90 }), national).score).toBe(9));

  it("> is strict: the boundary is not met, and >0 with 0 earns nothing", () => {
    expect(scoreRow(row({ operator: ">", target: 100, actual: 100 }), national).met).toBe(false);
    expect(scoreRow(row({ operator: ">", target: 100, actual: 100.5 }), national).met).toBe(true);
    expect(scoreRow(row({ operator: ">", target: 0, actual: 0 }), national).score).toBe(0);
    expect(scoreRow(row({ operator: ">=", target: 0, actual: 0 }), national).score).toBe(10);
  });

  it("a negative target follows the deviation rule: ≥-5% with -20% earns nothing, -6% keeps 80%", () => {
    expect(scoreRow(row({ target: -5, actual: -20 }), national).score).toBe(0);
    expect(scoreRow(row({ target: -5, actual: -6 }), national).score).toBeCloseTo(8, 12);
    expect(scoreRow(row({ target: -5, actual: -5 }), national).score).toBe(10);
    expect(scoreRow(row({ target: -5, actual: 3 }), national).met).toBe(true);
  });

  it("deducts the profile's points for 指标偏离 (≥130% of target) only when switched on", () => {
    const on = withSettings(national, { overDeduction: { enabled: true, threshold: 1.3, points: 2 } });
    expect(scoreRow(row({ actual: 130 }), national).score).toBe(10);
    const r = scoreRow(row({ actual: 130 }), on);
    expect([r.score, r.deducted]).toEqual([8, 2]);
    expect(scoreRow(row({ actual: 129.9 }), on).score).toBe(10);
    expect(scoreRow(row({ actual: 500, weight: 1 }), on).score).toBe(0);
    expect(scoreRow(row({ operator: "<=", actual: 200 }), on).deducted).toBeUndefined();
  });

  it("flags over-completion at the profile threshold", () => {
    expect(scoreRow(row({ actual: 119.9 }), national).overCompletion).toBe(false);
    expect(scoreRow(row({ actual: 120 }), national).overCompletion).toBe(true);
    expect(scoreRow(row({ actual: 129 }), withSettings(national, { overCompletion: { threshold: 1.3 } })).overCompletion).toBe(false);
    expect(scoreRow(row({ target: 0, actual: 5 }), national).overCompletion).toBe(false);
    expect(scoreRow(row({ operator: "<=", actual: 500 }), national).overCompletion).toBe(false);
  });
});

describe("reverse rule", () => {
  it.each([
    [ratio, 2, 2, 10],
    [ratio, 2, 1, 10],
    [ratio, 2, 4, 5],
    [ratio, 2, 8, 2.5],
    [linear, 2, 3, 5],
    [linear, 2, 4, 0],
    [linear, 2, 10, 0],
    [ratio, 0, 1, 0],
    [linear, 0, 1, 0],
    [ratio, 0, 0, 10],
    // ≤-5% (must fall by 5%): -5 or lower is met, -2.5 keeps half, a rise keeps nothing.
    [ratio, -5, -6, 10],
    [ratio, -5, -2.5, 5],
    [linear, -5, -2.5, 5],
    [ratio, -5, 1, 0],
  ] as const)("%#: A=%s B=%s", (profile, a, b, score) => {
    expect(scoreRow(row({ operator: "<=", target: a, actual: b }), profile).score).toBeCloseTo(score, 12);
  });
  it("< is strict: the boundary is not met, <0 with 0 earns nothing", () => {
    expect(scoreRow(row({ operator: "<", target: 5, actual: 5 }), national).met).toBe(false);
    expect(scoreRow(row({ operator: "<", target: 0, actual: 0 }), national).score).toBe(0);
    expect(scoreRow(row({ operator: "<=", target: 0, actual: 0 }), national).score).toBe(10);
  });
});

describe("equality rule", () => {
  it("a zero target is met only at or below zero", () => {
    expect(scoreRow(row({ operator: "=", target: 0, actual: 0 }), national).score).toBe(10);
    expect(scoreRow(row({ operator: "=", target: 0, actual: 1 }), national).score).toBe(0);
  });
  it("= is equality: off target is not met on either side (=3天 with 5 days loses)", () => {
    expect(scoreRow(row({ operator: "=", target: 3, actual: 2 }), national).score).toBeCloseTo(20 / 3, 12);
    const five = scoreRow(row({ operator: "=", target: 3, actual: 5 }), national);
    expect([five.score, five.met]).toEqual([6, false]);
    expect(scoreRow(row({ operator: "=", target: 3, actual: 3 }), national).met).toBe(true);
    expect(scoreRow(row({ operator: "=", target: 0.3, actual: 0.1 + 0.2 }), national).met).toBe(true);
    expect(scoreRow(row({ operator: "=", target: 3, actual: -3 }), national).score).toBe(0);
  });
  it("exact mode gives nothing off target; the former positive reading stays a switch", () => {
    expect(scoreRow(row({ operator: "=", target: 3, actual: 5 }), withSettings(national, { equality: "exact" })).score).toBe(0);
    expect(scoreRow(row({ operator: "=", target: 3, actual: 5 }), withSettings(national, { equality: "positive" })).score).toBe(10);
  });
  it("strict mode says a different value is not met", () => {
    const strict = withSettings(national, { equality: "strict" });
    expect(scoreRow(row({ operator: "=", target: 3, actual: 4 }), strict).met).toBe(false);
    expect(scoreRow(row({ operator: "=", target: 3, actual: 3 }), strict).met).toBe(true);
  });
});

describe("range rule (江西 tiers: ±t full, 1.5t 3/5, 2t 1/5)", () => {
  it.each([
    [3, 0, 10],
    [3, -3, 10],
    [3, 4, 6],
    [3, -4.5, 6],
    [3, 5, 2],
    [3, 6, 2],
    [3, 6.01, 0],
  ])("t=%s B=%s → %s", (t, b, score) => {
    expect(scoreRow(row({ operator: "±", target: t, actual: b }), national).score).toBeCloseTo(score, 12);
  });
});

describe("deadline rule", () => {
  const d = (b: number, f = 0) =>
    scoreRow(row({ operator: "<=", isDate: true, target: 45657, actual: b }), withSettings(national, { dateLateFactor: f })).score;
  it("on time earns the weight, late the profile's share", () => {
    expect(d(45600)).toBe(10);
    expect(d(45657)).toBe(10);
    expect(d(45658)).toBe(0);
    expect(d(45700, 0.5)).toBe(5);
  });
});

describe("qualitative rule", () => {
  it("keeps the typed score and gives the tier band", () => {
    const r = scoreRow({ operator: "text", target: null, actual: null, weight: 10, tier: "部分达成年度指标并具有一定效果", typedScore: 7 }, national);
    expect([r.rule, r.score, r.met, r.band]).toEqual(["qualitative", 7, false, { min: 6, max: 8, maxOpen: true }]);
    const top = scoreRow({ operator: "text", target: null, actual: null, weight: 10, tier: "达成年度指标", typedScore: 12 }, national);
    expect([top.score, top.met, top.band]).toEqual([10, true, { min: 8, max: 10 }]);
  });
  it("without a typed score there is no score", () => {
    expect(scoreRow({ operator: "text", target: null, actual: null, weight: 10, tier: "达成年度指标" }, national).score).toBeNull();
  });
});

describe("unscorable rows", () => {
  it.each([
    [{ actual: null }],
    [{ target: null }],
    [{ weight: Number.NaN }],
    [{ weight: -1 }],
  ])("%j → null", (p) => expect(scoreRow(row(p), national).score).toBeNull());
});

describe("budget execution", () => {
  it("scores w × min(rate, 1)", () => {
    expect(scoreBudget({ budget: 100, executed: 86 }, national)).toEqual({ rate: 0.86, weight: 10, score: 8.6 });
    expect(scoreBudget({ budget: 100, executed: 120 }, national).score).toBe(10);
    expect(scoreBudget({ budget: 100, executed: -5 }, national).score).toBe(0);
    expect(scoreBudget({ budget: 100, executed: 50, weight: 20 }, national).score).toBe(10);
  });
  it("missing or zero budget → null", () => {
    expect(scoreBudget({ budget: null, executed: 5 }, national)).toEqual({ rate: null, weight: 10, score: null });
    expect(scoreBudget({ budget: 0, executed: 5 }, national).score).toBeNull();
    expect(scoreBudget({ budget: 100, executed: null }, national).score).toBeNull();
  });
  it("rounds as the profile says (one city printed 9 for 8.6)", () => {
    const r = (mode: "none" | "round" | "floor" | "ceil", digits: number) =>
      scoreBudget({ budget: 1000, executed: 863 }, withSettings(national, { budget: { ...national.budget, rounding: { mode, digits } } })).score;
    expect(r("round", 0)).toBe(9);
    expect(r("floor", 0)).toBe(8);
    expect(r("ceil", 0)).toBe(9);
    expect(r("round", 1)).toBe(8.6);
    expect(r("floor", 1)).toBeCloseTo(8.6, 12);
    expect(r("ceil", 1)).toBeCloseTo(8.7, 12);
    expect(r("none", 0)).toBeCloseTo(8.63, 12);
  });
});

describe("grades", () => {
  it.each([
    [100, "优"], [90, "优"], [89.99, "良"], [80, "良"], [79.5, "中"], [60, "中"], [59.9, "差"], [0, "差"], [-1, "差"],
  ])("%s → %s", (t, g) => expect(gradeFor(t, national)).toBe(g));
});
