/**
 * Keeps the fake ET model honest: each test encodes one documented behaviour of the real object model, with
 * its source. Sources (full list in docs/wps-api.md):
 *  [DECL]  npm et-jsapi-declare 2.5.0 (Kingsoft's declarations for WPS 表格 add-ins): lib.et.d.ts, addon.et.d.ts, index.d.ts
 *  [JSM]   WPS JS 宏 Range notes, https://blog.csdn.net/qq_61913010/article/details/143450258
 *  [AS]    WPS AirScript / ET API reference, https://airsheet.wps.cn/docs/apiV2/excel/workbook/ (same object model)
 *  [VBA]   Microsoft Excel VBA reference, https://learn.microsoft.com/office/vba/api/ (ET mirrors it)
 *  [KB]    Microsoft KB 895562, conditional-format formulas relative to the active cell (quoted at
 *          http://www.dynamicweb-solutions.com/?page=cms-view-item&id=23 and https://www.mrexcel.com/board/threads/conditional-formatting-through-vba.327576/)
 */
import { FakeEtApp } from "./fake-et";
import { a1ToR1C1, r1c1ToA1 } from "./r1c1";

const app = (sheets = ["Sheet1"]): FakeEtApp => new FakeEtApp(sheets);

describe("fake ET: cells and values", () => {
  it("counts Cells(row, col) from 1 [DECL Range.Cells; VBA Range.Cells]", () => {
    const a = app();
    const ws = a.book.sheet("Sheet1");
    ws.Cells(1, 1).Value2 = "左上";
    expect(ws.Range("A1").Value2).toBe("左上");
    ws.Cells(3, 2).Value2 = 5;
    expect(ws.Range("B3").Value2).toBe(5);
    expect(() => ws.Cells(0, 1)).toThrow(/from 1/);
  });

  it("gives a scalar for one cell and rows of cells for a block [JSM: Range(\"A1\").Value2 is the value, Range(\"A1:B2\").Value2 a 2-D array Arr[r][c]]", () => {
    const ws = app().book.sheet("Sheet1");
    ws.Range("A1:B2").Value2 = [[1, "x"], [true, 2.5]];
    expect(ws.Range("A1").Value2).toBe(1);
    expect(ws.Range("A1:B2").Value2).toEqual([[1, "x"], [true, 2.5]]);
    expect(ws.Range("A1:A2").Value2).toEqual([[1], [true]]);
    expect(ws.Range("C9").Value2).toBeUndefined();
  });

  it("fills every cell when a scalar is written to a block [JSM: 直接对一个区域进行赋值…全部赋上相同的值]", () => {
    const ws = app().book.sheet("Sheet1");
    ws.Range("A1:B2").Value2 = 7;
    expect(ws.Range("A1:B2").Value2).toEqual([[7, 7], [7, 7]]);
  });

  it("accepts A1 addresses with $ and reports them with $ [VBA Range.Address: absolute by default]", () => {
    const ws = app().book.sheet("Sheet1");
    ws.Range("$B$2:$C$3").Value2 = [[1, 2], [3, 4]];
    expect(ws.Range("C3").Value2).toBe(4);
    expect(ws.Range("B2:C3").Address()).toBe("$B$2:$C$3");
    expect(ws.Range("B2:C3").Address(false, false)).toBe("B2:C3");
  });

  it("keeps Value2 numbers raw: a date is its serial number [VBA Range.Value2: no Currency or Date types]", () => {
    const ws = app().book.sheet("Sheet1");
    ws.Range("A1").Value2 = 45658; // 2025-01-01
    ws.Range("A1").NumberFormat = "yyyy-mm-dd";
    expect(ws.Range("A1").Value2).toBe(45658);
  });

  it("stores text written with a leading apostrophe as text, and text starting with = as a formula [VBA Range.Value; Excel's prefix character]", () => {
    const ws = app().book.sheet("Sheet1");
    ws.Range("A1").Value2 = "'=不是公式";
    ws.Range("A2").Value2 = "=SUM(B1:B2)";
    expect(ws.Range("A1").Value2).toBe("=不是公式");
    expect(ws.Range("A1").HasFormula).toBe(false);
    expect(ws.Range("A2").HasFormula).toBe(true);
  });

  it("gives the used range as the rectangle of used cells, and A1 on an empty sheet [DECL Worksheet.UsedRange; VBA Worksheet.UsedRange]", () => {
    const ws = app().book.sheet("Sheet1");
    expect(ws.UsedRange.Address()).toBe("$A$1");
    ws.Range("C3").Value2 = 1;
    ws.Range("E7").Interior.Color = 255;
    const u = ws.UsedRange;
    expect([u.Row, u.Column, u.Rows.Count, u.Columns.Count]).toEqual([3, 3, 5, 3]);
  });
});

