/** @jest-environment jsdom */
import * as React from "react";
import { render, screen, fireEvent, waitFor } from "@testing-library/react";
import { App } from "../../src/taskpane/components/App";
import { MemoryHost } from "../../src/taskpane/host/memory-host";
import { builtinLibrary } from "../../src/core/library";
import { loadCorpus, realToGrids } from "../fixtures/real/build";
import type { Grid } from "../../src/core/table/grid";

/** Non-empty cells by address. */
function cells(g: Grid): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  g.values.forEach((row, i) => row.forEach((v, j) => {
    const f = g.formulas[i]?.[j] ?? null;
    if (v !== null || f) out[`${i + g.origin.row},${j + g.origin.col}`] = [v, f];
  }));
  return out;
}

// Fluent's TabList measures itself; jsdom has no ResizeObserver.
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

describe("启用实时计分 in the pane (memory host)", () => {
  it("adds live scoring to the department's table, then removes it leaving the sheet as it was", async () => {
    const t = loadCorpus().find((x) => x.id === "hebei-langfang-2019-nuantong")!;
    const grids = realToGrids(t);
    const host = new MemoryHost();
    host.load(grids);
    const before = cells((await host.read()).sheets[0]!);
    render(<App host={host} inExcel={false} initialTab="score" builtin={async () => builtinLibrary()} />);
    fireEvent.click(await screen.findByTestId("live-on-0", {}, { timeout: 15000 }));
    await screen.findByText(/已启用实时计分：9 行/);
    const after = await host.read();
    expect(after.sheets.some((s) => s.sheet === "_jixiao_live")).toBe(true);
    expect(Object.keys(cells(after.sheets[0]!)).length).toBeGreaterThan(Object.keys(before).length);
    fireEvent.click(await screen.findByTestId("live-off-0"));
    await screen.findByText(/已移除实时计分/);
    await waitFor(async () => expect(cells((await host.read()).sheets[0]!)).toEqual(before));
    expect((await host.read()).sheets.some((s) => s.sheet === "_jixiao_live")).toBe(false);
    expect(await screen.findByTestId("live-on-0")).toBeTruthy();
  });
});
