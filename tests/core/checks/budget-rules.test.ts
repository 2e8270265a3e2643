import { checkTable } from "../../../src/core/checks";
import { builtinProfile } from "../../../src/core/profiles/builtin";
import { scoreBudget } from "../../../src/core/scoring";
import { GOOD_BUDGET, goodGoal, goodSelfEval, at } from "./fixtures/table";

const national = builtinProfile("national-2020");

describe("budget/as-indicator", () => {
  it("is an error where the table scores execution in its own block, a warning in a goal table", () => {
    const self = goodSelfEval((r) => Object.assign(at(r, 2), { name: "部门整体预算执行率" }));
    expect(checkTable(self, { profile: national }).issues.find((i) => i.code === "budget/as-indicator")?.severity).toBe("error");
    const goal = goodGoal((r) => Object.assign(at(r, 2), { name: "资金到位率" }));
    expect(checkTable(goal, { profile: national }).issues.find((i) => i.code === "budget/as-indicator")?.severity).toBe("warning");
  });
  it("leaves rates of the work itself alone", () => {
    for (const name of ["补助资金发放率", "工程进度完成率", "政府采购执行率"]) {
      const goal = goodGoal((r) => Object.assign(at(r, 2), { name }));
      expect(checkTable(goal, { profile: national }).issues.map((i) => i.code)).not.toContain("budget/as-indicator");
    }
  });
});

describe("budget/overspend", () => {
  it("flags 130% as a warning and the score stays at the weight", () => {
    const t = goodSelfEval(undefined, { ...GOOD_BUDGET, executed: 130, score: 10 });
    const issue = checkTable(t, { profile: national }).issues.find((i) => i.code === "budget/overspend");
    expect(issue).toMatchObject({ severity: "warning", params: { rate: 130 } });
    expect(scoreBudget({ budget: 100, executed: 130 }, national).score).toBe(10);
  });
});
