import fc from "fast-check";
import {
  ALLOWED_FUNCTIONS,
  budgetRateFormula,
  budgetScoreFormula,
  functionsUsed,
  gradeFor,
  gradeFormula,
  overCompletionFormula,
  rowScoreFormula,
  scoreBudget,
  scoreRow,
  capTotal,
  subtotal2Formula,
  subtotalFormula,
  totalFormula,
  type RowRefs,
} from "../../../src/core/scoring";
import { OPERATOR_DISPLAY, type Operator } from "../../../src/core/values";
import type { Profile } from "../../../src/core/profiles/schema";
import { evaluate, XlError, type CellMap, type Scalar } from "./formulaEval";
import { national, sichuan, linear, withSettings } from "./profiles";

const REFS: RowRefs = { operator: "C5", target: "D5", unit: "E5", actual: "F5", weight: "G5", tier: "H5", typedScore: "I5" };
const lateHalf = withSettings(linear, { dateLateFactor: 0.5, rangeTiers: [{ upTo: 2, factor: 0.5 }, { upTo: 1.25, factor: 0.8 }] });
/** 一体化-style profile: 指标偏离 deduction on; plus the equality variants. */
const deducting = withSettings(national, { overDeduction: { enabled: true, threshold: 1.3, points: 2 } });
const exact = withSettings(linear, { equality: "exact", overDeduction: { enabled: true, threshold: 1.5, points: 0.5 } });
const legacy = withSettings(national, { equality: "positive" });
const PROFILES: Profile[] = [national, sichuan, linear, lateHalf, deducting, exact, legacy];

const num = fc.oneof(
  fc.double({ min: -1e4, max: 1e4, noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -5, max: 200 }),
  fc.constantFrom(0, 1, 2, 100, 45657),
);
const maybe = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<T | null> => fc.oneof({ weight: 5, arbitrary: a }, { weight: 1, arbitrary: fc.constant(null) });
const cellText = fc.constantFrom("", "n", "完成");

/** The value in a cell: a number, blank, or stray text. */
const cellValue = (a: fc.Arbitrary<number>): fc.Arbitrary<Scalar> => fc.oneof({ weight: 8, arbitrary: a }, { weight: 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: cellText });

const asNumber = (v: Scalar): number | null => (typeof v === "number" ? v : null);
const fromFormula = (v: Scalar | XlError): number | null => {
  if (v instanceof XlError) throw new Error(`formula error ${v.code}`);
  if (v === "") return null;
  if (typeof v !== "number") throw new Error(`formula gave ${JSON.stringify(v)}`);
  return v;
};

const ALL_OPS: Operator[] = [">=", ">", "<=", "<", "=", "±", "text"];

