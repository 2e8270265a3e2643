import { readWorkbookGrids, WorkbookReadError } from "../../src/xlsx";
import { claimSize, handmadeXlsx } from "./handmade";

/** Refused fast, with a typed, Chinese-first error; never a grid allocated from the claim. */
async function refused(buf: Buffer): Promise<WorkbookReadError> {
  const t0 = performance.now();
  const err = await readWorkbookGrids(buf, "bad.xlsx").catch((e: unknown) => e);
  expect(performance.now() - t0).toBeLessThan(2000);
  expect(err).toBeInstanceOf(WorkbookReadError);
  expect((err as WorkbookReadError).problem).toBe("too-large");
  expect((err as Error).message).toMatch(/^“bad\.xlsx”超出可检查的范围/);
  expect((err as Error).message).toMatch(/ \/ bad\.xlsx is too large/);
  return err as WorkbookReadError;
}

describe("reader limits: a hostile workbook is refused before anything is expanded", () => {
  it("a dimension claiming the whole sheet (A1:XFD1048576)", async () => {
    await refused(handmadeXlsx(`<dimension ref="A1:XFD1048576"/><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>`));
  });

  it("a merge over the whole sheet", async () => {
    await refused(handmadeXlsx(`<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>`));
  });

  it("many overlapping merges that together would cover far more than a sheet", async () => {
    const merges = Array.from({ length: 5000 }, () => `<mergeCell ref="A1:Z1000"/>`).join("");
    await refused(handmadeXlsx(`<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><mergeCells>${merges}</mergeCells>`));
  });

  it("two far-apart cells that would make a grid of billions", async () => {
    await refused(handmadeXlsx(`<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>2</v></c></row></sheetData>`));
  });

  it("a part whose directory claims more than the per-part limit (zip bomb)", async () => {
    const zip = handmadeXlsx(`<sheetData/>`);
    await refused(claimSize(zip, "xl/worksheets/sheet1.xml", 1_500_000_000));
  });

  it("a part that lies small is cut at its stated size, not inflated past it", async () => {
    const big = `<sheetData>${Array.from({ length: 2000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join("")}</sheetData>`;
    const err = await readWorkbookGrids(claimSize(handmadeXlsx(big), "xl/worksheets/sheet1.xml", 100), "x.xlsx").catch((e: unknown) => e);
    expect((err as WorkbookReadError).problem).toBe("unreadable");
  });

  it("a style-only cell far away does not widen the grid past the cap (kept readable)", async () => {
    const wb = await readWorkbookGrids(handmadeXlsx(`<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="XFD1" s="0"/></row><row r="1048576" s="0"/></sheetData>`), "x.xlsx");
    expect(wb.sheets[0]!.values.length * wb.sheets[0]!.values[0]!.length).toBeLessThanOrEqual(2_000_000);
    expect(wb.sheets[0]!.values[0]![0]).toBe(1);
  });
});
