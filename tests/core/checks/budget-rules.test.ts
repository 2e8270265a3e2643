import { checkTable } from "../../../src/core/checks";
import { builtinProfile } from "../../../src/core/profiles/builtin";
import { scoreBudget } from "../../../src/core/scoring";
import { GOOD_BUDGET, goodGoal, goodSelfEval, at, makeTable } from "./fixtures/table";
import { withSettings } from "../scoring/profiles";

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

describe("score/total-mismatch under the execution cap", () => {
  it("a typed total capped at 89 (execution 75%) is right where the profile caps, wrong where it does not", () => {
    const capped = withSettings(national, { executionCap: { enabled: true, bands: national.executionCap.bands } });
    const rows = [
      { l1: "产出指标", l2: "数量指标", name: "完成数量", target: "≥10个", weight: 50, actual: 10, score: 50 },
      { l1: "效益指标", l2: "社会效益指标", name: "覆盖人数", target: "≥100人", weight: 30, actual: 100, score: 30 },
      { l1: "满意度指标", l2: "服务对象满意度指标", name: "满意度", target: "≥90%", weight: 10, actual: 95, score: 10 },
    ];
    const t = makeTable("self-eval", rows, { budget: { budget: 100, executed: 75, weight: 10, score: 7.5 }, typedTotal: 89 });
    const has = (p: typeof national) => checkTable(t, { profile: p }).issues.some((i) => i.code === "score/total-mismatch");
    expect(has(capped)).toBe(false);
    expect(has(national)).toBe(true);
  });
});
