import { recognizeTables } from "../../../../src/core/table/recognize";
import type { Table } from "../../../../src/core/table/table";
import * as L from "../../../fixtures/workbooks/layouts";
import { toGrids } from "../../../fixtures/workbooks/spec";

const only = (spec: ReturnType<typeof L.goal88>): { table: Table; problems: ReturnType<typeof recognizeTables>["problems"] } => {
  const r = recognizeTables(toGrids(spec));
  expect(r.tables).toHaveLength(1);
  return { table: r.tables[0] as Table, problems: r.problems };
};
const names = (t: Table): string[] => t.indicators.map((i) => i.name.value);

describe("recognizeTables on the published layouts", () => {
  it("88号: keeps the 年度 column set, fills merged levels down, drops the bracketed score", () => {
    const { table, problems } = only(L.goal88());
    expect(table.kind).toBe("goal");
    expect(table.layout).toBe("88号");
    expect(table.range).toBe("G10:J16");
    expect(names(table)).toEqual(["养护里程", "优良路率", "完工时间", "每公里养护成本", "道路通行时间缩短", "群众满意度"]);
    expect(table.indicators.map((i) => i.level1.value)).toEqual(["产出指标", "产出指标", "产出指标", "产出指标", "效益指标", "满意度指标"]);
    expect(table.indicators[3]?.level1.addr).toBe("G11");
    expect(table.indicators[0]?.target).toEqual({ value: "≥60公里", addr: "J11" });
    expect(table.level1Weights).toEqual({ 产出指标: 50, 效益指标: 30, 满意度指标: 10 });
    expect(table.meta.projectName).toEqual({ value: "乡村道路养护工程", addr: "C3" });
    expect(table.meta.unit?.value).toBe("县公路段");
    expect(table.meta.annualGoal?.addr).toBe("G8");
    expect(problems.map((p) => [p.code, p.cell])).toEqual([["recognize/block-skipped", "C10"]]);
  });

  it("东莞 批复表: 计划指标值（或计划水平）is the target, construction second levels kept as printed", () => {
    const { table } = only(L.dongguan());
    expect(table.indicators.map((i) => i.level2.value)).toEqual([
      "数量指标（或建筑规模指标）",
      "预算（或投资规模）控制指标",
      "社会、经济、生态效益指标",
    ]);
    expect(table.indicators[1]?.target.value).toBe("≤5000万元");
    expect(table.meta.annualGoal?.value).toBe("完成改造 10 公里");
    expect(table.meta.year).toBeUndefined();
  });

  it("青山区: 指标内容 and '备 注' on their own sheet; the info sheet is noted, not an error", () => {
    const r = recognizeTables(toGrids(L.qingshan()));
    expect(r.tables).toHaveLength(1);
    const t = r.tables[0] as Table;
    expect(t.sheet).toBe("绩效项目指标表");
    expect(t.layout).toBe("指标内容");
    expect(names(t)).toEqual(["孵化企业数", "入孵企业存活率", "新增营业收入", "企业满意度"]);
    expect(t.indicators[1]?.target.value).toBe("≥80％");
    expect(r.problems).toEqual([expect.objectContaining({ code: "recognize/no-table", severity: "info", sheet: "申报表" })]);
  });

  it("岳阳县: meta on the left, goal under 年度目标, footnote ends the block", () => {
    const { table } = only(L.yueyang());
    expect(table.indicators).toHaveLength(4);
    expect(table.meta.department?.value).toBe("县农业农村局");
    expect(table.meta.unit).toEqual({ value: "县农田建设中心", addr: "D3" });
    expect(table.meta.annualGoal).toEqual({ value: "建成高标准农田 1 万亩", addr: "B8" });
  });

  it("佳县: reads the 年度绩效指标 block and notes the skipped 长期 block", () => {
    const { table, problems } = only(L.jiaxian());
    expect(table.range).toBe("A12:E15");
    expect(names(table)).toEqual(["受益学生人数", "食品安全事故", "学生营养状况"]);
    expect(table.indicators[0]?.target.value).toBe("≥5000人");
    expect(problems).toEqual([expect.objectContaining({ code: "recognize/block-skipped", cell: "A8" })]);
  });

  it("宁德: a department table with 指标解释 and 目标值", () => {
    const { table } = only(L.ningde());
    expect(table.kind).toBe("dept-goal");
    expect(table.meta.department?.value).toBe("宁德市文化局");
    expect(table.meta.year?.value).toBe("2019");
    expect(table.indicators[0]?.target.value).toBe("≥100场（计划标准）");
  });

  it("10号 自评表 at C5: funding block, goals, actuals, weights, scores, 总分 footer", () => {
    const { table, problems } = only(L.selfEval10());
    expect(problems).toEqual([]);
    expect(table.kind).toBe("self-eval");
    expect(table.range).toBe("D16:K23");
    expect(table.meta.year?.value).toBe("2023");
    expect(table.meta.annualGoal).toEqual({ value: "提升 2 万人饮水保障水平", addr: "D15" });
    const first = table.indicators[0];
    expect(first?.actual).toEqual({ value: "118公里", addr: "H17" });
    expect(first?.weight).toEqual({ value: 20, addr: "I17" });
    expect(first?.score).toEqual({ value: 19.67, addr: "J17" });
    expect(first?.reason?.value).toBe("部分路段征地延后");
    expect(table.indicators[1]?.reason?.value).toBeNull();
    expect(table.indicators).toHaveLength(7);
    const b = table.budget;
    expect(b?.rows.map((r) => r.label.value)).toEqual(["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"]);
    expect(b?.total?.budget).toEqual({ value: 480, addr: "F10" });
    expect(b?.total?.executed?.value).toBe(456);
    expect(b?.weight?.value).toBe(10);
    expect(b?.score).toEqual({ value: 9.5, addr: "J10" });
    expect(b?.rows[1]?.weight?.value).toBeNull();
  });

  it("四川: split 指标性质 / 指标值 / 度量单位 and 预算执行情况（10分）over a two-line header", () => {
    const { table } = only(L.sichuan());
    expect(table.layout).toBe("四川");
    const r = table.indicators[2];
    expect(r?.operator).toEqual({ value: "≤", addr: "E13" });
    expect(r?.target).toEqual({ value: 300, addr: "F13" });
    expect(r?.unit).toEqual({ value: "元/吨", addr: "G13" });
    expect(r?.actual?.value).toBe(320);
    expect(r?.reason?.value).toBe("油价上涨");
    expect(table.indicators[3]?.operator?.value).toBe("定性");
    expect(table.budget?.total?.label.value).toBe("总额");
    expect(table.budget?.total?.budget?.value).toBe(800);
    expect(table.budget?.total?.executed?.value).toBe(640);
    expect(table.budget?.rows).toHaveLength(5);
    expect(table.budget?.reason).toEqual({ value: "部分款项次年支付", addr: "I5" });
    expect(table.budget?.weight?.value).toBe(10);
  });

  it("湖北: 年初目标值（A）and a funding row without a label, weight taken from the title", () => {
    const { table } = only(L.hubei());
    expect(table.layout).toBe("湖北");
    expect(table.indicators.map((i) => i.target.value)).toEqual(["≥1200人", "100%", "0", "≥95%"]);
    expect(table.budget?.total?.budget?.value).toBe(100);
    expect(table.budget?.total?.executed?.value).toBe(98);
    expect(table.budget?.weight).toEqual({ value: 10 });
    expect(table.budget?.score?.value).toBe(9.8);
  });

  it("淮南 transfer payment: two sheets give two tables with their own meta", () => {
    const r = recognizeTables(toGrids(L.huainan()));
    expect(r.tables.map((t) => [t.sheet, t.kind, t.meta.projectName?.value])).toEqual([
      ["就业补助", "self-eval", "就业补助资金"],
      ["创业补贴", "self-eval", "创业担保贷款贴息"],
    ]);
    const t = r.tables[1] as Table;
    expect(t.layout).toBe("转移支付");
    expect(t.indicators[0]?.actual).toEqual({ value: "7000人", addr: "E13" });
    expect(t.meta.unit?.value).toBe("市就业服务中心");
    expect(t.budget?.total?.budget?.value).toBe(2000);
  });

  it("two tables stacked on one sheet each take the labels above them", () => {
    const r = recognizeTables(toGrids(L.twoInOneSheet()));
    expect(r.tables.map((t) => [t.meta.projectName?.value, t.range, t.indicators.length])).toEqual([
      ["甲项目", "A2:G4", 2],
      ["乙项目", "A9:G11", 2],
    ]);
  });
});
