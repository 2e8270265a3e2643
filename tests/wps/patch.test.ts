import { builtinLibrary } from "../../src/core/library";
import { builtinProfile } from "../../src/core/profiles/builtin";
import { buildTemplate } from "../../src/core/table/templates/build";
import { resetOwnWrites } from "../../src/excel/own-writes";
import { applySheetPatch, renderPlan } from "../../src/wps/render-plan";
import { FakeEtApp } from "./fake-et";

beforeEach(() => resetOwnWrites());

describe("applySheetPatch (the path a live-scoring upgrade takes)", () => {
  it("rewrites cells and rules on a protected template sheet with the template writer, and protects it again", async () => {
    const et = new FakeEtApp();
    et.DisplayAlerts = false;
    const plan = buildTemplate("self-eval", { library: builtinLibrary(), profile: builtinProfile(), indicators: [] });
    const { mainSheet } = await renderPlan(et.asApplication(), plan);
    const ws = et.book.sheet(mainSheet);
    expect(ws.ProtectContents).toBe(true);
    const changes = jest.fn();
    et.ApiEvent.AddApiEventListener("SheetChange", changes);
    const writes = await applySheetPatch(et.asApplication(), mainSheet, {
      cells: [
        { addr: "Z1", value: "=升级标记" },
        { addr: "Z2", formula: "IF(ISNUMBER(Z3),Z3*2,\"\")", style: { numberFormat: "0.00" } },
      ],
      validations: [{ range: "Z3:Z4", type: "decimal", min: 0, max: 100, allowBlank: true }],
    });
    expect(writes).toBeGreaterThan(0);
    expect(ws.Range("Z1").Value2).toBe("=升级标记");
    expect(ws.Range("Z2").Formula).toBe('=IF(ISNUMBER(Z3),Z3*2,"")');
    expect(ws.Range("Z2").NumberFormat).toBe("0.00");
    expect(ws.Range("Z4").Validation.Formula2).toBe("100");
    expect(ws.ProtectContents).toBe(true);
    expect(ws.protection.allowFormattingCells).toBe(true);
    expect(changes).not.toHaveBeenCalled(); // events are off during the add-in's own writes
  });

  it("refuses a sheet that does not exist", async () => {
    await expect(applySheetPatch(new FakeEtApp().asApplication(), "没有", { cells: [] })).rejects.toThrow(/没有工作表/);
  });
});

describe("validation lists", () => {
  it("refuses a literal list longer than Validation.Add takes (255 characters) with a clear message", async () => {
    const et = new FakeEtApp(["表"]);
    et.book.sheet("表").Protect(undefined, true, true, undefined, false, true);
    const list = Array.from({ length: 60 }, (_, i) => `选项${i}`);
    await expect(applySheetPatch(et.asApplication(), "表", { cells: [], validations: [{ range: "A1:A3", type: "list", list, allowBlank: true }] })).rejects.toThrow(/255/);
    expect(et.book.sheet("表").ProtectContents).toBe(true); // still protected after the failed patch
  });
});
