/**
 * The pane's whole journey in WPS 表格, driven without React through the same calls the pane makes
 * (App.tsx: host.insertTemplate(buildTemplate(...)), host.read() → analyze(), host.mark(issues),
 * host.insertIndicators(table, picks), host.selectCell, host.subscribe) against the fake ET model.
 */
import { builtinLibrary, createLibraryView } from "../../src/core/library";
import type { Indicator } from "../../src/core/library/schema";
import { builtinProfile } from "../../src/core/profiles/builtin";
import { buildTemplate } from "../../src/core/table/templates/build";
import { parseCell } from "../../src/excel/a1";
import { MARK_FILL } from "../../src/excel/marks";
import { resetOwnWrites } from "../../src/excel/own-writes";
import { analyze } from "../../src/taskpane/state/analyze";
import { bgrToHex, hexToBgr } from "../../src/wps/et";
import { WpsHost, wpsApplication } from "../../src/wps/wps-host";
import { FakeEtApp } from "./fake-et";

const wait = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

beforeEach(() => resetOwnWrites());

describe("the pane's journey in WPS 表格", () => {
  const library = builtinLibrary();
  const view = createLibraryView(library);
  const profile = builtinProfile();
  const picks = library.indicators.filter((i) => i.kind === "quantitative" && i.operator === ">=" && i.status.state === "active").slice(0, 3);

  it("new template, typed values, issues and scores, inserted indicators, marks and unmarks", async () => {
    const et = new FakeEtApp(["Sheet1"], "某部门项目.xlsx");
    et.DisplayAlerts = false;
    const host = new WpsHost(et.asApplication(), { debounceMs: 5 });
    expect(host.kind).toBe("wps");
    const changes = jest.fn();
    const stop = host.subscribe(changes);

    // 1. New template: the pane's 插入模板.
    const sheet = await host.insertTemplate(buildTemplate("self-eval", { library, profile, indicators: picks }));
    await wait(20);
    expect(changes).not.toHaveBeenCalled(); // the add-in's own writes do not trigger a re-check
    expect(et.ActiveSheet?.Name).toBe(sheet);
    let a = analyze(await host.read(), profile, view);
    expect(a.tables).toHaveLength(1);
    const table = a.tables[0]!.table;
    expect(table.sheet).toBe(sheet);
    const rows = table.indicators.filter((r) => picks.some((p) => p.name === r.name.value));
    expect(rows).toHaveLength(picks.length);
    const before = a.issues.length;

    // 2. The person types targets, weights and actuals (input cells are unlocked on the protected sheet).
    resetOwnWrites(); // time passes after the template was written
    const actuals = [120, 100, 60];
    rows.forEach((r, i) => {
      et.type(sheet, r.target.addr!, 100);
      if (r.weight) et.type(sheet, r.weight.addr!, 10);
      if (r.actual) et.type(sheet, r.actual.addr!, actuals[i] as number);
    });
    await wait(30);
    expect(changes).toHaveBeenCalledTimes(1); // a burst of edits is one re-check

    // 3. Issues and scores, from what the person typed.
    a = analyze(await host.read(), profile, view);
    expect(a.issues.length).not.toBe(before);
    const scored = a.tables[0]!.score.rows;
    const scoreOf = (row: number): number | null => scored.find((s) => s.row === row)?.result.score ?? null;
    const [full, exact, partial] = rows.map((r) => scoreOf(r.row));
    expect(full).toBe(10);
    expect(exact).toBe(10);
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(10);

    // 4. Marks: a cell the person had filled gets the mark, and its own fill back when the issue is gone.
    const issue = a.issues.find((i) => i.cell && i.sheet === sheet);
    expect(issue).toBeDefined();
    const ws = et.book.sheet(sheet);
    ws.Range(issue!.cell!).Interior.Color = hexToBgr("#FFFF00"); // the person's own highlight
    await host.mark(a.issues);
    expect(bgrToHex(ws.Range(issue!.cell!).Interior.Color)).toBe(MARK_FILL[a.issues.filter((i) => i.cell === issue!.cell && i.sheet === sheet).sort((x, y) => (x.severity < y.severity ? -1 : 1))[0]!.severity]);
    const other = a.issues.find((i) => i.cell && i.sheet === sheet && i.cell !== issue!.cell);
    await host.mark([]);
    expect(bgrToHex(ws.Range(issue!.cell!).Interior.Color)).toBe("#FFFF00");
    if (other) expect(ws.Range(other.cell!).Interior.ColorIndex).toBe(-4142);
    expect(host.marks.keys()).toEqual([]);

    // 5. Insert indicators from the library: rows move down, typed values stay, score formulas follow.
    const extra = library.indicators.find((i) => i.status.state === "active" && i.level1 === picks[0]!.level1 && !picks.includes(i)) as Indicator;
    resetOwnWrites();
    await host.insertIndicators(a.tables[0]!.table, [extra]);
    const b = analyze(await host.read(), profile, view);
    const names = b.tables[0]!.table.indicators.map((r) => r.name.value);
    expect(names).toContain(extra.name);
    for (const [i, r] of rows.entries()) {
      const now = b.tables[0]!.table.indicators.find((x) => x.name.value === r.name.value)!;
      expect(now.actual?.value).toBe(actuals[i]);
    }
    const added = b.tables[0]!.table.indicators.find((x) => x.name.value === extra.name)!;
    const anchor = b.tables[0]!.table.indicators.filter((x) => x.row < added.row).pop()!;
    for (let c = 1; c <= 30; c++) {
      const f = ws.Cells(anchor.row, c);
      if (f.HasFormula) expect(ws.Cells(added.row, c).FormulaR1C1).toBe(f.FormulaR1C1);
    }
    expect(ws.ProtectContents).toBe(true);

    // 6. Select a cell from the issue list.
    await host.selectCell(sheet, added.name.addr!);
    expect(et.selection).toEqual({ sheet, address: added.name.addr!.replace(/\$/g, "") });

    stop();
    et.type(sheet, rows[0]!.actual!.addr!, 1);
    await wait(20);
    expect(changes).toHaveBeenCalledTimes(1);
    expect(et.listeners.get("SheetChange")).toEqual([]);
  });

  it("reads a department's own table typed in WPS: merges, number formats, names", async () => {
    const et = new FakeEtApp(["自评"]);
    const ws = et.book.sheet("自评");
    ws.Range("A1:F1").Merge();
    ws.Range("A1").Value2 = "项目支出绩效自评表";
    ws.Range("A2:F2").Value2 = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值"]];
    ws.Range("A3:F3").Value2 = [["产出指标", "数量指标", "培训人次", 100, 0.93, 10]];
    ws.Range("E3").NumberFormat = "0%";
    et.book.Names.Add("项目名称", "=自评!$A$1");
    const grids = await new WpsHost(et.asApplication()).read();
    const g = grids.sheets[0]!;
    expect(g.sheet).toBe("自评");
    expect(g.origin).toEqual({ row: 1, col: 1 });
    expect(g.merges).toEqual(["A1:F1"]);
    expect(g.values[2]).toEqual(["产出指标", "数量指标", "培训人次", 100, 0.93, 10]);
    expect(g.numberFormats?.[2]?.[4]).toBe("0%");
    expect(g.numberFormats?.[2]?.[3]).toBeNull();
    expect(grids.definedNames).toEqual({ 项目名称: "自评!$A$1" });
    const { col } = parseCell("E3");
    expect(col).toBe(5);
  });

  it("is chosen only inside WPS 表格", () => {
    expect(wpsApplication({})).toBeNull();
    expect(wpsApplication({ Application: { ActiveDocument: {} } })).toBeNull();
    const et = new FakeEtApp();
    expect(wpsApplication({ Application: et })).toBe(et);
  });
});
