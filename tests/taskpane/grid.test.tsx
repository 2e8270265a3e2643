/** @jest-environment jsdom */
import * as React from "react";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { WorkbookGrid, parseTyped } from "../../src/taskpane/components/WorkbookGrid";
import { Busy } from "../../src/taskpane/components/Notice";
import { MemoryHost } from "../../src/taskpane/host/memory-host";
import { EMPTY_ANALYSIS } from "../../src/taskpane/state/empty";
import type { Analysis } from "../../src/taskpane/state/analyze";
import { STRINGS } from "../../src/taskpane/i18n";

const t = STRINGS["zh-CN"];
beforeAll(() => {
  Element.prototype.scrollIntoView = jest.fn();
});

function hostWithSheet(): MemoryHost {
  const host = new MemoryHost();
  host.load({
    name: "t",
    sheets: [{ sheet: "表1", origin: { row: 1, col: 1 }, values: [["项目支出绩效自评表", null, null], ["培训人次", 100, null]], formulas: [[null, null, null], [null, null, "B2*2"]], merges: ["A1:C1"] }],
    definedNames: {},
  });
  return host;
}

describe("WorkbookGrid (the in-memory workbook outside Office)", () => {
  it("is a grid with merged cells and formula results, and typing into a cell writes the workbook", () => {
    const host = hostWithSheet();
    render(<FluentProvider theme={webLightTheme}><WorkbookGrid host={host} analysis={EMPTY_ANALYSIS} t={t} lang="zh-CN" /></FluentProvider>);
    const grid = screen.getByRole("grid");
    expect(grid.querySelector('[data-addr="A1"]')?.getAttribute("colspan")).toBe("3");
    expect(grid.querySelector('[data-addr="B1"]')).toBeNull();
    expect(grid.querySelector('[data-addr="C2"]')?.textContent).toBe("200");
    const b2 = grid.querySelector('[data-addr="B2"]') as HTMLElement;
    fireEvent.click(b2);
    fireEvent.keyDown(b2, { key: "9" });
    const input = screen.getByLabelText("编辑单元格 B2") as HTMLInputElement;
    fireEvent.change(input, { target: { value: "95" } });
    fireEvent.keyDown(input, { key: "Enter" });
    expect(host.getCell("表1", "B2")).toBe(95);
    expect(grid.querySelector('[data-addr="C2"]')?.textContent).toBe("190");
    expect(screen.getByTestId("grid-address").textContent).toBe("B3");
  });

  it("shows issue marks and follows 定位到", async () => {
    const host = hostWithSheet();
    const analysis: Analysis = { ...EMPTY_ANALYSIS, issues: [{ code: "value/unparseable", severity: "error", sheet: "表1", cell: "B2", params: { text: "1:1" } }] };
    render(<FluentProvider theme={webLightTheme}><WorkbookGrid host={host} analysis={analysis} t={t} lang="zh-CN" /></FluentProvider>);
    expect(screen.getByRole("grid").querySelector('[data-addr="B2"]')?.getAttribute("data-mark")).toBe("error");
    await act(() => host.selectCell("表1", "C2"));
    expect(screen.getByTestId("grid-address").textContent).toBe("C2");
  });

  it("reads typed numbers and percentages as Excel does", () => {
    expect(parseTyped("95")).toBe(95);
    expect(parseTyped("93%")).toBeCloseTo(0.93);
    expect(parseTyped("≥95%")).toBe("≥95%");
    expect(parseTyped("  ")).toBeNull();
  });
});

describe("Busy", () => {
  it("shows a spinner only for work longer than 300 ms", () => {
    jest.useFakeTimers();
    const { rerender } = render(<FluentProvider theme={webLightTheme}><Busy busy label="处理中…" /></FluentProvider>);
    expect(screen.queryByTestId("busy")).toBeNull();
    act(() => jest.advanceTimersByTime(301));
    expect(screen.getByTestId("busy")).toBeTruthy();
    rerender(<FluentProvider theme={webLightTheme}><Busy busy={false} label="处理中…" /></FluentProvider>);
    expect(screen.queryByTestId("busy")).toBeNull();
    jest.useRealTimers();
  });
});
