import builtinJson from "../../../../assets/library/builtin.json";
import { loadLibrary } from "../../../../src/core/library/load";
import { builtinProfile } from "../../../../src/core/profiles/builtin";
import { buildTemplate, templateLayout } from "../../../../src/core/table/templates";
import { recognizeTables } from "../../../../src/core/table/recognize";
import { checkTable } from "../../../../src/core/checks";
import { planToGrids, setCell } from "../../../fixtures/workbooks/plan-grids";

const library = loadLibrary(builtinJson);

function template(profileId = "national-2020", kind: "self-eval" | "monitor" = "self-eval") {
  const profile = builtinProfile(profileId);
  const indicators = library.indicators.filter((i) => i.status.state === "active").slice(0, 3);
  const plan = buildTemplate(kind, { library, profile, indicators });
  return { profile, plan, grids: planToGrids(plan) };
}

const changed = (grids: ReturnType<typeof planToGrids>, profileId = "national-2020") => {
  const t = recognizeTables(grids).tables[0]!;
  return checkTable(t, { profile: builtinProfile(profileId) }).issues.filter((i) => i.code === "score/formula-changed");
};

describe("score/formula-changed covers every formula a Jixiao template writes", () => {
  it("reads back every formula outside the rows and finds them untouched", () => {
    for (const id of ["national-2020", "sichuan-90", "central-2021", "hubei-20"]) {
      const { plan, grids } = template(id);
      const t = recognizeTables(grids).tables[0]!;
      const main = plan.sheets[0]!;
      const layout = templateLayout("self-eval");
      const marker = main.cells.find((c) => c.value === layout.summaryMarker)!;
      const markerRow = Number(/\d+/.exec(marker.addr)![0]);
      const inRows = (a: string) => {
        const r = Number(/\d+/.exec(a)![0]);
        return r >= layout.firstIndicatorRow && r < markerRow;
      };
      // Every formula written outside the indicator rows (row scores have their own check) is read back.
      const written = main.cells.filter((c) => c.formula && !inRows(c.addr)).map((c) => c.addr);
      const covered = new Set((t.formulaCells ?? []).map((c) => c.addr));
      expect(written.filter((a) => !covered.has(a))).toEqual([]);
      expect(changed(grids, id)).toEqual([]);
    }
  });

  it.each([
    ["budget score", (l: ReturnType<typeof templateLayout>) => `${l.budget.columns.score!.letter}${l.budget.lines[0]!.row}`],
    ["budget rate", (l: ReturnType<typeof templateLayout>) => `${l.budget.columns.rate!.letter}${l.budget.lines[0]!.row}`],
  ] as const)("fires when the %s is overwritten with a value", (_what, addrOf) => {
    const { plan, grids } = template();
    const addr = addrOf(templateLayout("self-eval"));
    setCell(grids, plan.sheets[0]!.name, addr, 10, null);
    const found = changed(grids);
    expect(found.map((i) => i.cell)).toEqual([addr]);
    expect(found[0]?.params.state).toBe("overwritten");
  });

  it("fires for a subtotal, the total, the grade and a weight check", () => {
    const { plan, grids } = template();
    const main = plan.sheets[0]!;
    const t = recognizeTables(grids).tables[0]!;
    const byLabel = (re: RegExp) => t.formulaCells!.find((c) => re.test(c.label))!.addr;
    const targets = [byLabel(/^产出指标 小计$/), byLabel(/^总分$/), byLabel(/^评价等级$/)];
    const check = main.cells.find((c) => c.addr.startsWith("C") && c.formula?.includes("正确"))!.addr;
    for (const a of [...targets, check]) setCell(grids, main.name, a, a === check ? "正确" : 90, null);
    const found = changed(grids).map((i) => i.cell).sort();
    expect(found).toEqual([...targets, check].sort());
    const total = changed(grids).find((i) => i.cell === targets[1]);
    expect(total?.indicator).toBe("总分");
  });

  it("an edited (not overwritten) total formula is found too, and the monitor template is covered", () => {
    const { plan, grids } = template("national-2020", "monitor");
    const t = recognizeTables(grids).tables[0]!;
    expect((t.formulaCells ?? []).length).toBeGreaterThan(0);
    const first = t.formulaCells![0]!;
    setCell(grids, plan.sheets[0]!.name, first.addr, null, "SUM(1,2)");
    const found = changed(grids);
    expect(found.map((i) => [i.cell, i.params.state])).toEqual([[first.addr, "edited"]]);
  });

  it("a total saved by LibreOffice (FALSE written FALSE()) is the same formula", () => {
    const { plan, grids } = template();
    const t = recognizeTables(grids).tables[0]!;
    const total = t.formulaCells!.find((c) => c.label === "总分" && c.expected.includes("FALSE"))!;
    expect(total.expected).toContain("=FALSE");
    setCell(grids, plan.sheets[0]!.name, total.addr, null, total.expected.replace(/FALSE/g, "FALSE()"));
    expect(changed(grids)).toEqual([]);
  });
});
