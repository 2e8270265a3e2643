import { analyzeWorkbook } from "../../../src/core/analysis";
import { SheetSpec, toGrids } from "../../fixtures/workbooks/spec";

describe("tables that do not use the goal tree", () => {
  it("a 部门整体 self-evaluation by its own dimensions (运行成本, 履职效能 …) is scored with no bad-tree error", () => {
    const s = new SheetSpec("部门整体自评")
      .row("A1", ["部门（单位）名称", "县统计局"])
      .row("A2", ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"])
      .row("A3", ["运行成本", "经济成本", "“三公”经费控制率", "≤100%", "92%", 30, 30])
      .row("A4", ["履职效能", "重点工作", "统计调查任务完成率", "≥95%", "100%", 40, 40])
      .row("A5", ["满意度指标", "服务对象满意度指标", "数据使用单位满意度", "≥90%", "93%", 30, 30]);
    const a = analyzeWorkbook(toGrids({ name: "x.xlsx", sheets: [s] }));
    expect(a.tables[0]?.facts.framework).toBe("department");
    expect(a.issues.filter((i) => i.code === "structure/bad-tree")).toEqual([]);
    expect(a.tables[0]?.score.total).toBe(100);
  });
});
