import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { builtinLibrary } from "../../src/core/library";
import { builtinProfile } from "../../src/core/profiles/builtin";
import { buildTemplate } from "../../src/core/table/templates/build";
import { MARK_FILL } from "../../src/excel/marks";
import { resetOwnWrites } from "../../src/excel/own-writes";
import { bgrToHex } from "../../src/wps/et";
import { renderPlan } from "../../src/wps/render-plan";
import { COMMANDS, createRibbon } from "../../src/wps/ribbon";
import { WpsHost } from "../../src/wps/wps-host";
import { FakeEtApp } from "./fake-et";

const root = join(__dirname, "..", "..");
const ribbonXml = readFileSync(join(root, "assets", "wps", "ribbon.xml"), "utf8");
const manifest = readFileSync(join(root, "manifest.xml"), "utf8");

beforeEach(() => resetOwnWrites());

describe("assets/wps/ribbon.xml", () => {
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(ribbonXml);
  const ui = doc.customUI;
  const buttons: Record<string, string>[] = [].concat(ui.ribbon.tabs.tab.group.button);

  it("is customUI whose callbacks are the ones main.ts puts on window.ribbon", () => {
    expect(ui.xmlns).toBe("http://schemas.microsoft.com/office/2006/01/customui");
    expect(ui.onLoad).toBe("ribbon.OnAddinLoad");
    const ribbon = createRibbon(new FakeEtApp().asApplication(), { base: "https://x.test/", notify: () => undefined });
    for (const b of buttons) {
      for (const attr of ["onAction", "getImage", "getEnabled"]) {
        const fn = b[attr] as string;
        expect(fn.startsWith("ribbon.")).toBe(true);
        expect(typeof (ribbon as unknown as Record<string, unknown>)[fn.slice("ribbon.".length)]).toBe("function");
      }
    }
  });

  it("has the Excel manifest's four commands with the same Chinese labels, and icons that exist", () => {
    expect(buttons.map((b) => b.label)).toEqual(["打开助手", "插入模板", "检查", "计分"]);
    for (const label of buttons.map((b) => b.label)) expect(manifest).toContain(`DefaultValue="${label}"`);
    const ribbon = createRibbon(new FakeEtApp().asApplication(), { base: "https://x.test/", notify: () => undefined });
    for (const b of buttons) {
      expect(COMMANDS[b.id as keyof typeof COMMANDS]?.label).toBe(b.label);
      const img = ribbon.GetImage({ Id: b.id as string });
      expect(existsSync(join(root, "assets", "icons", img.replace(/^assets\//, "")))).toBe(true);
    }
  });
});

describe("the ribbon's commands", () => {
  const plan = () => buildTemplate("self-eval", { library: builtinLibrary(), profile: builtinProfile(), indicators: builtinLibrary().indicators.slice(0, 3) });

  it("打开助手 opens one task pane docked right and toggles it; 插入模板 and 计分 navigate it to their tab", () => {
    const et = new FakeEtApp();
    const ribbon = createRibbon(et.asApplication(), { base: "https://intranet.test/jixiao/", notify: () => undefined });
    ribbon.OnAction({ Id: "JixiaoOpen" });
    expect(et.panes).toHaveLength(1);
    expect(et.panes[0]).toMatchObject({ url: "https://intranet.test/jixiao/taskpane.html", Visible: true, DockPosition: 2 });
    ribbon.OnAction({ Id: "JixiaoOpen" });
    expect(et.panes[0]?.Visible).toBe(false);
    ribbon.OnAction({ Id: "JixiaoTemplate" });
    expect(et.panes).toHaveLength(1);
    expect(et.panes[0]).toMatchObject({ url: "https://intranet.test/jixiao/taskpane.html?tab=library&action=template", Visible: true });
    ribbon.OnAction({ Id: "JixiaoScore" });
    expect(et.panes[0]?.url).toBe("https://intranet.test/jixiao/taskpane.html?tab=score");
  });

  it("检查 marks the active table's issue cells without the pane, in the store the pane uses", async () => {
    const et = new FakeEtApp();
    et.DisplayAlerts = false;
    await renderPlan(et.asApplication(), plan());
    const said: string[] = [];
    const ribbon = createRibbon(et.asApplication(), { base: "https://x.test/", notify: (t) => said.push(t) });
    await ribbon.check();
    expect(said[0]).toMatch(/^检查完成/);
    const host = new WpsHost(et.asApplication());
    const marked = host.marks.keys();
    expect(marked.length).toBeGreaterThan(0);
    const [sheet, cell] = [marked[0]!.slice(0, marked[0]!.lastIndexOf("!")), marked[0]!.slice(marked[0]!.lastIndexOf("!") + 1)];
    expect(Object.values(MARK_FILL)).toContain(bgrToHex(et.book.sheet(sheet).Range(cell).Interior.Color));
    // The pane, opened later, clears what the ribbon marked.
    await host.mark([]);
    expect(et.book.sheet(sheet).Range(cell).Interior.ColorIndex).toBe(-4142);
  });

  it("says so when there is no table to check", async () => {
    const et = new FakeEtApp();
    const said: string[] = [];
    await createRibbon(et.asApplication(), { base: "https://x.test/", notify: (t) => said.push(t) }).check();
    expect(said).toEqual(["未识别到绩效表格 / no performance table recognised"]);
  });
});
