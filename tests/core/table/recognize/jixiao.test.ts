import builtinJson from "../../../../assets/library/builtin.json";
import { loadLibrary } from "../../../../src/core/library/load";
import { builtinProfile } from "../../../../src/core/profiles/builtin";
import { rowScoreFormula } from "../../../../src/core/scoring/formulas";
import { buildTemplate, templateLayout, rowRefs } from "../../../../src/core/table/templates";
import { recognizeTables } from "../../../../src/core/table/recognize";
import { planToGrids, setCell } from "../../../fixtures/workbooks/plan-grids";

const library = loadLibrary(builtinJson);
const profile = builtinProfile("national-2020");

function template(kind: "self-eval" | "goal") {
  const indicators = library.indicators.filter((i) => i.status.state === "active").slice(0, 3);
  const plan = buildTemplate(kind, { library, profile, indicators, meta: { projectName: "测试项目" } as never });
  return { plan, indicators, grids: planToGrids(plan) };
}

describe("Jixiao templates are read back by their own layout", () => {
  it("reads the stamp, code, operator columns and the score formula of each row", () => {
    const { plan, indicators, grids } = template("self-eval");
    const layout = templateLayout("self-eval");
    const r = recognizeTables(grids);
    expect(r.problems).toEqual([]);
    expect(r.tables).toHaveLength(1);
    const t = r.tables[0];
    expect(t?.layout).toBe("jixiao");
    expect(t?.kind).toBe("self-eval");
    expect(t?.meta.stamp).toEqual(plan.stamp);
    const coded = t?.indicators.filter((i) => i.code?.value) ?? [];
    expect(coded.map((i) => i.code?.value).sort()).toEqual(indicators.map((i) => i.code).sort());
    for (const row of t?.indicators ?? []) {
      const refs = rowRefs(layout, row.row);
      expect(refs).not.toBeNull();
      expect(row.expectedScoreFormula).toBe(rowScoreFormula(refs!, profile));
      expect(row.score?.formula).toBe(row.expectedScoreFormula);
    }
    const first = coded[0];
    const ind = indicators.find((i) => i.code === first?.code?.value);
    expect(first?.name.value).toBe(ind?.name);
    expect(first?.operator?.addr).toBe(`D${first?.row}`);
    expect(t?.budget?.total?.budget?.addr).toBe("F6");
  });

  it("an overwritten score formula is visible against the expected one", () => {
    const { grids } = template("self-eval");
    const before = recognizeTables(grids).tables[0]!;
    const row = before.indicators[0]!;
    setCell(grids, before.sheet, row.score!.addr!, 10, null);
    const after = recognizeTables(grids).tables[0]!.indicators[0]!;
    expect(after.score?.formula).toBeUndefined();
    expect(after.score?.value).toBe(10);
    expect(after.expectedScoreFormula).toBe(row.expectedScoreFormula);
  });

  it("a changed header row falls back to the general reader with a note", () => {
    const { grids } = template("goal");
    const layout = templateLayout("goal");
    setCell(grids, layout.sheetName, `C${layout.headerRow}`, "指标名称");
    const r = recognizeTables(grids);
    expect(r.problems.some((p) => p.code === "recognize/template-mismatch")).toBe(true);
    expect(r.tables[0]?.layout).not.toBe("jixiao");
    expect(r.tables[0]?.meta.stamp?.libraryId).toBe(library.meta.id);
  });
});
