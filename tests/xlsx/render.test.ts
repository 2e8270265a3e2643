import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { builtinLibrary } from "../../src/core/library/builtin";
import { builtinProfile } from "../../src/core/profiles/builtin";
import { buildTemplate, templateLayout, STAMP_NAMES, TemplatePlanError } from "../../src/core/table/templates";
import { zipPart } from "./zip-part";
import { renderWorkbook, writeWorkbookPlan, readWorkbookGrids, WorkbookWriteError } from "../../src/xlsx";

const library = builtinLibrary();
const profile = builtinProfile();
const dir = mkdtempSync(join(tmpdir(), "jixiao-render-"));
const evil = { ...library.indicators[0]!, name: "=HYPERLINK(\"http://x\",\"y\")", code: "ZZ-EVIL" };
const plan = buildTemplate("self-eval", { library, profile, indicators: [evil, ...library.indicators.slice(1, 5)], meta: { projectName: "-1+2" }, rowsPerLevel2: 1 });

/** The raw XML of one part of an .xlsx, for what exceljs's reader would hide. */
const part = async (buf: Buffer, name: string): Promise<string> => zipPart(buf, name);

describe("renderWorkbook / writeWorkbookPlan", () => {
  let buf: Buffer;
  beforeAll(async () => {
    buf = Buffer.from(await renderWorkbook(plan).xlsx.writeBuffer());
  });

  it("writes text that looks like a formula as a string cell, never a formula", async () => {
    const xml = await part(buf, "xl/worksheets/sheet1.xml");
    const codeCell = plan.sheets[0]!.cells.find((c) => c.value === "ZZ-EVIL")!;
    const row = Number(codeCell.addr.replace(/^[A-Z]+/, ""));
    const nameCell = new RegExp(`<c r="C${row}"[^>]*>(.*?)</c>`).exec(xml)![0];
    expect(nameCell).toContain('t="s"');
    expect(nameCell).not.toContain("<f>");
    expect(/<c r="C3"[^>]*t="s"/.test(xml)).toBe(true);
    const wb = await readWorkbookGrids(buf, "t.xlsx");
    const g = wb.sheets[0]!;
    expect(g.values[row - 1]![2]).toBe(evil.name);
    expect(g.formulas[row - 1]![2]).toBeNull();
    expect(g.values[2]![2]).toBe("-1+2");
  });

  it("protects sheets without a password, hides helper sheets and the code column", async () => {
    const xml = await part(buf, "xl/worksheets/sheet1.xml");
    expect(xml).toMatch(/<sheetProtection [^>]*sheet="1"/);
    expect(xml).not.toMatch(/hashValue|password=/);
    const wbXml = await part(buf, "xl/workbook.xml");
    expect(wbXml).toMatch(/name="_lists"[^>]*state="hidden"|state="hidden"[^>]*name="_lists"/);
    expect(wbXml).toMatch(/JIXIAO_HASH/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getColumn("N").hidden).toBe(true);
    expect(ws.getCell(`K${templateLayout("self-eval").firstIndicatorRow}`).protection?.locked).not.toBe(false);
    expect(ws.getCell(`I${templateLayout("self-eval").firstIndicatorRow}`).protection?.locked).toBe(false);
    // Only formula cells are locked: a header and a blank cell beside the form are the person's.
    expect(ws.getCell(`A${templateLayout("self-eval").headerRow}`).protection?.locked).toBe(false);
    expect(ws.getColumn("Z").protection?.locked).toBe(false);
  });

  it("writes the print setup: A4 landscape fit to width, print area and titles, footer, frozen header, formats allowed", async () => {
    const xml = await part(buf, "xl/worksheets/sheet1.xml");
    expect(xml).toMatch(/<pageSetup [^>]*paperSize="9"/);
    expect(xml).toMatch(/<pageSetup [^>]*orientation="landscape"/);
    expect(xml).toMatch(/<pageSetup [^>]*fitToWidth="1"/);
    expect(xml).toMatch(/<pageSetup [^>]*fitToHeight="0"/);
    expect(xml).toMatch(/<pageSetup [^>]*blackAndWhite="1"/);
    expect(xml).toMatch(/<oddFooter>&amp;L&amp;8指标库 .*&amp;C.*&amp;P.*&amp;N/);
    expect(xml).toMatch(/<pane [^>]*ySplit="12"[^>]*state="frozen"/);
    // Only formula cells are locked: formats, rows and columns may be changed by the person.
    for (const a of ["formatCells", "formatColumns", "formatRows", "insertRows", "sort", "autoFilter"]) {
      expect(xml).toMatch(new RegExp(`<sheetProtection [^>]*${a}="0"`));
    }
    const wbXml = await part(buf, "xl/workbook.xml");
    expect(wbXml).toMatch(/_xlnm\.Print_Area[^>]*>&apos;项目支出绩效自评表&apos;!\$A\$1:\$L\$\d+</);
    expect(wbXml).toMatch(/_xlnm\.Print_Titles[^>]*>&apos;项目支出绩效自评表&apos;!\$12:\$12</);
  });

  it("writes validations, conditional formats and the stamp names", async () => {
    const xml = await part(buf, "xl/worksheets/sheet1.xml");
    expect((xml.match(/<dataValidation /g) ?? []).length).toBeGreaterThanOrEqual(plan.sheets[0]!.validations.length);
    expect(xml).toContain("INDEX(&apos;_lists&apos;!$D$2");
    expect((xml.match(/<cfRule /g) ?? []).length).toBe(plan.sheets[0]!.conditionalFormats.length);
    const wb = await readWorkbookGrids(buf, "t.xlsx");
    for (const n of Object.values(STAMP_NAMES)) expect(wb.definedNames?.[n]).toMatch(/^'?_jixiao'?!\$B\$\d$/);
    expect(wb.sheets.map((s) => s.sheet)).toEqual(["项目支出绩效自评表", "_lists", "_jixiao"]);
    expect(wb.sheets[0]!.merges).toContain("A1:L1");
  });

  it("refuses to overwrite unless asked, and leaves no temporary file", async () => {
    const path = join(dir, "out.xlsx");
    await writeWorkbookPlan(plan, path);
    const first = readFileSync(path);
    await expect(writeWorkbookPlan(plan, path)).rejects.toBeInstanceOf(WorkbookWriteError);
    await expect(writeWorkbookPlan(plan, path)).rejects.toThrow(/已存在/);
    await writeWorkbookPlan(plan, path, { overwrite: true });
    expect(readdirSync(dir)).toEqual(["out.xlsx"]);
    expect(first.subarray(0, 2).toString()).toBe("PK");
  });

  it("writes nothing when the plan is invalid", async () => {
    const bad = { ...plan, sheets: [{ ...plan.sheets[0]!, cells: [{ addr: "A1", formula: "INDIRECT(\"A2\")" }] }, ...plan.sheets.slice(1)] };
    const path = join(dir, "bad.xlsx");
    await expect(writeWorkbookPlan(bad, path)).rejects.toBeInstanceOf(TemplatePlanError);
    expect(readdirSync(dir)).not.toContain("bad.xlsx");
    expect(readdirSync(dir).some((f) => f.endsWith(".tmp"))).toBe(false);
  });

  it("keeps an existing file when writing fails", async () => {
    const path = join(dir, "keep.xlsx");
    writeFileSync(path, "original");
    await expect(writeWorkbookPlan(plan, join(dir, "missing-dir", "x.xlsx"))).rejects.toBeInstanceOf(WorkbookWriteError);
    expect(readFileSync(path, "utf8")).toBe("original");
  });
});
