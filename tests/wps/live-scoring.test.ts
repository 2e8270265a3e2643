import { analyzeWorkbook } from "../../src/core/analysis";
import { builtinLibrary, createLibraryView } from "../../src/core/library";
import { planLiveScoring } from "../../src/core/live/plan";
import { LIVE_SHEET } from "../../src/core/live/stamp";
import { resetOwnWrites } from "../../src/excel/own-writes";
import { WpsHost } from "../../src/wps/wps-host";
import { loadCorpus, realToGrids } from "../fixtures/real/build";
import { FakeEtApp } from "./fake-et";

beforeEach(() => resetOwnWrites());

/** A real department form typed into the fake ET sheet, cell by cell, as a person's workbook. */
function openReal(id: string): { et: FakeEtApp; host: WpsHost; sheet: string } {
  const t = loadCorpus().find((x) => x.id === id)!;
  const grid = realToGrids(t).sheets[0]!;
  const et = new FakeEtApp([grid.sheet]);
  et.DisplayAlerts = false;
  const ws = et.book.sheet(grid.sheet);
  grid.values.forEach((row, i) =>
    row.forEach((v, j) => {
      if (v === null) return;
      const cell = ws.Cells(grid.origin.row + i, grid.origin.col + j);
      cell.Value2 = v;
      const nf = grid.numberFormats?.[i]?.[j];
      if (nf) cell.NumberFormat = nf;
    }),
  );
  for (const m of grid.merges) ws.Range(m).Merge();
  return { et, host: new WpsHost(et.asApplication()), sheet: grid.sheet };
}

describe("live scoring in WPS (WpsHost over the fake ET model)", () => {
  it("adds formulas only in empty cells with a hidden stamp, then removes them leaving the sheet as it was", async () => {
    const { et, host, sheet } = openReal("hebei-langfang-2019-nuantong");
    const ws = et.book.sheet(sheet);
    const library = createLibraryView(builtinLibrary());
    const grids = await host.read();
    const a = analyzeWorkbook(grids, { library });
    const plan = planLiveScoring(a.tables[0]!, grids, { library: { id: builtinLibrary().meta.id, version: builtinLibrary().meta.version } });
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    const before = plan.patch.cells.map((c) => ws.Range(c.addr).Value2);
    expect(before.every((v) => v === undefined || v === null || v === "")).toBe(true);

    await host.addLiveScoring(plan.patch);
    const formulaCells = plan.patch.cells.filter((c) => c.formula !== undefined);
    expect(formulaCells.length).toBeGreaterThan(9);
    for (const c of formulaCells) expect(ws.Range(c.addr).Formula).toBe(`=${c.formula}`);
    const stamp = et.book.sheet(LIVE_SHEET);
    expect(stamp.Visible).toBe(0);
    expect(et.book.Names.Item("JIXIAO_LIVE_LIBRARY").RefersTo).toMatch(/_jixiao_live/);
    // A second upgrade of the same sheet is refused and writes nothing.
    await expect(host.addLiveScoring(plan.patch)).rejects.toThrow(/已启用实时计分|已有内容/);

    // The person retypes one added cell: removal keeps it and empties the rest.
    const mine = formulaCells[0]!.addr;
    ws.Range(mine).Value2 = 7;
    const r = await host.removeLiveScoring(sheet);
    expect(r.kept).toEqual([mine]);
    expect(r.removed).toBe(plan.patch.cells.length - 1);
    for (const c of plan.patch.cells) if (c.addr !== mine) expect([undefined, null, ""]).toContain(ws.Range(c.addr).Value2);
    expect(() => et.book.sheet(LIVE_SHEET)).toThrow();
  });
});
