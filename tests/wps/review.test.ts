import { analyzeWorkbook } from "../../src/core/analysis";
import { builtinLibrary, createLibraryView, libraryHash } from "../../src/core/library";
import { builtinProfile } from "../../src/core/profiles/builtin";
import { buildOpinion, OPINION_SHEET } from "../../src/core/review";
import { resetOwnWrites } from "../../src/excel/own-writes";
import { WpsHost } from "../../src/wps/wps-host";
import { loadCorpus, realToGrids } from "../fixtures/real/build";
import { FakeEtApp } from "./fake-et";

beforeEach(() => resetOwnWrites());

describe("写入审核意见 in WPS (WpsHost over the fake ET model)", () => {
  it("writes the 审核意见 sheet beside the department's own, replaces an earlier one, and removes it again", async () => {
    const t = loadCorpus().find((x) => x.id === "anhui-chizhou-2022-weituo")!;
    const grid = realToGrids(t).sheets[0]!;
    const et = new FakeEtApp([grid.sheet]);
    et.DisplayAlerts = false;
    const ws = et.book.sheet(grid.sheet);
    grid.values.forEach((row, i) => row.forEach((v, j) => v !== null && (ws.Cells(grid.origin.row + i, grid.origin.col + j).Value2 = v)));
    const host = new WpsHost(et.asApplication());
    const lib = builtinLibrary();
    const analysis = analyzeWorkbook(await host.read(), { library: createLibraryView(lib) });
    const op = buildOpinion(analysis, { file: "池州.xlsx", library: { id: lib.meta.id, version: lib.meta.version, hash: libraryHash(lib) }, profile: builtinProfile(), checkedAt: "2026-11-30 06:00" });
    const name = await host.writeReview([op.sheet], op.notes);
    expect(name).toBe(OPINION_SHEET);
    expect(et.book.sheets.map((s) => s.Name)).toEqual([grid.sheet, OPINION_SHEET]);
    expect(String(et.book.sheet(OPINION_SHEET).Range("A1").Value2)).toBe("绩效审核意见");
    // Written again: still one review sheet, the department's sheet untouched.
    await host.writeReview([op.sheet], op.notes);
    expect(et.book.sheets.map((s) => s.Name)).toEqual([grid.sheet, OPINION_SHEET]);
    await host.removeReview();
    expect(et.book.sheets.map((s) => s.Name)).toEqual([grid.sheet]);
  });
});
