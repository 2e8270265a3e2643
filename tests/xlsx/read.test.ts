import { mkdtempSync, readFileSync, writeFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createHash } from "node:crypto";
import ExcelJS from "exceljs";
import { readWorkbookGrids, WorkbookReadError } from "../../src/xlsx";

const dir = mkdtempSync(join(tmpdir(), "jixiao-read-"));

async function sampleBuffer(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("自评表");
  ws.getCell("A1").value = "项目支出绩效自评表";
  ws.mergeCells("A1:D1");
  ws.getCell("A2").value = 12.5;
  ws.getCell("B2").value = 7.5;
  ws.getCell("C2").value = { formula: "A2+B2", result: 20 };
  ws.getCell("D2").value = new Date(Date.UTC(2024, 11, 31));
  ws.getCell("D2").numFmt = "yyyy-mm-dd";
  // Falsy cached results must survive (exceljs's cell.value drops them).
  ws.getCell("E2").value = { formula: "A2-A2", result: 0 };
  ws.getCell("E3").value = { formula: "IF(A2>0,\"\",1)", result: "" };
  ws.getCell("A3").value = { richText: [{ text: "产出" }, { font: { bold: true }, text: "指标" }] };
  ws.getCell("B3").value = true;
  ws.getCell("C3").value = { formula: "1/0", result: { error: "#DIV/0!" } };
  ws.getCell("D3").value = { text: "链接", hyperlink: "https://example.org" };
  ws.mergeCells("A4:A6");
  ws.getCell("A4").value = "一级";
  const hidden = wb.addWorksheet("_jixiao", { state: "hidden" });
  hidden.getCell("B2").value = "builtin";
  wb.definedNames.add("'_jixiao'!$B$2", "JIXIAO_LIBRARY");
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("readWorkbookGrids", () => {
  let buf: Buffer;
  beforeAll(async () => {
    buf = await sampleBuffer();
  });

  it("reads values, formulas, dates, rich text and merged ranges", async () => {
    const wb = await readWorkbookGrids(buf, "sample.xlsx");
    expect(wb.name).toBe("sample.xlsx");
    const g = wb.sheets[0]!;
    expect(g.sheet).toBe("自评表");
    expect(g.origin).toEqual({ row: 1, col: 1 });
    expect(g.values[0]![0]).toBe("项目支出绩效自评表");
    // merged followers read as empty, like Office.js
    expect(g.values[0]![1]).toBeNull();
    expect(g.values[1]!.slice(0, 3)).toEqual([12.5, 7.5, 20]);
    expect(g.formulas[1]![2]).toBe("A2+B2");
    expect(g.formulas[1]![0]).toBeNull();
    expect(g.values[1]![3]).toBe(45657); // 2024-12-31
    expect(g.values[2]![0]).toBe("产出指标");
    expect(g.values[2]![1]).toBe(true);
    expect(g.values[2]![2]).toBe("#DIV/0!");
    expect(g.values[2]![3]).toBe("链接");
    expect(g.values[4]![0]).toBeNull();
    expect(g.merges.sort()).toEqual(["A1:D1", "A4:A6"]);
    expect(g.numberFormats?.[1]?.[3]).toBe("yyyy-mm-dd");
    expect(g.values[1]![4]).toBe(0);
    expect(g.formulas[1]![4]).toBe("A2-A2");
    // an empty-text result is stored without a value, so it reads as blank
    expect(g.values[2]![4]).toBeNull();
  });

  it("includes hidden sheets and defined names", async () => {
    const wb = await readWorkbookGrids(buf);
    expect(wb.sheets.map((s) => s.sheet)).toEqual(["自评表", "_jixiao"]);
    expect(wb.sheets[1]!.values[1]![1]).toBe("builtin");
    expect(wb.definedNames?.JIXIAO_LIBRARY).toBe("'_jixiao'!$B$2");
  });

  it("reads from a path without touching the file", async () => {
    const p = join(dir, "sample.xlsx");
    writeFileSync(p, buf);
    const before = createHash("sha256").update(readFileSync(p)).digest("hex");
    const mtime = statSync(p).mtimeMs;
    const wb = await readWorkbookGrids(p);
    expect(wb.name).toBe("sample.xlsx");
    expect(createHash("sha256").update(readFileSync(p)).digest("hex")).toBe(before);
    expect(statSync(p).mtimeMs).toBe(mtime);
  });

  it("accepts an ArrayBuffer", async () => {
    const ab = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
    const wb = await readWorkbookGrids(ab as ArrayBuffer, "x.xlsx");
    expect(wb.sheets).toHaveLength(2);
  });

  const cfb = (extra: string): Buffer =>
    Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from(extra, "utf16le")]);

  it.each([
    ["empty", Buffer.alloc(0), "empty", /空的/],
    ["text", Buffer.from("一级指标,二级指标\n产出指标,数量指标\n"), "not-spreadsheet", /不是 Excel 工作簿/],
    ["encrypted", cfb("EncryptionInfo"), "encrypted", /打开密码/],
    ["legacy xls", cfb("Workbook"), "legacy-xls", /\.xls/],
    ["broken zip", Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 7)]), "unreadable", /无法读取/],
  ])("rejects %s input with a typed bilingual error", async (_label, input, problem, zh) => {
    const err = await readWorkbookGrids(input as Buffer, "bad.xlsx").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WorkbookReadError);
    expect((err as WorkbookReadError).problem).toBe(problem);
    expect((err as Error).message).toMatch(zh as RegExp);
    expect((err as Error).message).toMatch(/ \/ [A-Za-z]/);
  });

  it("reports a missing file", async () => {
    await expect(readWorkbookGrids(join(dir, "nope.xlsx"))).rejects.toMatchObject({ problem: "not-found" });
  });
});