describe("fake ET: formulas", () => {
  it("reads Formula as the formula text, or the value as text where there is none [JSM: Formula取的是公式本身，无公式则与Value2相同]", () => {
    const ws = app().book.sheet("Sheet1");
    ws.Range("A1").Value2 = 3;
    ws.Range("B1").Formula = "=IF(ISNUMBER(A1),A1*2,\"\")";
    expect(ws.Range("A1:B1").Formula).toEqual([["3", '=IF(ISNUMBER(A1),A1*2,"")']]);
    expect(ws.Range("A1:B1").HasFormula).toBeNull();
  });

  it("adjusts a formula written to a block cell by cell [JSM: 对多个单元格的区域直接使用Formula赋值…会自适应赋值]", () => {
    const ws = app().book.sheet("Sheet1");
    ws.Range("A1:B2").Formula = "=SUM(E10:F10)";
    expect(ws.Range("A1").Formula).toBe("=SUM(E10:F10)");
    expect(ws.Range("B1").Formula).toBe("=SUM(F10:G10)");
    expect(ws.Range("A2").Formula).toBe("=SUM(E11:F11)");
  });

  it("takes English function names; an unknown name is #NAME? [VBA Range.Formula is in English, FormulaLocal in the user's language]", () => {
    const ws = app().book.sheet("Sheet1");
    ws.Range("A1").Formula = "=ROUND(1.25,1)";
    ws.Range("A2").Formula = "=求和(B1:B2)";
    expect(ws.Range("A1").Value2).toBeUndefined(); // the fake does not calculate
    expect(ws.Range("A2").Value2).toBe("#NAME?");
  });

  it("converts FormulaR1C1 relative to the cell [DECL Range.FormulaR1C1; VBA Range.FormulaR1C1]", () => {
    const ws = app().book.sheet("Sheet1");
    ws.Range("C5").Formula = '=IF(ISNUMBER(A5),MIN($H$1,B5*2),"A5")';
    expect(ws.Range("C5").FormulaR1C1).toBe('=IF(ISNUMBER(RC[-2]),MIN(R1C8,RC[-1]*2),"A5")');
    ws.Range("C9").FormulaR1C1 = ws.Range("C5").FormulaR1C1;
    expect(ws.Range("C9").Formula).toBe('=IF(ISNUMBER(A9),MIN($H$1,B9*2),"A5")');
    expect(r1c1ToA1(a1ToR1C1("=SUM(I5:I204)", 205, 8), 205, 8)).toBe("=SUM(I5:I204)");
  });
});

