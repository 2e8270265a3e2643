import { readWorkbookGrids } from "../../src/xlsx";
import { handmadeXlsx } from "./handmade";

describe("reader: what other writers put in a sheet", () => {
  it("shared formulas read in each follower with relative references moved, absolute kept", async () => {
    const wb = await readWorkbookGrids(
      handmadeXlsx(
        `<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">A1*$D$1+SUM(A$1:A1)</f><v>2</v></c></row>` +
          `<row r="2"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" si="0"/><v>0</v></c></row>` +
          `<row r="3"><c r="B3"><f t="shared" si="0"/></c></row></sheetData>`,
      ),
      "x.xlsx",
    );
    const g = wb.sheets[0]!;
    expect(g.formulas.map((r) => r[1])).toEqual(["A1*$D$1+SUM(A$1:A1)", "A2*$D$1+SUM(A$1:A2)", "A3*$D$1+SUM(A$1:A3)"]);
    // a cached 0 is kept; no cached value reads as blank
    expect(g.values.map((r) => r[1])).toEqual([2, 0, null]);
  });

  it("inline and shared strings, rich runs, phonetic guides left out, _xHHHH_ decoded", async () => {
    const wb = await readWorkbookGrids(
      handmadeXlsx(
        `<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>行内_x000D_文本</t></is></c><c r="D1" t="s"><v>2</v></c></row></sheetData>`,
        { sharedStrings: ["<t>产出指标</t>", `<r><t>满意</t></r><r><rPr><b/></rPr><t>度</t></r><rPh sb="0" eb="1"><t>マン</t></rPh>`, "<t>_x001B_[2J清屏</t>"] },
      ),
      "x.xlsx",
    );
    expect(wb.sheets[0]!.values[0]).toEqual(["产出指标", "满意度", "行内\r文本", "\u001b[2J清屏"]);
  });

  it("booleans, errors, ISO dates (t=\"d\") as serials, cells and rows without r, namespace prefixes", async () => {
    const wb = await readWorkbookGrids(
      handmadeXlsx(
        `<sheetData><row><c t="b"><v>1</v></c><c t="e"><v>#N/A</v></c><c t="d"><v>2024-12-31T00:00:00Z</v></c></row>` +
          `<x:row xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:c><x:v>7.5</x:v></x:c></x:row></sheetData>`,
      ),
      "x.xlsx",
    );
    expect(wb.sheets[0]!.values).toEqual([
      [true, "#N/A", 45657],
      [7.5, null, null],
    ]);
  });

  it("number formats: custom and built-in ids by style, and a column's format on cells not in the file", async () => {
    const styles = `<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="9"/><xf numFmtId="14"/></cellXfs>`;
    const wb = await readWorkbookGrids(
      handmadeXlsx(`<cols><col min="3" max="3" style="3"/></cols><sheetData><row r="1"><c r="A1" s="1"><v>0.5</v></c><c r="B1" s="2"><v>0.25</v></c><c r="D1" s="0"><v>1</v></c></row></sheetData>`, { styles }),
      "x.xlsx",
    );
    expect(wb.sheets[0]!.numberFormats![0]).toEqual(["0.0%", "0%", "mm-dd-yy", null]);
  });
});
