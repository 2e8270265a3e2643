import { addressGroups, applyMarks, MemoryMarkStore, MARK_FILL } from "../../src/excel/marks";
import type { Issue } from "../../src/core/checks/types";
import { FakeContext } from "./fakes/fake-excel";

const issue = (cell: string, severity: Issue["severity"] = "error"): Issue => ({ code: "value/missing", severity, sheet: "S", cell, params: { problem: "empty" } });

describe("applyMarks", () => {
  it("marks cells and restores the person's own fill when the issue is gone, one sync each time", async () => {
    const ctx = new FakeContext(["S"]);
    const s = ctx.sheet("S");
    s.set("B2", "x");
    s.cells.get("B2")!.fill = "#00FF00";
    const store = new MemoryMarkStore();
    const first = await applyMarks(ctx.asContext(), [issue("B2"), issue("C3", "warning"), issue("C3", "error")], store);
    expect(first).toMatchObject({ marked: 2, cleared: 0, syncs: 1 });
    expect(store.get("S!B2")).toEqual({ fill: "#00FF00" }); // read in the same batch, before the write
    expect(s.cell("B2")?.fill).toBe(MARK_FILL.error);
    expect(s.cell("C3")?.fill).toBe(MARK_FILL.error);
    const second = await applyMarks(ctx.asContext(), [issue("C3", "warning")], store);
    expect(second).toMatchObject({ marked: 1, cleared: 1, syncs: 1 });
    expect(s.cell("B2")?.fill).toBe("#00FF00");
    expect(s.cell("C3")?.fill).toBe(MARK_FILL.warning);
    await applyMarks(ctx.asContext(), [], store);
    expect(s.cell("C3")?.fill).toBeUndefined();
    expect(store.keys()).toEqual([]);
  });

  it("does nothing and never syncs when nothing changed", async () => {
    const ctx = new FakeContext(["S"]);
    const sync = jest.spyOn(ctx, "sync");
    expect((await applyMarks(ctx.asContext(), [], new MemoryMarkStore())).syncs).toBe(0);
    const store = new MemoryMarkStore();
    await applyMarks(ctx.asContext(), [issue("A1")], store);
    expect(sync).toHaveBeenCalledTimes(1);
    expect((await applyMarks(ctx.asContext(), [issue("A1")], store)).syncs).toBe(0);
    expect(sync).toHaveBeenCalledTimes(1);
  });

  it("paints many cells of one colour in one getRanges operation per sheet and colour", async () => {
    const ctx = new FakeContext(["S"]);
    const cells = Array.from({ length: 300 }, (_, i) => `E${i + 1}`);
    const r = await applyMarks(ctx.asContext(), [...cells.map((c) => issue(c)), issue("F1", "warning")], new MemoryMarkStore());
    expect(r.syncs).toBe(1);
    // 300 error cells fit in 2 address groups (≤ 2,000 characters each), plus one for the warning.
    expect(r.operations).toBe(addressGroups(cells).length + 1);
    expect(r.operations).toBeLessThanOrEqual(3);
    expect(ctx.opsOf("format.fill.color")).toHaveLength(0);
    expect(ctx.sheet("S").cell("E300")?.fill).toBe(MARK_FILL.error);
    const unbatched = await applyMarks(new FakeContext(["S"]).asContext(), cells.map((c) => issue(c)), new MemoryMarkStore(), { batched: false });
    expect(unbatched.operations).toBe(300);
  });
});
