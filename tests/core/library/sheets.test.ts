import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { libraryHash } from "../../../src/core/library/hash";
import { LibraryLoadError, loadLibrary } from "../../../src/core/library/load";
import {
  formatBases,
  formatList,
  INDICATOR_COLUMNS,
  LIBRARY_SHEET_NAMES,
  packageToSheets,
  parseBases,
  parseList,
  sheetsToPackage,
  type LibrarySheets,
} from "../../../src/core/library/sheets";
import type { LibraryPackage } from "../../../src/core/library/schema";
import { samplePackage } from "./fixtures";
import { libraryProblemText } from "../../../src/core/messages/library";

const BUILTIN = join(__dirname, "../../../assets/library/builtin.json");

function expectRoundTrip(pkg: LibraryPackage): void {
  const back = sheetsToPackage(packageToSheets(pkg));
  expect(back).toEqual(pkg);
  expect(libraryHash(back)).toBe(libraryHash(pkg));
}

/** What an Excel round trip does to the arrays: cells become plain JSON values. */
const throughJson = (s: LibrarySheets): LibrarySheets => JSON.parse(JSON.stringify(s)) as LibrarySheets;

function sheetError(sheets: LibrarySheets): LibraryLoadError {
  try {
    sheetsToPackage(sheets);
  } catch (e) {
    if (e instanceof LibraryLoadError) return e;
    throw e;
  }
  throw new Error("expected sheetsToPackage to throw");
}

describe("library workbook layout", () => {
  const pkg = loadLibrary(samplePackage());

  it("writes four sheets with Chinese header rows", () => {
    const sheets = packageToSheets(pkg);
    expect(Object.keys(sheets)).toEqual([...LIBRARY_SHEET_NAMES]);
    expect(sheets.指标[0]).toEqual(INDICATOR_COLUMNS.map((c) => c.header));
    expect(sheets.指标).toHaveLength(pkg.indicators.length + 1);
    expect(sheets.指标体系[0]).toEqual(["一级指标", "一级别名", "二级指标", "二级别名"]);
  });

  it("writes lists, bases, scope and status readably", () => {
    const rows = packageToSheets(pkg).指标;
    const col = (header: string): number => INDICATOR_COLUMNS.findIndex((c) => c.header === header);
    expect(rows[1]?.[col("指标值设定依据")]).toBe("行业标准=≥95%（注：参照省厅通报口径）；历史标准");
    expect(rows[1]?.[col("计算符号")]).toBe("≥");
    expect(rows[2]?.[col("项目类型")]).toBe("培训；会议");
    expect(rows[2]?.[col("唐山分类")]).toBe("人才工程；创新驱动");
    expect(rows[3]?.[col("计算符号")]).toBe("定性");
    expect(rows[3]?.[col("适用阶段")]).toBe("无");
    expect(rows[4]?.[col("状态")]).toBe("停用");
    expect(rows[4]?.[col("替代指标编码")]).toBe("GX-SX-001");
    expect(rows[4]?.[col("建议权重")]).toBe(5.5);
  });

  it("round-trips a package using every optional field", () => {
    expectRoundTrip(pkg);
    expect(sheetsToPackage(throughJson(packageToSheets(pkg)))).toEqual(pkg);
  });

  it("round-trips the built-in library", () => {
    expect(existsSync(BUILTIN)).toBe(true);
    expectRoundTrip(loadLibrary(JSON.parse(readFileSync(BUILTIN, "utf8"))));
  });

  it("falls back to JSON in a cell when the readable form would not read back the same", () => {
    expect(formatList(["a；b", "c"])).toBe('["a；b","c"]');
    expect(parseList(formatList(["a；b", "c"]))).toEqual(["a；b", "c"]);
    expect(parseList("培训; 会议 ；")).toEqual(["培训", "会议"]);
    const odd = [{ basis: "其他标准" as const, reference: "a=b", note: "x；y" }];
    expect(parseBases(formatBases(odd))).toEqual(odd);
    expect(parseBases("行业标准＝≥90%；计划标准")).toEqual([{ basis: "行业标准", reference: "≥90%" }, { basis: "计划标准" }]);
  });

  it("reads what an author types: Excel dates, numbers as text, blank rows, reordered columns", () => {
    const sheets = packageToSheets(pkg);
    const header = sheets.指标[0] as string[];
    const order = header.map((_, i) => i).reverse();
    sheets.指标 = sheets.指标.map((row) => order.map((i) => row[i] ?? null));
    const dateCol = (sheets.指标[0] as string[]).indexOf("停用日期");
    const weightCol = (sheets.指标[0] as string[]).indexOf("建议权重");
    (sheets.指标[4] as unknown[])[dateCol] = 45672; // 2025-01-15 as an Excel serial
    (sheets.指标[4] as unknown[])[weightCol] = "5.5";
    sheets.指标.splice(2, 0, [null, "  "]);
    expect(sheetsToPackage(sheets)).toEqual(pkg);
  });

  it("names the sheet and cell of every problem", () => {
    const sheets = packageToSheets(pkg);
    const col = (header: string): number => INDICATOR_COLUMNS.findIndex((c) => c.header === header);
    (sheets.指标[2] as unknown[])[col("计量单位")] = null;
    (sheets.指标[3] as unknown[])[col("共性/个性")] = "通用";
    (sheets.指标[1] as unknown[])[col("指标值设定依据")] = "政策标准=≥95%";
    const err = sheetError(sheets);
    expect(err.problems.map((p) => p.cell).sort()).toEqual(["指标!G3", "指标!J2", "指标!P4"]);
    expect(err.message).toMatch(/^指标库工作簿不符合格式，共 3 处问题：/);
    expect(err.message).toContain("- 指标!P4：取值不在可选范围内，可选：\"共性\"、\"个性\"");
    expect(err.message).toContain("The library workbook does not match the format (3 problems):");
  });

  it("reports a missing sheet or column", () => {
    const sheets = packageToSheets(pkg) as Partial<LibrarySheets>;
    delete sheets.规则配置;
    expect(libraryProblemText(sheetError(sheets as LibrarySheets).problems[0]!)).toBe("缺少工作表「规则配置」");
    const noCode = packageToSheets(pkg);
    noCode.指标 = noCode.指标.map((r) => r.slice(1));
    expect(sheetError(noCode).problems.some((p) => libraryProblemText(p) === "指标表缺少「指标编码」列")).toBe(true);
  });

  it("accepts plain text typed into a profile value cell", () => {
    const sheets = packageToSheets(pkg);
    const row = sheets.规则配置.find((r) => r[0] === "sichuan-90" && r[1] === "name");
    if (!row) throw new Error("no name row");
    row[2] = "四川省（手工改名）";
    expect(sheetsToPackage(sheets).profiles[1]?.name).toBe("四川省（手工改名）");
  });
});
