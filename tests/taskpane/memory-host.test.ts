import { MemoryHost } from "../../src/taskpane/host/memory-host";
import { analyze } from "../../src/taskpane/state/analyze";
import { builtinLibrary, createLibraryView } from "../../src/core/library";
import { builtinProfile } from "../../src/core/profiles/builtin";
import { buildTemplate } from "../../src/core/table/templates/build";

describe("MemoryHost", () => {
  it("applies a template plan, inserts indicators into the recognised table and re-scores", async () => {
    const library = builtinLibrary();
    const profile = builtinProfile();
    const view = createLibraryView(library);
    const host = new MemoryHost();
    const changes = jest.fn();
    host.subscribe(changes);
    const picks = library.indicators.filter((i) => i.kind === "quantitative" && i.status.state === "active").slice(0, 2);
    const sheet = await host.insertTemplate(buildTemplate("self-eval", { library, profile, indicators: picks }));
    expect(changes).toHaveBeenCalledTimes(1);
    const a = analyze(await host.read(), profile, view);
    expect(a.tables).toHaveLength(1);
    expect(a.tables[0]?.table.sheet).toBe(sheet);
    const names = a.tables[0]?.table.indicators.map((r) => r.name.value) ?? [];
    expect(names).toEqual(expect.arrayContaining(picks.map((p) => p.name)));
    const extra = library.indicators.find((i) => i.level1 === "满意度指标" && i.status.state === "active");
    await host.insertIndicators(a.tables[0]!.table, [extra!]);
    const b = analyze(await host.read(), profile, view);
    expect(b.tables[0]?.table.indicators.map((r) => r.name.value)).toContain(extra!.name);
    expect(b.issues.filter((i) => i.table === 0).length).toBeGreaterThan(0);
  });
});