describe("rowScoreFormula equals scoreRow", () => {
  it("for thousands of rows, every rule and profile", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ALL_OPS),
        cellValue(num),
        cellValue(num),
        cellValue(fc.double({ min: -1, max: 100, noNaN: true, noDefaultInfinity: true })),
        fc.constantFrom("%", "日期", "", "个"),
        maybe(num),
        fc.constantFrom(...PROFILES),
        (operator, target, actual, weight, unit, typed, profile) => {
          const cells: CellMap = { C5: OPERATOR_DISPLAY[operator], D5: target, E5: unit, F5: actual, G5: weight, H5: "达成年度指标", I5: typed };
          const w = asNumber(weight);
          const expected =
            w === null
              ? null
              : scoreRow(
                  { operator, target: asNumber(target), actual: asNumber(actual), weight: w, isDate: unit === "日期", tier: "达成年度指标", typedScore: typed },
                  profile,
                ).score;
          const got = fromFormula(evaluate(rowScoreFormula(REFS, profile), cells));
          if (expected === null) expect(got).toBeNull();
          else {
            expect(got).not.toBeNull();
            expect(Math.abs((got as number) - expected)).toBeLessThanOrEqual(1e-9);
          }
        },
      ),
      { numRuns: 4000 },
    );
  });

  it("at the boundaries, where small integers make B = A, B = 1.5t and B = 2t exact", () => {
    const small = fc.integer({ min: -3, max: 8 }).map((n) => n / 2);
    fc.assert(
      fc.property(fc.constantFrom(...ALL_OPS), small, small, fc.constantFrom("%", "日期"), fc.constantFrom(...PROFILES), (operator, a, b, unit, profile) => {
        const expected = scoreRow({ operator, target: a, actual: b, weight: 10, isDate: unit === "日期", typedScore: b }, profile).score;
        const cells: CellMap = { C5: OPERATOR_DISPLAY[operator], D5: a, E5: unit, F5: b, G5: 10, I5: b };
        expect(fromFormula(evaluate(rowScoreFormula(REFS, profile), cells))).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it("reads the typed score from the actual cell when no typed-score cell is given", () => {
    const f = rowScoreFormula({ ...REFS, typedScore: undefined }, national);
    expect(evaluate(f, { C5: "定性", F5: 12, G5: 10 })).toBe(10);
    expect(evaluate(f, { C5: "定性", F5: "已完成", G5: 10 })).toBe("");
  });

  it("an unfilled row shows blank", () => {
    expect(evaluate(rowScoreFormula(REFS, national), { C5: "≥", D5: 90, E5: "%", G5: 10 })).toBe("");
  });
});

describe("over-completion, budget, grade and subtotal formulas", () => {
  it("overCompletionFormula equals the flag", () => {
    fc.assert(
      fc.property(fc.constantFrom(...ALL_OPS), cellValue(num), cellValue(num), fc.constantFrom("%", "日期"), fc.constantFrom(...PROFILES), (operator, target, actual, unit, profile) => {
        const a = asNumber(target);
        const b = asNumber(actual);
        const expected =
          a !== null && b !== null && scoreRow({ operator, target: a, actual: b, weight: 10, isDate: unit === "日期" }, profile).overCompletion;
        const got = evaluate(overCompletionFormula(REFS, profile), { C5: OPERATOR_DISPLAY[operator], D5: target, E5: unit, F5: actual });
        expect(got).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });

  const roundingProfiles = new Map<string, Profile>();
  const roundingProfile = (mode: Profile["budget"]["rounding"]["mode"], digits: number): Profile => {
    const key = `${mode}${digits}`;
    let p = roundingProfiles.get(key);
    if (!p) {
      p = withSettings(national, { budget: { ...national.budget, rounding: { mode, digits } } });
      roundingProfiles.set(key, p);
    }
    return p;
  };

  it("budget rate and score formulas equal scoreBudget for every rounding mode", () => {
    const rounding = fc.record({ mode: fc.constantFrom("none", "round", "floor", "ceil" as const), digits: fc.integer({ min: 0, max: 3 }) });
    fc.assert(
      fc.property(cellValue(num), cellValue(num), maybe(fc.integer({ min: 0, max: 20 })), rounding, (budget, executed, w, r) => {
        const profile = roundingProfile(r.mode, r.digits);
        const cells: CellMap = { B2: budget, C2: executed, D2: w };
        const expected = scoreBudget({ budget: asNumber(budget), executed: asNumber(executed), weight: w }, profile);
        const score = fromFormula(evaluate(budgetScoreFormula({ budget: "B2", executed: "C2", weight: "D2" }, profile), cells));
        const rate = fromFormula(evaluate(budgetRateFormula("B2", "C2"), cells));
        if (expected.score === null) expect(score).toBeNull();
        else expect(Math.abs((score as number) - expected.score)).toBeLessThanOrEqual(1e-9);
        if (expected.rate === null) expect(rate).toBeNull();
        else expect(rate).toBe(expected.rate);
        const baked = fromFormula(evaluate(budgetScoreFormula({ budget: "B2", executed: "C2" }, profile), cells));
        const bakedExpected = scoreBudget({ budget: asNumber(budget), executed: asNumber(executed) }, profile).score;
        expect(baked === null ? null : Math.abs(baked - (bakedExpected as number)) <= 1e-9).toBe(bakedExpected === null ? null : true);
      }),
      { numRuns: 3000 },
    );
  });

  it("gradeFormula equals gradeFor", () => {
    fc.assert(
      fc.property(fc.double({ min: -10, max: 110, noNaN: true }), (t) => {
        expect(evaluate(gradeFormula("K20", national), { K20: t })).toBe(gradeFor(t, national));
      }),
    );
    expect(evaluate(gradeFormula("K20", national), {})).toBe("");
    expect(evaluate(gradeFormula("K20", national), { K20: 89.5 })).toBe("良");
  });

  it("subtotals count aliases under their first and second level", () => {
    const cells: CellMap = {
      A1: "产出指标", B1: "数量指标", J1: 10,
      A2: "效益指标", B2: "社会效益指标", J2: 8,
      A3: "效果指标", B3: "社会效益", J3: 5,
      A4: "效益指标", B4: "生态效益指标", J4: "",
      A5: "满意度指标", B5: "服务对象满意度指标", J5: 9,
    };
    const levels = { level1Range: "A1:A5", level2Range: "B1:B5" };
    expect(evaluate(subtotalFormula({ ...levels, sumRange: "J1:J5", level1: "效益指标" }, national), cells)).toBe(13);
    expect(evaluate(subtotalFormula({ ...levels, sumRange: "J1:J5", level1: "产出指标" }, national), cells)).toBe(10);
    // The printed form merges 一级 down its block and Excel and WPS keep only the top cell's value:
    // the subtotals must not depend on the 一级 cells of the rows below it.
    const merged: CellMap = { ...cells, A3: "" };
    expect(evaluate(subtotalFormula({ ...levels, sumRange: "J1:J5", level1: "效益指标" }, national), merged)).toBe(13);
    expect(evaluate(subtotal2Formula({ ...levels, sumRange: "J1:J5", level1: "效益指标", level2: "社会效益指标" }, national), merged)).toBe(13);
    expect(
      evaluate(subtotal2Formula({ level1Range: "A1:A5", level2Range: "B1:B5", sumRange: "J1:J5", level1: "效益指标", level2: "社会效益指标" }, national), cells),
    ).toBe(13);
    expect(evaluate(totalFormula("J1:J5", "J9"), { ...cells, J9: 7 })).toBe(39);
    expect(evaluate(totalFormula("J1:J5", "J9"), {})).toBe("");
  });

  it("totalFormula with the execution cap equals capTotal for any rate", () => {
    const capped = withSettings(national, { executionCap: { enabled: true, bands: national.executionCap.bands } });
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), cellValue(fc.double({ min: -0.2, max: 1.3, noNaN: true })), fc.constantFrom(0.5, 0.6, 0.7, 0.8, 0.79999), (sum, rate, edge) => {
        for (const r of [rate, edge]) {
          const cells: CellMap = { J1: sum, J9: 0, K9: r };
          const expected = capTotal(sum, asNumber(r), capped).total;
          expect(evaluate(totalFormula("J1:J1", "J9", { rateRef: "K9", profile: capped }), cells)).toBe(expected);
          // Switched off, the cap is not written at all.
          expect(evaluate(totalFormula("J1:J1", "J9", { rateRef: "K9", profile: national }), cells)).toBe(sum);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe("formula vocabulary", () => {
  it("uses only classic functions and no leading =", () => {
    const formulas: string[] = [];
    for (const p of PROFILES) {
      formulas.push(
        rowScoreFormula(REFS, p),
        rowScoreFormula({ ...REFS, typedScore: undefined }, p),
        overCompletionFormula(REFS, p),
        budgetScoreFormula({ budget: "B2", executed: "C2", weight: "D2" }, p),
        budgetScoreFormula({ budget: "B2", executed: "C2" }, withSettings(p, { budget: { ...p.budget, rounding: { mode: "floor", digits: 1 } } })),
        budgetRateFormula("B2", "C2"),
        gradeFormula("K20", p),
        subtotalFormula({ level1Range: "A1:A5", level2Range: "B1:B5", sumRange: "J1:J5", level1: "效益指标" }, p),
        subtotal2Formula({ level1Range: "A1:A5", level2Range: "B1:B5", sumRange: "J1:J5", level1: "效益指标", level2: "生态效益指标" }, p),
        totalFormula("J1:J5", "J9"),
        totalFormula("J1:J5", "J9", { rateRef: "K9", profile: withSettings(p, { executionCap: { enabled: true, bands: national.executionCap.bands } }) }),
      );
    }
    const allowed = new Set<string>(ALLOWED_FUNCTIONS);
    for (const f of formulas) {
      expect(f.startsWith("=")).toBe(false);
      for (const fn of functionsUsed(f)) expect(allowed.has(fn) ? fn : `not allowed: ${fn}`).toBe(fn);
    }
    expect(functionsUsed('IFS(A1,"LET(")')).toEqual(["IFS"]);
  });

  it("bakes the profile's numbers in as literals", () => {
    expect(rowScoreFormula(REFS, lateHalf)).toContain("*0.5");
    expect(rowScoreFormula(REFS, national)).toContain("1.5*D5");
    expect(overCompletionFormula(REFS, withSettings(national, { overCompletion: { threshold: 1.3 } }))).toContain("1.3*D5");
  });
});
