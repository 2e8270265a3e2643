import { readActiveTable } from "../../src/excel/read-table";
import { FakeContext } from "./fakes/fake-excel";

const FIVE_MB = 5 * 1024 * 1024;

describe("readActiveTable", () => {
  it("reads the active sheet, the stamp sheet and the names; one sync once the sheet is known to be small", async () => {
    const ctx = new FakeContext(["自评表", "_jixiao", "Other"]);
    const s = ctx.sheet("自评表");
    s.set("B3", "一级指标");
    s.set("C4", 95);
    s.set("D4", 0, "=MIN(C4,10)");
    s.merges.push("B3:B4");
    ctx.sheet("_jixiao").set("A1", "demo@1.0.0");
    ctx.sheet("Other").set("A1", "not read");
    ctx.names.set("JIXIAO_LIBRARY", "='_jixiao'!$A$1");
    const first = await readActiveTable(ctx.asContext());
    expect(first.syncs).toBe(2); // the used range, then its cells
    const sync = jest.spyOn(ctx, "sync");
    const { grids, activeSheet, syncs, hint } = await readActiveTable(ctx.asContext(), { hint: first.hint! });
    expect(sync).toHaveBeenCalledTimes(1);
    expect(syncs).toBe(1);
    expect(hint?.address).toBe(first.hint?.address);
    expect(activeSheet).toBe("自评表");
    expect(grids.sheets.map((g) => g.sheet)).toEqual(["自评表", "_jixiao"]);
    expect(grids).toEqual(first.grids);
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

  it("reads 20,000 rows in chunks, every response under Excel on the web's 5 MB", async () => {
    const ctx = new FakeContext(["大表"]);
    const s = ctx.sheet("大表");
    const rows = 20_000;
    for (let r = 1; r <= rows; r++) {
      s.set(`A${r}`, "产出指标");
      s.set(`B${r}`, "数量指标");
      s.set(`C${r}`, `第${r}项培训人次与覆盖范围说明，按年度计划组织实施并验收`);
      s.set(`D${r}`, "≥");
      s.set(`E${r}`, r);
      s.set(`F${r}`, "人次");
      s.set(`G${r}`, "计划标准");
      s.set(`H${r}`, 10);
      s.set(`I${r}`, r - 1);
      s.set(`K${r}`, 0, `=IF(AND(ISNUMBER($E${r}),ISNUMBER($I${r})),MIN($I${r}/$E${r},1)*$H${r},"")`);
    }
    const { grids, syncs, hint } = await readActiveTable(ctx.asContext());
    const g = grids.sheets[0]!;
    expect(g.values).toHaveLength(rows);
    expect(g.values[rows - 1]?.[4]).toBe(rows);
    expect(g.formulas[rows - 1]?.[10]).toContain(`$E${rows}`);
    expect(syncs).toBeGreaterThan(2);
    expect(Math.max(...ctx.syncBytes)).toBeLessThan(FIVE_MB);
    // Read in one request, the same table would pass the limit: the chunking is needed.
    expect(ctx.syncBytes.reduce((a, b) => a + b, 0)).toBeGreaterThan(FIVE_MB);
    // The hint says the sheet is large: the next read chunks again rather than risk one big response.
    ctx.syncBytes = [];
    const again = await readActiveTable(ctx.asContext(), { hint: hint! });
    expect(again.grids).toEqual(grids);
    expect(Math.max(...ctx.syncBytes)).toBeLessThan(FIVE_MB);
  });
});
