import { builtinLibrary } from "../../src/core/library";
import { explain, PaneError } from "../../src/taskpane/state/errors";
import { assertHttps, compareLibraries, fetchLibrary, readCache, validateWithLabels } from "../../src/taskpane/state/library-source";

function memoryStore(quota = Infinity) {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (v.length > quota) throw Object.assign(new Error("quota"), { name: "QuotaExceededError" });
      map.set(k, v);
    },
    removeItem: (k: string) => void map.delete(k),
  };
}
const respond = (text: string, status = 200, headers: Record<string, string> = {}) =>
  (async () => ({ ok: status < 400, status, statusText: "", headers: new Headers(headers), text: async () => text })) as unknown as typeof fetch;
const down = (async () => { throw new TypeError("Failed to fetch"); }) as unknown as typeof fetch;
const lib = builtinLibrary();
const text = JSON.stringify(lib);
const URL_ = "https://x.test/lib.json";

describe("library source", () => {
  it("rejects non-https URLs with a Chinese reason and advice", async () => {
    expect(() => assertHttps("http://example.com/lib.json")).toThrow(/https/);
    const e = await fetchLibrary("http://example.com/lib.json", null).catch((x: unknown) => x);
    expect(explain(e, "zh-CN").title).toBe("只接受 https 网址。");
  });

  it("caches a fetched library and names the cached copy when the network fails", async () => {
    const store = memoryStore();
    expect((await fetchLibrary(URL_, store, respond(text))).from).toBe("network");
    const again = await fetchLibrary(URL_, store, down);
    expect(again.from).toBe("cache");
    expect(again.newerRejected).toBe(false);
    expect(explain(again.problem, "zh-CN").title).toBe("无法连接到指标库服务器。");
    await expect(fetchLibrary("https://y.test/lib.json", store, down)).rejects.toThrow("Failed to fetch");
  });

  it("reports a new version that fails validation as such, keeping the older cached copy", async () => {
    const store = memoryStore();
    await fetchLibrary(URL_, store, respond(text));
    const broken = JSON.stringify({ ...lib, meta: { ...lib.meta, version: "9.0.0" }, indicators: [{ code: "bad" }] });
    const r = await fetchLibrary(URL_, store, respond(broken));
    expect(r.from).toBe("cache");
    expect(r.newerRejected).toBe(true);
    expect(r.pkg.meta.version).toBe(lib.meta.version);
    expect(explain(r.problem, "zh-CN").title).toBe("指标库文件不符合格式。");
  });

  it("times out, caps the size and explains HTTP failures", async () => {
    const slow = ((_u: string, init: RequestInit) =>
      new Promise((_, reject) => init.signal?.addEventListener("abort", () => reject(new Error("aborted"))))) as unknown as typeof fetch;
    await expect(fetchLibrary(URL_, null, slow, { timeoutMs: 20 })).rejects.toMatchObject({ kind: "timeout" });
    await expect(fetchLibrary(URL_, null, respond(text), { maxBytes: 1000 })).rejects.toMatchObject({ kind: "too-large" });
    await expect(fetchLibrary(URL_, null, respond("", 200, { "content-length": "99999999" }))).rejects.toMatchObject({ kind: "too-large" });
    const e = await fetchLibrary(URL_, null, respond("nope", 404)).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(PaneError);
    expect(explain(e, "zh-CN").title).toContain("HTTP 404");
    await expect(fetchLibrary(URL_, null, respond("<html>"))).rejects.toMatchObject({ kind: "json" });
  });

  it("clears a corrupt cache instead of showing a SyntaxError", async () => {
    const store = memoryStore();
    store.map.set("jixiao.library." + URL_, "{not json");
    expect(readCache(URL_, store)).toBeNull();
    expect(store.map.size).toBe(0);
    await expect(fetchLibrary(URL_, store, down)).rejects.toMatchObject({ name: "PaneError", kind: "network" });
  });

  it("says when the library could not be cached (quota)", async () => {
    const r = await fetchLibrary(URL_, memoryStore(100), respond(text));
    expect(r.from).toBe("network");
    expect(r.notCached).toBe(true);
  });

  it("accepts a bureau's own version label and orders such versions by issue date", () => {
    const pkg = validateWithLabels({ ...lib, meta: { ...lib.meta, version: "2026.1", issued: "2026-01-05" } });
    expect(pkg.meta.version).toBe("2026.1");
    const older = { ...pkg.meta, version: "2025年第2版", issued: "2025-07-01" };
    expect(compareLibraries(pkg.meta, older)).toBeGreaterThan(0);
    expect(compareLibraries(older, pkg.meta)).toBeLessThan(0);
    expect(compareLibraries({ ...lib.meta, version: "1.10.0" }, { ...lib.meta, version: "1.9.3" })).toBeGreaterThan(0);
  });
});
