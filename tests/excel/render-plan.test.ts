import { renderPlan, renameSheetRefs, RenderError } from "../../src/excel/render-plan";
import { resetOwnWrites, isOwnWrite } from "../../src/excel/own-writes";
import { FakeContext } from "./fakes/fake-excel";
import { samplePlan } from "./fakes/sample-plan";
import { formPrint } from "../../src/core/table/print-setup";

beforeEach(() => resetOwnWrites());

describe("renderPlan", () => {
  it("writes a 200-indicator table in two syncs: one read, one write", async () => {
    const ctx = new FakeContext(["Sheet1"]);
    const sync = jest.spyOn(ctx, "sync");
    const result = await renderPlan(ctx.asContext(), samplePlan(200));
    expect(sync).toHaveBeenCalledTimes(2);
    expect(result.syncs).toBe(2);
    expect(result.mainSheet).toBe("自评表");
    const sheet = ctx.sheet("自评表");
    expect(sheet.cell("C204")?.value).toBe("指标200");
    expect(sheet.cell("I5")?.formula).toBe('=IF(ISNUMBER(G5),MIN(H5,H5*G5/E5),"")');
    expect(sheet.cell("H205")?.formula).toBe("=SUM(I5:I204)");
    expect(sheet.cell("H5")?.numberFormat).toBe("0.00");
    expect(ctx.names.get("JIXIAO_LIBRARY")).toBe("='_jixiao'!$B$1");
    expect(ctx.sheet("_jixiao").visibility).toBe("Hidden");
    expect(ctx.active).toBe("自评表");
  });

  it("writes the page setup in one more sync, and protects allowing formats, rows, columns and notes", async () => {
    const ctx = new FakeContext(["Sheet1"]);
    const plan = samplePlan(20);
    plan.sheets[0]!.print = formPrint({ area: "A1:J30", titleRows: "4:4", stamp: { libraryId: "lib", version: "1.0.0", hash: "abcdef0123456789", profile: "national-2020" } });
    const result = await renderPlan(ctx.asContext(), plan);
    expect(result.syncs).toBe(3);
    const op = (prop: string) => ctx.ops.find((o) => o.sheet === "自评表" && o.prop === prop);
    expect(op("pageLayout.orientation")?.value).toBe("Landscape");
    expect(op("pageLayout.paperSize")?.value).toBe("A4");
    expect(op("pageLayout.blackAndWhite")?.value).toBe(true);
    expect(op("pageLayout.zoom")?.value).toEqual({ horizontalFitToPages: 1 });
    expect(op("pageLayout.setPrintArea()")?.value).toEqual(["A1:J30"]);
    expect(op("pageLayout.setPrintTitleRows()")?.value).toEqual(["$4:$4"]);
    expect(String(op("pageLayout.headersFooters.defaultForAllPages.leftFooter")?.value)).toMatch(/^&8指标库 lib@1\.0\.0/);
    expect(op("pageLayout.headersFooters.defaultForAllPages.centerFooter")?.value).toMatch(/&P.*&N/);
    const protect = ctx.ops.find((o) => o.sheet === "自评表" && o.prop === "protection.protect()")?.value as Record<string, boolean> | undefined;
    expect(protect).toMatchObject({ allowFormatCells: true, allowFormatRows: true, allowFormatColumns: true, allowEditObjects: true });
  });

  it("batches cells into few rectangular writes, values before formulas", async () => {
    const ctx = new FakeContext();
    await renderPlan(ctx.asContext(), samplePlan(200));
    const writes = ctx.ops.filter((o) => ["values", "formulas"].includes(o.prop) && o.sheet === "自评表");
    expect(writes.length).toBeLessThan(15);
    const lastValue = writes.map((o) => o.prop).lastIndexOf("values");
    const firstFormula = writes.map((o) => o.prop).indexOf("formulas");
    expect(lastValue).toBeLessThan(firstFormula);
    expect(writes.find((o) => o.target === "A5:H204")).toBeDefined();
  });

  it("escapes text that would be read as a formula", async () => {
    const ctx = new FakeContext();
    await renderPlan(ctx.asContext(), samplePlan(3));
    const a2 = ctx.ops.find((o) => o.prop === "values" && o.target === "A1:A2");
    expect(a2?.value).toEqual([["项目支出绩效自评表"], ["'=不是公式"]]);
    expect(ctx.sheet("自评表").cell("A2")?.value).toBe("=不是公式");
    expect(ctx.sheet("自评表").cell("A2")?.formula).toBeUndefined();
  });

  it("suspends calculation, turns events off during the write and back on, and marks its own write", async () => {
    const ctx = new FakeContext();
    let guardDuringSync = false;
    const orig = ctx.sync.bind(ctx);
    ctx.sync = async () => {
      guardDuringSync = isOwnWrite();
      await orig();
    };
    await renderPlan(ctx.asContext(), samplePlan(5));
    const props = ctx.ops.map((o) => `${o.target}.${o.prop}`);
    expect(props).toContain("application.suspendApiCalculationUntilNextSync()");
    const evts = ctx.opsOf("enableEvents").map((o) => o.value);
    expect(evts).toEqual([false, true]);
    expect(guardDuringSync).toBe(true);
  });

  it("writes validations, conditional formats, merges, widths, frozen panes, protection", async () => {
    const ctx = new FakeContext();
    await renderPlan(ctx.asContext(), samplePlan(10));
    const rule = ctx.ops.find((o) => o.prop === "dataValidation.rule" && o.target === "D5:D14");
    expect(rule?.value).toEqual({ list: { inCellDropDown: true, source: "='_jixiao'!$A$1:$A$7" } });
    const dec = ctx.ops.find((o) => o.prop === "dataValidation.rule" && o.target === "H5:H14");
    expect(dec?.value).toEqual({ decimal: { formula1: 0, formula2: 100, operator: "Between" } });
    expect(ctx.ops.find((o) => o.prop === "conditionalFormats.add().custom.rule.formula")?.value).toBe("=AND(ISNUMBER(I5),I5<H5)");
    expect(ctx.sheet("自评表").merges).toEqual(["A1:J1"]);
    expect(ctx.ops.find((o) => o.prop === "format.columnWidth" && o.target === "C1:C1048576")?.value).toBeCloseTo((30 * 7 + 5) * 0.75);
    expect(ctx.ops.find((o) => o.prop === "freezePanes.freezeRows()")?.value).toEqual([4]);
    // Only formula cells locked: the whole sheet unlocked first, then the plan's locked cells (formulas, here I5:I14) locked.
    const locks = ctx.ops.filter((o) => o.sheet === "自评表" && o.prop === "format.protection.locked");
    expect(locks[0]?.value).toBe(false);
    expect(locks.filter((o) => o.value === true).map((o) => o.target)).toContain("I5:I14");
    expect(locks.some((o) => o.value === true && String(o.target).startsWith("D5"))).toBe(false);
    expect(ctx.sheet("自评表").protected).toBe(true);
  });

  it("never overwrites an existing sheet: a taken name gets a new sheet and references follow", async () => {
    const ctx = new FakeContext(["自评表"]);
    ctx.sheet("自评表").set("A1", "a person's data");
    const result = await renderPlan(ctx.asContext(), samplePlan(4));
    expect(result.mainSheet).toBe("自评表 (2)");
    expect(ctx.sheet("自评表").cell("A1")?.value).toBe("a person's data");
    expect(ctx.sheet("自评表 (2)").cell("C5")?.value).toBe("指标1");
    expect(ctx.names.get("JIXIAO_TABLE")).toBe("='自评表 (2)'!$A$4:$J$8");
  });

  it("rewrites an existing helper sheet in place and replaces existing names", async () => {
    const ctx = new FakeContext(["Sheet1"]);
    await renderPlan(ctx.asContext(), samplePlan(2));
    const second = await renderPlan(ctx.asContext(), samplePlan(2, "自评表二"));
    expect(second.sheets).toEqual(["自评表二", "_jixiao"]);
    expect(ctx.opsOf("delete()").filter((o) => o.target === "names").map((o) => o.value)).toEqual(["JIXIAO_LIBRARY", "JIXIAO_TABLE"]);
    expect(ctx.names.get("JIXIAO_TABLE")).toBe("='自评表二'!$A$4:$J$6");
  });

  it("splits the write into extra syncs only when the payload passes the limit", async () => {
    const ctx = new FakeContext();
    const small = await renderPlan(ctx.asContext(), samplePlan(200), { maxPayloadBytes: 20_000 });
    expect(small.syncs).toBeGreaterThan(2);
    expect(small.payloadBytes).toBeGreaterThan(20_000);
    expect(ctx.sheet("自评表").cell("C204")?.value).toBe("指标200");
    const ctx2 = new FakeContext();
    expect((await renderPlan(ctx2.asContext(), samplePlan(2000))).syncs).toBe(2);
  });

  it("deletes the sheets it added when the write fails, and says so in both languages", async () => {
    const ctx = new FakeContext(["Sheet1"]);
    ctx.failOnSync = 2;
    await expect(renderPlan(ctx.asContext(), samplePlan(5))).rejects.toThrow(RenderError);
    expect([...ctx.sheets.keys()]).toEqual(["Sheet1"]);
    const ctx2 = new FakeContext(["Sheet1"]);
    ctx2.failOnSync = 2;
    await expect(renderPlan(ctx2.asContext(), samplePlan(5))).rejects.toThrow(/插入模板失败.*\/ inserting the template failed/);
  });
});

describe("renameSheetRefs", () => {
  it("rewrites quoted and bare references, leaves lookalikes", () => {
    const m = new Map([["表", "表 (2)"], ["Data", "Data (2)"]]);
    expect(renameSheetRefs("'表'!A1+Data!B2+MyData!C3", m)).toBe("'表 (2)'!A1+'Data (2)'!B2+MyData!C3");
  });
});
