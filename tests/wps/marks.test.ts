import type { Issue } from "../../src/core/checks/types";
import { MARK_FILL } from "../../src/excel/marks";
import { resetOwnWrites } from "../../src/excel/own-writes";
import { bgrToHex, hexToBgr } from "../../src/wps/et";
import { applyMarks, WPS_MARKS_KEY } from "../../src/wps/marks";
import { wpsMarkStore } from "../../src/wps/wps-host";
import { FakeEtApp } from "./fake-et";

beforeEach(() => resetOwnWrites());

const issue = (cell: string, severity: Issue["severity"]): Issue => ({ code: "x", severity, sheet: "自评表", cell, message: "m" }) as unknown as Issue;

function localStorageDouble(): Storage {
  const m = new Map<string, string>();
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
    clear: () => m.clear(),
    key: (i: number) => [...m.keys()][i] ?? null,
    get length() {
      return m.size;
    },
  };
}

describe("WPS issue marks", () => {
  it("marks with the worst severity per cell and restores the person's fill or no fill", async () => {
    const et = new FakeEtApp(["自评表"]);
    const ws = et.book.sheet("自评表");
    ws.Range("B2").Interior.Color = hexToBgr("#C6EFCE");
    const store = wpsMarkStore(et.asApplication(), null);
    const r = await applyMarks(et.asApplication(), [issue("B2", "warning"), issue("$B$2", "error"), issue("C3", "info")], store);
    expect(r).toEqual({ marked: 2, cleared: 0 });
    expect(bgrToHex(ws.Range("B2").Interior.Color)).toBe(MARK_FILL.error);
    expect(bgrToHex(ws.Range("C3").Interior.Color)).toBe(MARK_FILL.info);
    // C3's issue is gone: only C3 goes back (to no fill); B2 stays marked.
    await applyMarks(et.asApplication(), [issue("B2", "error")], store);
    expect(ws.Range("C3").Interior.ColorIndex).toBe(-4142);
    expect(bgrToHex(ws.Range("B2").Interior.Color)).toBe(MARK_FILL.error);
    await applyMarks(et.asApplication(), [], store);
    expect(bgrToHex(ws.Range("B2").Interior.Color)).toBe("#C6EFCE");
  });

  it("still restores the person's fill after WPS restarts, through the page's localStorage", async () => {
    const et = new FakeEtApp(["自评表"]);
    const ws = et.book.sheet("自评表");
    ws.Range("D4").Interior.Color = hexToBgr("#FFEB9C");
    const local = localStorageDouble();
    await applyMarks(et.asApplication(), [issue("D4", "error")], wpsMarkStore(et.asApplication(), local));
    // A restart empties PluginStorage (et-jsapi-declare: 数据不会被持久化).
    et.PluginStorage.removeItem(`${WPS_MARKS_KEY}:${et.book.FullName}`);
    await applyMarks(et.asApplication(), [], wpsMarkStore(et.asApplication(), local));
    expect(bgrToHex(ws.Range("D4").Interior.Color)).toBe("#FFEB9C");
  });

  it("without localStorage a restart forgets the originals: the mark stays (the known limit)", async () => {
    const et = new FakeEtApp(["自评表"]);
    await applyMarks(et.asApplication(), [issue("D4", "error")], wpsMarkStore(et.asApplication(), null));
    et.PluginStorage.removeItem(`${WPS_MARKS_KEY}:${et.book.FullName}`);
    await applyMarks(et.asApplication(), [], wpsMarkStore(et.asApplication(), null));
    expect(bgrToHex(et.book.sheet("自评表").Range("D4").Interior.Color)).toBe(MARK_FILL.error);
  });

  it("ignores stored originals it cannot read (another copy or a hand edit) and skips sheets that are gone", async () => {
    const et = new FakeEtApp(["自评表"]);
    et.PluginStorage.setItem(`${WPS_MARKS_KEY}:${et.book.FullName}`, '{"自评表!A1":{"fill":"red"}}');
    const store = wpsMarkStore(et.asApplication(), null);
    expect(store.keys()).toEqual([]);
    const r = await applyMarks(et.asApplication(), [{ ...issue("A1", "error"), sheet: "没有这张表" } as Issue], store);
    expect(r).toEqual({ marked: 0, cleared: 0 });
  });
});
