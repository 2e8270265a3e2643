import { applyLiveScoring, removeLiveScoringExcel } from "../../src/excel/live-scoring";
import type { LivePatch } from "../../src/core/live/types";
import { FakeContext } from "./fakes/fake-excel";

const patch = (): LivePatch => ({
  sheet: "自评表",
  mode: "beside",
  cells: [
    { addr: "J5", role: "header", value: "核算得分", label: "核算得分" },
    { addr: "J6", role: "row-score", formula: "IF(ISNUMBER(G6),G6,\"\")", label: "第6行 核算得分", row: 6 },
    { addr: "J7", role: "total", formula: "SUM(J6)", label: "总分" },
  ],
  conditionalFormats: [{ range: "J6", formula: "ABS(H6-J6)>0.01", style: { fill: "#FFC7CE" }, meaning: "差异" }],
  addedColumns: ["J"],
  stamp: {
    libraryId: "jixiao-builtin",
    version: "1.1.0",
    profile: "national-2020",
    sheet: "自评表",
    mode: "beside",
    cells: [
      { addr: "J5", label: "核算得分", value: "核算得分" },
      { addr: "J6", label: "第6行 核算得分", formula: "IF(ISNUMBER(G6),G6,\"\")" },
      { addr: "J7", label: "总分", formula: "SUM(J6)" },
    ],
    marks: ["J6"],
  },
  skipped: [],
  upgradedRows: 1,
});

function workbook(): FakeContext {
  const ctx = new FakeContext(["自评表"]);
  const s = ctx.sheet("自评表");
  s.set("G6", 8);
  s.set("H6", 9);
  return ctx;
}

describe("live scoring through Office.js", () => {
  it("writes cells, marks and the hidden stamp in two syncs", async () => {
    const ctx = workbook();
    const r = await applyLiveScoring(ctx.asContext(), patch());
    expect(r.syncs).toBe(2);
    expect(ctx.syncCount).toBe(2);
    const s = ctx.sheet("自评表");
    expect(s.cell("J5")?.value).toBe("核算得分");
    expect(s.cell("J6")?.formula).toBe('=IF(ISNUMBER(G6),G6,"")');
    expect(s.cell("G6")?.value).toBe(8);
    expect(ctx.opsOf("conditionalFormats.add()")).toHaveLength(1);
    const stamp = ctx.sheet("_jixiao_live");
    expect(stamp.visibility).toBe("Hidden");
    expect(stamp.cell("B3")?.value).toBe("1.1.0");
    expect(ctx.names.get("JIXIAO_LIVE_VERSION")).toBe("='_jixiao_live'!$B$3");
  });

  it("writes nothing when a target cell was filled meanwhile", async () => {
    const ctx = workbook();
    ctx.sheet("自评表").set("J7", "某人的备注");
    await expect(applyLiveScoring(ctx.asContext(), patch())).rejects.toThrow(/已有内容/);
    expect(ctx.syncCount).toBe(1);
    expect(ctx.sheet("自评表").cell("J6")).toBeUndefined();
    expect(ctx.sheets.has("_jixiao_live")).toBe(false);
  });

  it("undoes a failed write: the cells it may have written are emptied, no stamp stays", async () => {
    const ctx = workbook();
    ctx.failOnSync = 2;
    await expect(applyLiveScoring(ctx.asContext(), patch())).rejects.toThrow(/已撤销/);
    const s = ctx.sheet("自评表");
    expect(s.cell("J6")).toBeUndefined();
    expect(s.cell("J5")).toBeUndefined();
    expect(ctx.sheets.has("_jixiao_live")).toBe(false);
    expect(ctx.syncCount).toBeLessThanOrEqual(4);
  });

  it("undoes a write Excel applied in part before failing", async () => {
    // Excel may apply part of a batch before an operation fails: here the whole write lands, then the sync fails.
    class PartlyFailing extends FakeContext {
      override async sync(): Promise<void> {
        const n = this.syncCount + 1;
        await super.sync();
        if (n === 2) throw new Error("GeneralException: failed after applying");
      }
    }
    const ctx = new PartlyFailing(["自评表"]);
    ctx.sheet("自评表").set("G6", 8);
    await expect(applyLiveScoring(ctx.asContext(), patch())).rejects.toThrow(/已撤销/);
    const s = ctx.sheet("自评表");
    expect(s.cell("J5")).toBeUndefined();
    expect(s.cell("J6")).toBeUndefined();
    expect(s.cell("J7")).toBeUndefined();
    expect(s.cell("G6")?.value).toBe(8);
    expect(ctx.sheets.has("_jixiao_live")).toBe(false);
    expect(ctx.names.size).toBe(0);
  });

  it("removes it again in three syncs, keeping a cell a person changed", async () => {
    const ctx = workbook();
    await applyLiveScoring(ctx.asContext(), patch());
    ctx.sheet("自评表").set("J7", 95);
    const before = ctx.syncCount;
    const r = await removeLiveScoringExcel(ctx.asContext(), "自评表");
    expect(ctx.syncCount - before).toBe(3);
    expect(r).toMatchObject({ removed: 2, kept: ["J7"] });
    const s = ctx.sheet("自评表");
    expect(s.cell("J5")).toBeUndefined();
    expect(s.cell("J6")).toBeUndefined();
    expect(s.cell("J7")?.value).toBe(95);
    expect(ctx.sheets.has("_jixiao_live")).toBe(false);
    expect(ctx.names.has("JIXIAO_LIVE_VERSION")).toBe(false);
    expect(ctx.opsOf("conditionalFormats.clearAll()")).toHaveLength(1);
  });
});
