import fc from "fast-check";
import { parseCell } from "../../src/xlsx/reader/a1";
import { colNumber } from "../../src/core/a1";

/** The reference reading: the pattern the hand-written fast path must agree with. */
function byPattern(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/.exec(ref);
  return m ? { row: Number(m[2]), col: colNumber(m[1] as string) } : null;
}

describe("parseCell (the reader's cell references)", () => {
  it("reads the plain, absolute and lower-case forms", () => {
    expect(parseCell("A1")).toEqual({ row: 1, col: 1 });
    expect(parseCell("XFD1048576")).toEqual({ row: 1048576, col: 16384 });
    expect(parseCell("$B$12")).toEqual({ row: 12, col: 2 });
    expect(parseCell("b12")).toEqual({ row: 12, col: 2 });
  });

  it("refuses what is not one cell", () => {
    for (const bad of ["", "A", "12", "AAAA1", "A12345678", "A1:B2", "A1 ", "1A", "A-1"]) expect(parseCell(bad)).toBeNull();
  });

  it("agrees with the pattern on any short text of letters, digits and $", () => {
    const ch = fc.constantFrom(..."ABCXYZabz0123456789$:".split(""));
    fc.assert(fc.property(fc.array(ch, { maxLength: 12 }).map((a) => a.join("")), (ref) => {
      expect(parseCell(ref)).toEqual(byPattern(ref));
    }), { numRuns: 2000 });
  });
});
