import { evaluate, XlError } from "./formulaEval";

/** The evaluator itself must follow Excel, or the formula tests prove nothing. */
describe("test formula evaluator", () => {
  it.each([
    ["1+2*3", 7],
    ["-2^2", 4],
    ["(1+2)*3", 9],
    ['IF(A1="","blank",A1)', "blank"],
    ["IF(B1>=0.5,1,0)", 1],
    ["MIN(MAX(B1,0),0.6)", 0.6],
    ["ROUND(8.6,0)", 9],
    ["ROUND(1.005,2)", 1.01],
    ["ROUND(-2.5,0)", -3],
    ["ABS(-3)", 3],
    ["ISNUMBER(A1)", false],
    ["ISNUMBER(B1)", true],
    ['ISNUMBER("1")', false],
    ['AND(TRUE,1,B1>0)', true],
    ['OR(FALSE,0)', false],
    ['C1="≥"', true],
    ['"abc">5', true],
    ["A1=0", true],
    ['SUMIF(D1:D3,"x",E1:E3)', 4],
    ['SUMIFS(E1:E3,D1:D3,"x",F1:F3,"y")', 3],
    ['COUNTIF(E1:E3,">=0")', 2],
    ["SUM(E1:E3,1)", 5],
    ['IFERROR(1/0,"e")', "e"],
    ['INDEX(E1:E3,2)', 3],
    ['MATCH("x",D1:D3)', 1],
  ] as const)("%s = %s", (f, expected) => {
    const cells = { B1: 0.75, C1: "≥", D1: "x", D2: "x", D3: "z", E1: 1, E2: 3, E3: "n", F1: "q", F2: "y", F3: "y" };
    expect(evaluate(f, cells)).toBe(expected);
  });

  it("reports errors", () => {
    expect(evaluate("1/0", {})).toBeInstanceOf(XlError);
    expect(evaluate('"a"+1', {})).toBeInstanceOf(XlError);
    expect(() => evaluate("LET(x,1,x)", {})).toThrow();
  });
});
