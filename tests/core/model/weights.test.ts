import { analyzeWorkbook } from "../../../src/core/analysis";
import { SheetSpec, toGrids } from "../../fixtures/workbooks/spec";

/** A 10号 self-evaluation with a 10-point budget block and three rows of the given weights, all met. */
function selfEval(weights: [number, number, number]) {
  const s = new SheetSpec("自评表")
    .row("A1", ["项目名称", "测试项目", "主管部门", "县财政局"])
    .row("C2", ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"])
    .row("B3", ["年度资金总额", 100, 100, 100, 10, "100%", 10])
    .row("A5", ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"])
    .row("A6", ["产出指标", "数量指标", "培训人数", "≥100人", "100人", weights[0], weights[0]])
    .row("A7", ["效益指标", "社会效益指标", "就业率", "≥90%", "95%", weights[1], weights[1]])
    .row("A8", ["满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", "96%", weights[2], weights[2]]);
  return analyzeWorkbook(toGrids({ name: "x.xlsx", sheets: [s] }));
}

describe("a total needs the weights to reach the full marks", () => {
  it("weights that make 100 with the budget give the total", () => {
    const a = selfEval([50, 30, 10]);
    expect(a.tables[0]?.score.state).toBe("scored");
    expect(a.tables[0]?.score.total).toBe(100);
  });

  it("weights short of the full marks (a cut or incomplete table) give no total and no grade, and say why", () => {
    const a = selfEval([20, 20, 20]);
    expect(a.tables[0]?.score).toMatchObject({ state: "weight-sum", total: null, grade: null });
    const note = a.issues.find((i) => i.code === "score/not-scored");
    expect(note?.params).toEqual({ state: "weight-sum", total: 70, expected: 100 });
    expect(a.issues.some((i) => i.code === "weight/sum" && i.severity === "error")).toBe(true);
  });

  it("weights over the full marks still add up to a total, beside the weight/sum error", () => {
    const a = selfEval([60, 30, 20]);
    expect(a.tables[0]?.score.state).toBe("scored");
    expect(a.tables[0]?.score.total).toBe(120);
    expect(a.issues.some((i) => i.code === "weight/sum")).toBe(true);
  });
});