describe("fake ET: formats, merges, validation, conditional formats", () => {
  it("gives NumberFormat and MergeCells as null when a range mixes them [VBA MergeCells (Office 2003 reference): Null if the range contains all or part of a merged cell and other cells]", () => {
    const ws = app().book.sheet("Sheet1");
    ws.Range("A1:B1").NumberFormat = "0.00";
    expect(ws.Range("A1:B1").NumberFormat).toBe("0.00");
    expect(ws.Range("A1:C1").NumberFormat).toBeNull();
    ws.Range("A3:C3").Merge();
    expect(ws.Range("A3:C3").MergeCells).toBe(true);
    expect(ws.Range("A2:C3").MergeCells).toBeNull();
    expect(ws.Range("A5:C5").MergeCells).toBe(false);
    expect(ws.Range("B3").MergeArea.Address(false, false)).toBe("A3:C3");
    expect(ws.Range("B7").MergeArea.Address(false, false)).toBe("B7");
  });

  it("keeps only the top-left value of a merge and asks first unless alerts are off [VBA Range.Merge]", () => {
    const a = app();
    const ws = a.book.sheet("Sheet1");
    ws.Range("A1:B1").Value2 = [["留", "丢"]];
    a.DisplayAlerts = false;
    ws.Range("A1:B1").Merge();
    expect(ws.Range("A1:B1").Value2).toEqual([["留", undefined]]);
    expect(a.dialogs).toEqual([]);
  });

  it("holds colours as BGR longs and tells no fill by ColorIndex xlColorIndexNone (-4142) [AS Interior.ColorIndex; VBA ColorIndex: set xlColorIndexNone for no fill; RGB(r,g,b)]", () => {
    const ws = app().book.sheet("Sheet1");
    expect(ws.Range("A1").Interior.ColorIndex).toBe(-4142);
    expect(ws.Range("A1").Interior.Color).toBe(16777215); // an unfilled cell reads as white
    ws.Range("A1").Interior.Color = 0x0000ff; // RGB(255,0,0): red
    expect(ws.at("A1")?.fill).toBe(255);
    expect(ws.Range("A1").Interior.ColorIndex).not.toBe(-4142);
    ws.Range("A1").Interior.ColorIndex = -4142;
    expect(ws.Range("A1").Interior.ColorIndex).toBe(-4142);
  });

  it("refuses a second validation rule until the first is deleted [VBA Validation.Add examples call .Delete first; DECL XlDVType xlValidateList = 3]", () => {
    const ws = app().book.sheet("Sheet1");
    const v = ws.Range("A1:A3").Validation;
    v.Add(3, 1, 1, "甲,乙");
    expect(ws.at("A2")?.validation?.Formula1).toBe("甲,乙");
    expect(() => ws.Range("A2").Validation.Add(3, 1, 1, "丙")).toThrow(/Delete it first/);
    ws.Range("A1:A3").Validation.Delete();
    ws.Range("A1:A3").Validation.Add(2, 1, 1, "0", "100");
    expect(ws.Range("A1").Validation.Type).toBe(2);
    expect(ws.Range("A1").Validation.Formula2).toBe("100");
  });

  it("reads a conditional format's relative references from the active cell [KB 895562]", () => {
    const a = app();
    const ws = a.book.sheet("Sheet1");
    ws.Range("C2").Select();
    // With C2 active, "=C2>0" means "this cell > 0", so on A1:A3 it reads A1 from A1: the rule meant.
    ws.Range("A1:A3").FormatConditions.Add(2, undefined, "=C2>0");
    expect(ws.conditionFormulas()[0]?.formula).toBe("=A1>0");
    // With A1 active, "=B1>0" means "the cell to the right", so on B1:B3 it reads C1: not the rule meant.
    ws.Range("A1").Select();
    ws.Range("B1:B3").FormatConditions.Add(2, undefined, "=B1>0");
    expect(ws.conditionFormulas()[1]?.formula).toBe("=C1>0");
    ws.Range("B1").Select();
    ws.Range("B1:B3").FormatConditions.Add(2, undefined, "=B1>0");
    expect(ws.conditionFormulas()[2]?.formula).toBe("=B1>0");
  });
});

