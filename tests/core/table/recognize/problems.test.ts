import { recognizeTables } from "../../../../src/core/table/recognize";
import { formatIssue } from "../../../../src/core/messages";
import { analyzeWorkbook } from "../../../../src/core/analysis";
import { SheetSpec, toGrids } from "../../../fixtures/workbooks/spec";

describe("recognizeTables on input it cannot read", () => {
  it("an empty workbook is a problem, not an exception", () => {
    const r = recognizeTables({ name: "空.xlsx", sheets: [] });
    expect(r.tables).toEqual([]);
    expect(r.problems[0]).toMatchObject({ code: "recognize/empty-workbook", severity: "error" });
    expect(formatIssue(r.problems[0]!)).toMatch(/^工作簿「空.xlsx」没有内容/);
    expect(formatIssue(r.problems[0]!, "en")).toMatch(/^Workbook "空.xlsx" is empty/);
  });

  it("a sheet without indicator headers gives no-table with a Chinese-first message", () => {
    const s = new SheetSpec("说明").put("A1", "本表为说明");
    const r = recognizeTables(toGrids({ name: "x.xlsx", sheets: [s] }));
    expect(r.tables).toEqual([]);
    expect(r.problems).toEqual([expect.objectContaining({ code: "recognize/no-table", severity: "error", sheet: "说明" })]);
    expect(formatIssue(r.problems[0]!)).toContain("没有找到绩效指标表");
  });

  it("a header with nothing under it gives no-rows at the header cell", () => {
    const s = new SheetSpec("表").row("B3", ["一级指标", "二级指标", "三级指标", "指标值"]).put("B4", "总分");
    const r = recognizeTables(toGrids({ name: "x.xlsx", sheets: [s] }));
    expect(r.tables).toEqual([]);
    expect(r.problems).toEqual([expect.objectContaining({ code: "recognize/no-rows", cell: "B3", sheet: "表" })]);
  });

  it("full-width text, spaces and odd brackets still match the headers", () => {
    const s = new SheetSpec("表")
      .row("A1", ["一 级 指 标", "二级指标", "三级指标", "年初目标值【Ａ】", "实际完成值（B）", "分　值", "得分"])
      .row("A2", ["产出指标（５０分）", "数量指标", "培训人次", "≥１００人次", "120人次", "１０", "10"]);
    const r = recognizeTables(toGrids({ name: "x.xlsx", sheets: [s] }));
    const row = r.tables[0]?.indicators[0];
    expect(row?.level1.value).toBe("产出指标");
    expect(r.tables[0]?.level1Weights).toEqual({ 产出指标: 50 });
    expect(row?.weight?.value).toBe(10);
    expect(r.tables[0]?.kind).toBe("self-eval");
  });

  it("a monitoring form is recognised by its progress columns", () => {
    const s = new SheetSpec("监控")
      .row("A1", ["一级指标", "二级指标", "三级指标", "年度指标值", "截至6月底完成情况", "全年预计完成值", "偏差原因分析"])
      .row("A2", ["产出指标", "数量指标", "培训人次", "≥100人次", "40人次", "100人次", ""]);
    const t = recognizeTables(toGrids({ name: "x.xlsx", sheets: [s] })).tables[0];
    expect(t?.kind).toBe("monitor");
    expect(t?.indicators[0]?.actual?.value).toBe("40人次");
    expect(t?.indicators[0]?.expected?.value).toBe("100人次");
  });

  it("a table that lists indicators without levels is still a table when it has actuals, weights or scores", () => {
    const s = new SheetSpec("自评")
      .row("A1", ["指标名称", "指标值", "实际完成值", "分值", "得分"])
      .row("A2", ["培训人次", "≥100人次", "120人次", 50, 50])
      .row("A3", ["学员满意度", "≥90%", "95%", 40, 40]);
    const t = recognizeTables(toGrids({ name: "x.xlsx", sheets: [s] })).tables[0];
    expect([t?.kind, t?.indicators.length, t?.indicators[1]?.weight?.value]).toEqual(["self-eval", 2, 40]);
    // Two columns that only name things are not a table.
    const words = new SheetSpec("说明").row("A1", ["指标名称", "指标值"]).row("A2", ["培训人次", "≥100人次"]);
    expect(recognizeTables(toGrids({ name: "y.xlsx", sheets: [words] })).tables).toEqual([]);
  });

  it("a 小计 row closes its first-level block with a typed subtotal, is not an indicator, and a wrong one is flagged", () => {
    const s = new SheetSpec("自评")
      .row("A1", ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"])
      .row("A2", ["产出指标", "数量指标", "培训人次", "≥100人次", "120人次", 30, 30])
      .row("A3", ["产出指标", "质量指标", "培训合格率", "≥95%", "96%", 20, 20])
      .row("A4", ["产出指标", "小计", "", "", "", 50, 48])
      .row("A5", ["满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", "95%", 40, 40]);
    s.merge("A2:A4");
    const wb = toGrids({ name: "x.xlsx", sheets: [s] });
    const t = recognizeTables(wb).tables[0];
    expect(t?.indicators.map((r) => r.name.value)).toEqual(["培训人次", "培训合格率", "学员满意度"]);
    expect(t?.typedSubtotals?.map((x) => [x.level1.value, x.cell.value, x.cell.addr])).toEqual([["产出指标", 48, "G4"]]);
    const issues = analyzeWorkbook(wb).issues.filter((i) => i.code === "score/total-mismatch");
    expect(issues.map((i) => [i.cell, i.params])).toEqual([["G4", { typed: 48, sum: 50, bound: "subtotal", level1: "产出指标" }]]);
  });
});
