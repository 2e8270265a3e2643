import { readActiveTable } from "../../src/excel/read-table";
import { FakeContext } from "./fakes/fake-excel";

describe("readActiveTable", () => {
  it("reads the active sheet, the stamp sheet and the names in one sync", async () => {
    const ctx = new FakeContext(["自评表", "_jixiao", "Other"]);
    const s = ctx.sheet("自评表");
    s.set("B3", "一级指标");
    s.set("C4", 95);
    s.set("D4", 0, "=MIN(C4,10)");
    s.merges.push("B3:B4");
    ctx.sheet("_jixiao").set("A1", "demo@1.0.0");
    ctx.sheet("Other").set("A1", "not read");
    ctx.names.set("JIXIAO_LIBRARY", "='_jixiao'!$A$1");
    const sync = jest.spyOn(ctx, "sync");
    const { grids, activeSheet, syncs } = await readActiveTable(ctx.asContext());
    expect(sync).toHaveBeenCalledTimes(1);
    expect(syncs).toBe(1);
    expect(activeSheet).toBe("自评表");
    expect(grids.sheets.map((g) => g.sheet)).toEqual(["自评表", "_jixiao"]);
    const g = grids.sheets[0];
    expect(g?.origin).toEqual({ row: 3, col: 2 });
    expect(g?.values).toEqual([["一级指标", null, null], [null, 95, 0]]);
    expect(g?.formulas[1]).toEqual([null, null, "MIN(C4,10)"]);
    expect(g?.merges).toEqual(["B3:B4"]);
    expect(grids.definedNames).toEqual({ JIXIAO_LIBRARY: "'_jixiao'!$A$1" });
  });

  it("returns no grid for an empty sheet and no stamp sheet when there is none", async () => {
    const ctx = new FakeContext(["Sheet1"]);
    const { grids } = await readActiveTable(ctx.asContext());
    expect(grids.sheets).toEqual([]);
  });
});
