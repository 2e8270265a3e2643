import { DocumentMarkStore, MARKS_SETTING, type SettingsLike } from "../../src/excel/document-mark-store";
import { applyMarks, MARK_FILL } from "../../src/excel/marks";
import type { Issue } from "../../src/core/checks/types";
import { FakeContext } from "./fakes/fake-excel";

class FakeSettings implements SettingsLike {
  values = new Map<string, unknown>();
  saves = 0;
  get(name: string): unknown {
    return this.values.get(name);
  }
  set(name: string, value: unknown): void {
    this.values.set(name, JSON.parse(JSON.stringify(value)));
  }
  saveAsync(cb?: (r: { status: unknown }) => void): void {
    this.saves++;
    cb?.({ status: "succeeded" });
  }
}

const issue = (cell: string): Issue => ({ code: "value/missing", severity: "error", sheet: "S", cell, params: { problem: "empty" } });

describe("DocumentMarkStore", () => {
  it("restores the person's fill after the pane was reopened (a new store over the same settings)", async () => {
    const ctx = new FakeContext(["S"]);
    const s = ctx.sheet("S");
    s.set("B2", "x");
    s.cells.get("B2")!.fill = "#00FF00";
    const settings = new FakeSettings();

    const first = new DocumentMarkStore(settings);
    await applyMarks(ctx.asContext(), [issue("B2")], first);
    expect(await first.flush()).toBe(true);
    expect(s.cell("B2")?.fill).toBe(MARK_FILL.error);
    expect(settings.get(MARKS_SETTING)).toEqual({ "S!B2": { fill: "#00FF00" } });

    const reopened = new DocumentMarkStore(settings);
    await applyMarks(ctx.asContext(), [], reopened);
    await reopened.flush();
    expect(s.cell("B2")?.fill).toBe("#00FF00");
    expect(settings.get(MARKS_SETTING)).toEqual({});
  });

  it("ignores settings that do not have the stored shape instead of trusting them", () => {
    const settings = new FakeSettings();
    settings.values.set(MARKS_SETTING, { "S!A1": { fill: "javascript:alert(1)" } });
    expect(new DocumentMarkStore(settings).keys()).toEqual([]);
  });

  it("does not save when nothing changed", async () => {
    const settings = new FakeSettings();
    await new DocumentMarkStore(settings).flush();
    expect(settings.saves).toBe(0);
  });
});
