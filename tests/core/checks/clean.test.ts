import { checkTable } from "../../../src/core/checks";
import { builtinProfile } from "../../../src/core/profiles/builtin";
import { scoreTable } from "../../../src/core/scoring";
import { goodGoal, goodSelfEval } from "./fixtures/table";
import { testLibrary } from "./fixtures/library";

const profile = builtinProfile("national-2020");
const library = testLibrary();

describe("a correct table raises nothing", () => {
  it("self-evaluation with the library", () => {
    expect(checkTable(goodSelfEval(), { profile, library }).issues).toEqual([]);
  });
  it("goal table with the library", () => {
    expect(checkTable(goodGoal(), { profile, library }).issues).toEqual([]);
  });
  it("the fixture's typed scores are the scores scoring computes", () => {
    const s = scoreTable(goodSelfEval(), profile);
    expect(s.total).toBeCloseTo(99.5, 6);
    expect(s.rows.map((r) => r.result.score)).toEqual([20, 10, 10, 10, 30, 10]);
  });
});
