import { analyzeWorkbook, profileFromLayout } from "../../../src/core/analysis";
import { builtinLibrary, createLibraryView } from "../../../src/core/library";
import { builtinProfile } from "../../../src/core/profiles/builtin";
import type { Table } from "../../../src/core/table/table";
import { SheetSpec, toGrids } from "../../fixtures/workbooks/spec";

const table = (budgetWeight: number | null, indicatorWeight?: number, layout?: string): Table => ({
  kind: "self-eval",
  sheet: "表",
  meta: {},
  ...(layout ? { layout } : {}),
  indicators: [],
  ...(budgetWeight !== null ? { budget: { rows: [], weight: { value: budgetWeight } } } : {}),
  ...(indicatorWeight !== undefined ? { indicatorWeight } : {}),
});

describe("profileFromLayout: the profile a province's own form asks for", () => {
  it("budget execution worth 20 points is the 湖北 市县 form; 绩效指标（90分） in the 四川 layout is the 四川 form; else nothing", () => {
    expect(profileFromLayout(table(20))?.id).toBe("hubei-20");
    expect(profileFromLayout(table(10, 90, "四川"))?.id).toBe("sichuan-90");
    expect(profileFromLayout(table(null, 90, "四川"))?.id).toBe("sichuan-90");
    // 重庆 奉节 2023 审批表: 年度绩效目标（90分） over 一级|二级|三级|指标值|分值.
    expect(profileFromLayout(table(10, 90, "88号"))).toBeUndefined();
    expect(profileFromLayout(table(10, 90))).toBeUndefined();
    expect(profileFromLayout(table(10))).toBeUndefined();
    expect(profileFromLayout(table(null))).toBeUndefined();
  });

  it("a profile named for the run wins over what the form suggests; without one the form's applies", () => {
    const s = new SheetSpec("自评表")
      .row("A1", ["预算执行情况（万元）（20分）", "", "预算数（A）", "执行数（B）", "执行率（B/A）", "得分（20分*执行率）"])
      .row("B2", ["年度财政资金总额", 100, 100, "100%", 20])
      .row("A3", ["年度绩效目标（80分）", "一级指标", "二级指标", "三级指标", "年初目标值（A）", "实际完成值（B）", "分值", "得分"])
      .row("B4", ["产出指标", "数量指标", "培训人次", "≥100人次", "120人次", 80, 80]);
    const wb = toGrids({ name: "x.xlsx", sheets: [s] });
    const library = createLibraryView(builtinLibrary());
    expect(analyzeWorkbook(wb, { library }).tables[0]?.profile.id).toBe("hubei-20");
    expect(analyzeWorkbook(wb, { library, profile: builtinProfile("national-2020") }).tables[0]?.profile.id).toBe("national-2020");
    expect(analyzeWorkbook(wb, { library }).tables[0]?.score.total).toBe(100);
  });
});
