import { builtinLibrary, createLibraryView } from "../../src/core/library";
import { builtinProfile } from "../../src/core/profiles/builtin";
import { buildTemplate } from "../../src/core/table/templates/build";
import { columnFor } from "../../src/core/table/templates/layout";
import { MemoryHost } from "../../src/taskpane/host/memory-host";
import { analyze } from "../../src/taskpane/state/analyze";
import { evaluateSheet, FormulaError } from "../../src/taskpane/state/formula";
import { formulaResults } from "../../src/taskpane/components/WorkbookGrid";
import { parseCell } from "../../src/excel/a1";

function sheetOf(cells: Record<string, number | string | { f: string }>) {
  const map = new Map<string, { value: number | string | null; formula?: string }>();
  const list: [number, number, string][] = [];
  for (const [a, v] of Object.entries(cells)) {
    const { row, col } = parseCell(a);
    if (typeof v === "object") {
      map.set(`${row},${col}`, { value: null, formula: v.f });
      list.push([row, col, v.f]);
    } else map.set(`${row},${col}`, { value: v });
  }
  return { results: evaluateSheet({ cell: (r, c) => map.get(`${r},${c}`) }, list), at: (a: string) => { const p = parseCell(a); return `${p.row},${p.col}`; } };
}

describe("formula evaluator (display of the in-memory workbook)", () => {
  it("computes the classic functions templates use", () => {
    const { results, at } = sheetOf({
      A1: "产出指标", A2: "产出指标", A3: "效益指标", B1: 10, B2: 20, B3: 5, C1: 80, C2: 100,
      D1: { f: "SUM(B1:B3)" },
      D2: { f: 'SUMIF($A$1:$A$3,"产出指标",$B$1:$B$3)' },
      D3: { f: 'SUMIFS(B1:B3,A1:A3,"产出指标",B1:B3,">=15")' },
      D4: { f: 'IF(AND(ISNUMBER(C1),ISNUMBER(B1)),ROUND(B1*MIN(C1/100,1),2),"")' },
      D5: { f: 'IF(ISNUMBER(C3),1,"")' },
      D6: { f: "IFERROR(B1/0,-1)" },
      D7: { f: 'IF(ROUND(D1-35,6)=0,"正确","应为 "&35)' },
      D8: { f: "XLOOKUP(1,B1:B3,C1:C3)" },
      D9: { f: "D10+1" },
      D10: { f: "D9+1" },
      D11: { f: 'COUNTIF(A1:A3,"产出指标")' },
    });
    expect(results.get(at("D1"))).toBe(35);
    expect(results.get(at("D2"))).toBe(30);
    expect(results.get(at("D3"))).toBe(20);
    expect(results.get(at("D4"))).toBe(8);
    expect(results.get(at("D5"))).toBe("");
    expect(results.get(at("D6"))).toBe(-1);
    expect(results.get(at("D7"))).toBe("正确");
    expect(results.get(at("D8"))).toBeInstanceOf(FormulaError);
    expect(results.get(at("D9"))).toBeInstanceOf(FormulaError);
    expect(results.get(at("D11"))).toBe(2);
  });

  it("gives the same row scores as the core on a filled self-evaluation template", async () => {
    const library = builtinLibrary();
    const profile = builtinProfile();
    const picks = library.indicators.filter((i) => i.status.state === "active" && !i.block && i.kind === "quantitative" && (i.operator === ">=" || i.operator === "<=")).slice(0, 6);
    const host = new MemoryHost();
    const sheet = await host.insertTemplate(buildTemplate("self-eval", { library, profile, indicators: picks }));
    const col = (k: Parameters<typeof columnFor>[1]) => columnFor("self-eval", k)!.letter;
    picks.forEach((p, i) => {
      const r = host.findText(sheet, p.name)!.replace(/^[A-Z]+/, "");
      host.setCell(sheet, `${col("target")}${r}`, 100);
      host.setCell(sheet, `${col("weight")}${r}`, 10);
      host.setCell(sheet, `${col("actual")}${r}`, [80, 100, 120, 50, 90, 100][i]!);
    });
    const a = analyze(await host.read(), profile, createLibraryView(library));
    const results = formulaResults(host.sheetGrid(sheet)!);
    const at = a.tables[0]!;
    let compared = 0;
    for (const f of at.facts.rows) {
      const cell = f.row.score;
      if (!cell?.addr || !cell.formula) continue;
      const { row, col: c } = parseCell(cell.addr);
      const got = results.get(`${row},${c}`);
      const want = at.facts.score(f)?.score ?? null;
      if (want === null) continue;
      expect(typeof got).toBe("number");
      expect(got as number).toBeCloseTo(want, 6);
      compared++;
    }
    expect(compared).toBe(picks.length);
  });
});