describe("fake ET: sheets, protection, names", () => {
  it("adds a sheet and makes it the active one [AS Worksheets.Add: 新建的工作表将成为活动工作表]", () => {
    const a = app();
    const s = a.book.Worksheets.Add(undefined, a.book.Worksheets.Item(1));
    expect(a.ActiveSheet).toBe(s);
    expect(a.book.Worksheets.Item(2)).toBe(s);
    s.Name = "自评表";
    expect(a.book.Worksheets.Item("自评表")).toBe(s);
  });

  it("refuses taken and invalid sheet names, and a missing Item [VBA Worksheet.Name rules; VBA subscript out of range]", () => {
    const a = app(["甲", "乙"]);
    expect(() => { a.book.sheet("乙").Name = "甲"; }).toThrow(/taken/);
    expect(() => { a.book.sheet("乙").Name = "a/b"; }).toThrow(/invalid/);
    expect(() => a.book.Worksheets.Item("丙")).toThrow(/subscript/);
  });

  it("refuses writes to locked cells of a protected sheet, allows unlocked ones, and formatting only when allowed [VBA Worksheet.Protect: Contents protects the locked cells; AllowFormattingCells]", () => {
    const ws = app().book.sheet("Sheet1");
    ws.Range("B1").Locked = false;
    ws.Protect(undefined, true, true, undefined, false, true);
    expect(() => { ws.Range("A1").Value2 = 1; }).toThrow(/受保护/);
    ws.Range("B1").Value2 = 2;
    ws.Range("A1").Interior.Color = 255;
    ws.Unprotect();
    ws.Protect();
    expect(() => { ws.Range("A1").Interior.Color = 0; }).toThrow(/formatting/);
  });

  it("hides a sheet with Visible = xlSheetHidden (0) but keeps one visible [DECL XlSheetVisibility]", () => {
    const a = app(["甲", "乙"]);
    a.book.sheet("乙").Visible = 0;
    expect(a.book.sheet("乙").Visible).toBe(0);
    expect(() => { a.book.sheet("甲").Visible = 0; }).toThrow(/visible/);
  });

  it("keeps names with their RefersTo formula [DECL Names.Add(Name, RefersTo); VBA Names.Add]", () => {
    const a = app();
    a.book.Names.Add("JIXIAO_LIBRARY", "='_jixiao'!$B$1");
    expect(a.book.Names.Item("jixiao_library").RefersTo).toBe("='_jixiao'!$B$1");
    expect(a.book.Names.Item(1).Name).toBe("JIXIAO_LIBRARY");
  });

  it("moves rows and adjusts formulas when rows are inserted [VBA Range.Insert xlShiftDown = -4121]", () => {
    const ws = app().book.sheet("Sheet1");
    ws.Range("A5:A6").Value2 = [[1], [2]];
    ws.Range("A8").Formula = "=SUM(A5:A6)";
    ws.Range("6:6").EntireRow.Insert(-4121);
    expect(ws.Range("A7").Value2).toBe(2);
    expect(ws.Range("A9").Formula).toBe("=SUM(A5:A7)");
  });
});

describe("fake ET: events and storage", () => {
  it("calls SheetChange listeners with the sheet and range, only while EnableEvents is on [DECL addon.et.d.ts AddApiEventListener('SheetChange', (WorkSheet, Range) => void); VBA Application.EnableEvents]", () => {
    const a = app();
    const seen: string[] = [];
    const l = (sh: unknown, r: unknown): void => void seen.push(`${(sh as { Name: string }).Name}!${(r as { Address(a: boolean, b: boolean): string }).Address(false, false)}`);
    a.ApiEvent.AddApiEventListener("SheetChange", l);
    a.type("Sheet1", "B2", 5);
    a.EnableEvents = false;
    a.type("Sheet1", "B3", 6);
    a.EnableEvents = true;
    a.ApiEvent.RemoveApiEventListener("SheetChange", l);
    a.type("Sheet1", "B4", 7);
    expect(seen).toEqual(["Sheet1!B2"]);
  });

  it("shares PluginStorage strings across the add-in's pages [DECL index.d.ts PluginStorage: 不会被持久化…不同网页间共享数据]", () => {
    const a = app();
    a.PluginStorage.setItem("k", "v");
    expect(a.PluginStorage.getItem("k")).toBe("v");
    a.PluginStorage.removeItem("k");
    expect(a.PluginStorage.getItem("k")).toBeUndefined();
  });
});
