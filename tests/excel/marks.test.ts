import { applyMarks, MemoryMarkStore, MARK_FILL } from "../../src/excel/marks";
import type { Issue } from "../../src/core/checks/types";
import { FakeContext } from "./fakes/fake-excel";

const issue = (cell: string, severity: Issue["severity"] = "error"): Issue => ({ code: "value/missing", severity, sheet: "S", cell, params: { problem: "empty" } });

describe("applyMarks", () => {
  it("marks cells and restores the person's own fill when the issue is gone", async () => {
    const ctx = new FakeContext(["S"]);
    const s = ctx.sheet("S");
    s.set("B2", "x");
    s.cells.get("B2")!.fill = "#00FF00";
    const store = new MemoryMarkStore();
    const first = await applyMarks(ctx.asContext(), [issue("B2"), issue("C3", "warning"), issue("C3", "error")], store);
    expect(first).toEqual({ marked: 2, cleared: 0, syncs: 2 });
    expect(s.cell("B2")?.fill).toBe(MARK_FILL.error);
    expect(s.cell("C3")?.fill).toBe(MARK_FILL.error);
    const second = await applyMarks(ctx.asContext(), [issue("C3", "warning")], store);
    expect(second).toEqual({ marked: 1, cleared: 1, syncs: 1 });
    expect(s.cell("B2")?.fill).toBe("#00FF00");
    expect(s.cell("C3")?.fill).toBe(MARK_FILL.warning);
    await applyMarks(ctx.asContext(), [], store);
    expect(s.cell("C3")?.fill).toBeUndefined();
    expect(store.keys()).toEqual([]);
  });

  it("does nothing and never syncs when there is nothing to mark or clear", async () => {
    const ctx = new FakeContext(["S"]);
    const sync = jest.spyOn(ctx, "sync");
    expect((await applyMarks(ctx.asContext(), [], new MemoryMarkStore())).syncs).toBe(0);
    expect(sync).not.toHaveBeenCalled();
  });
});
