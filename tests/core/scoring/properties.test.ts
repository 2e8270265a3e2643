import fc from "fast-check";
import { scoreRow, type ScoreInput } from "../../../src/core/scoring";
import type { Operator } from "../../../src/core/values";
import { linear, ratio, national, sichuan } from "./profiles";

const PROFILES = [national, sichuan, linear, ratio];
const value = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
// Forms hold values written to a few decimals; subnormal doubles only measure float rounding, not the rules.
const positiveValue = fc.oneof(
  fc.constant(0),
  fc.double({ min: 1e-6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
);
const weight = fc.double({ min: 0, max: 100, noNaN: true, noDefaultInfinity: true });
const op = fc.constantFrom<Operator>(">=", ">", "<=", "<", "=", "±");

describe("score properties", () => {
  it("every score lies in [0, w]", () => {
    fc.assert(
      fc.property(op, value, value, weight, fc.boolean(), fc.constantFrom(...PROFILES), (operator, a, b, w, isDate, p) => {
        const s = scoreRow({ operator, target: a, actual: b, weight: w, isDate }, p).score;
        expect(s).not.toBeNull();
        expect(s as number).toBeGreaterThanOrEqual(0);
        expect(s as number).toBeLessThanOrEqual(w);
      }),
      { numRuns: 3000 },
    );
  });

  it("a met target scores the full weight", () => {
    fc.assert(
      fc.property(op, value, value, weight, fc.constantFrom(...PROFILES), (operator, a, b, w, p) => {
        const r = scoreRow({ operator, target: a, actual: b, weight: w }, p);
        if (r.met) expect(r.score).toBe(w);
      }),
      { numRuns: 3000 },
    );
  });

  const monotone = (ops: Operator[], sign: 1 | -1) =>
    fc.property(fc.constantFrom(...ops), positiveValue, value, value, weight, fc.constantFrom(...PROFILES), (operator, a, b1, b2, w, p) => {
      const lo = Math.min(b1, b2);
      const hi = Math.max(b1, b2);
      const input = (b: number): ScoreInput => ({ operator, target: a, actual: b, weight: w });
      const sLo = scoreRow(input(lo), p).score as number;
      const sHi = scoreRow(input(hi), p).score as number;
      if (sign === 1) expect(sHi).toBeGreaterThanOrEqual(sLo - 1e-12);
      else expect(sHi).toBeLessThanOrEqual(sLo + 1e-12);
    });

  it("positive scores never fall as the actual rises", () => {
    fc.assert(monotone([">=", ">"], 1), { numRuns: 3000 });
  });

  it("reverse scores never rise as the actual rises, in both variants", () => {
    fc.assert(monotone(["<=", "<"], -1), { numRuns: 3000 });
  });

  it("the linear variant never scores above the ratio variant, and both meet at B = A", () => {
    fc.assert(
      fc.property(positiveValue, positiveValue, weight, (a, b, w) => {
        const l = scoreRow({ operator: "<=", target: a, actual: b, weight: w }, linear).score as number;
        const r = scoreRow({ operator: "<=", target: a, actual: b, weight: w }, ratio).score as number;
        expect(l).toBeLessThanOrEqual(r + 1e-9);
        if (b <= a) expect([l, r]).toEqual([w, w]);
      }),
      { numRuns: 2000 },
    );
  });

  it("range scores never rise as the deviation widens", () => {
    fc.assert(
      fc.property(positiveValue, positiveValue, positiveValue, weight, (t, d1, d2, w) => {
        const s = (d: number) => scoreRow({ operator: "±", target: t, actual: d, weight: w }, national).score as number;
        expect(s(Math.max(d1, d2))).toBeLessThanOrEqual(s(Math.min(d1, d2)));
      }),
    );
  });
});
