import { anchorRowFor } from "../../src/core/table/insertion";
import { insertIndicators } from "../../src/excel/insert-indicators";
import type { Indicator } from "../../src/core/library/schema";
import type { IndicatorRow, Table } from "../../src/core/table/table";
import { FakeContext } from "./fakes/fake-excel";

const row = (r: number, l1: string, l2: string, name: string): IndicatorRow => ({
  row: r,
  level1: { value: l1, addr: `A${r}` },
  level2: { value: l2, addr: `B${r}` },
  name: { value: name, addr: `C${r}` },
  operator: { value: "≥", addr: `D${r}` },
  target: { value: 100, addr: `E${r}` },
  unit: { value: "%", addr: `F${r}` },
  actual: { value: null, addr: `G${r}` },
});
const table: Table = {
  kind: "self-eval",
  sheet: "自评表",
  meta: {},
  indicators: [row(5, "产出指标", "数量指标", "甲"), row(6, "产出指标", "质量指标", "乙"), row(7, "效益指标", "社会效益指标", "丙")],
};
const ind = (code: string, level1: string, level2: string, name: string): Indicator => ({
  code, name, level1, level2, explanation: "x", unit: "人次", operator: ">=", kind: "quantitative",
  bases: [{ basis: "计划标准" }], source: "s", weightHint: 5, scoring: "s",
  scope: { generality: "共性", projectTypes: [], sectors: [], budgetManagement: false, stages: [] },
  status: { state: "active" }, keywords: [],
});

function sheetWithTable(ctx: FakeContext): void {
  const s = ctx.sheet("自评表");
  for (const r of table.indicators) {
    s.set(`A${r.row}`, r.level1.value);
    s.set(`B${r.row}`, r.level2.value);
    s.set(`C${r.row}`, r.name.value);
    s.set(`G${r.row}`, r.row * 10); // what a person typed
    s.set(`I${r.row}`, 0, "=RC[-2]*2");
  }
  s.protected = true;
}

describe("insertIndicators", () => {
  it("finds the block: same 二级, else same 一级, else the table's end", () => {
    expect(anchorRowFor(table, { level1: "产出指标", level2: "数量指标" })).toBe(5);
    expect(anchorRowFor(table, { level1: "产出指标", level2: "时效指标" })).toBe(6);
    expect(anchorRowFor(table, { level1: "满意度指标", level2: "服务对象满意度指标" })).toBe(7);
  });

  it("inserts rows inside the blocks in two syncs, leaving filled rows' contents alone", async () => {
    const ctx = new FakeContext(["自评表"]);
    sheetWithTable(ctx);
    const sync = jest.spyOn(ctx, "sync");
    const res = await insertIndicators(ctx.asContext(), table, [
      ind("A1", "产出指标", "数量指标", "培训人次"),
      ind("B1", "效益指标", "社会效益指标", "=HYPERLINK(1)"),
    ]);
    expect(sync).toHaveBeenCalledTimes(2);
    expect(res.rows).toEqual([6, 9]);
    const s = ctx.sheet("自评表");
    expect(s.cell("C6")?.value).toBe("培训人次");
    expect(s.cell("D6")?.value).toBe("≥");
    expect(s.cell("F6")?.value).toBe("人次");
    expect(s.cell("I6")?.formula).toBe("=RC[-2]*2");
    // The person's rows moved down with their values intact.
    expect(s.cell("C7")?.value).toBe("乙");
    expect(s.cell("G7")?.value).toBe(60);
    expect(s.cell("C8")?.value).toBe("丙");
    expect(s.cell("G8")?.value).toBe(70);
    // Text that looks like a formula is written as text.
    expect(ctx.ops.find((o) => o.prop === "values" && o.target === "C9")?.value).toEqual([["'=HYPERLINK(1)"]]);
    expect(s.protected).toBe(true);
    expect(ctx.opsOf("protection.unprotect()")).toHaveLength(1);
  });

  it("keeps a merged 一级 block whole: no write into it, and the merge grown over rows added under its end", async () => {
    const ctx = new FakeContext(["自评表"]);
    sheetWithTable(ctx);
    const s = ctx.sheet("自评表");
    s.merges.push("A5:A6"); // 产出指标 merged down rows 5–6, as a template prints it
    await insertIndicators(ctx.asContext(), table, [ind("A1", "产出指标", "数量指标", "培训人次"), ind("A2", "产出指标", "质量指标", "合格率")]);
    // Anchor 5 is inside the block (Excel extends it); anchor 6 is its last row: the merge is grown to cover 5–8.
    expect(ctx.ops.filter((o) => o.prop === "values" && /^A\d+$/.test(String(o.target)))).toEqual([]);
    expect(ctx.ops.find((o) => o.prop === "merge()")?.target).toBe("A5:A8");
    expect(s.cell("C6")?.value).toBe("培训人次");
    expect(s.cell("C8")?.value).toBe("合格率");
  });

  it("refuses a table without indicator rows", async () => {
    const ctx = new FakeContext(["自评表"]);
    await expect(insertIndicators(ctx.asContext(), { ...table, indicators: [] }, [])).rejects.toThrow(/没有指标行.*no indicator rows/);
  });
});
