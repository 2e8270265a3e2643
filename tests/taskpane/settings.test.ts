import { applyConfig, BUILTIN_SETTINGS, loadSaved, resolveSettings, saveSettings } from "../../src/taskpane/state/settings";
import { BureauConfigSchema, fetchBureauConfig } from "../../src/taskpane/state/settings-schema";

function store(initial: Record<string, string> = {}) {
  const map = new Map(Object.entries(initial));
  return { map, getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), removeItem: (k: string) => void map.delete(k) };
}

describe("settings", () => {
  it("remembers only what differs from the defaults, and reads it back", () => {
    const s = store();
    const { defaults } = resolveSettings({ profile: "sichuan-90" }, {});
    saveSettings({ ...defaults, lang: "en" }, defaults, s);
    expect(JSON.parse(s.map.get("jixiao.settings")!)).toEqual({ lang: "en" });
    const { settings } = resolveSettings({ profile: "sichuan-90" }, loadSaved(s));
    expect(settings).toEqual({ lang: "en", profileId: "sichuan-90", library: { kind: "builtin" } });
  });

  it("lets the person's choice win over the bureau's, and the bureau's over the built-in", () => {
    const saved = { profileId: "central-2021" };
    const r = resolveSettings({ profile: "sichuan-90", libraryUrl: "https://czj.example.cn/lib.json" }, saved);
    expect(r.settings.profileId).toBe("central-2021");
    expect(r.settings.library).toEqual({ kind: "url", url: "https://czj.example.cn/lib.json" });
    expect(applyConfig(BUILTIN_SETTINGS, {})).toEqual(BUILTIN_SETTINGS);
  });

  it("drops a corrupt or foreign entry instead of breaking the pane", () => {
    const bad = store({ "jixiao.settings": "{not json" });
    expect(loadSaved(bad)).toEqual({});
    expect(bad.map.has("jixiao.settings")).toBe(false);
    const odd = store({ "jixiao.settings": JSON.stringify({ lang: "fr", profileId: 3, library: { kind: "url", url: "http://x" } }) });
    expect(loadSaved(odd)).toEqual({});
  });

  it("validates the bureau's jixiao.config.json: missing is fine, a typo is an error", async () => {
    const respond = (status: number, body: string) => (async () => ({ ok: status < 400, status, text: async () => body })) as unknown as typeof fetch;
    expect(await fetchBureauConfig("https://x.cn/jx/taskpane.html", respond(404, ""))).toBeNull();
    expect(await fetchBureauConfig("https://x.cn/jx/taskpane.html", respond(200, '{"profile":"hubei-20"}'))).toEqual({ profile: "hubei-20" });
    await expect(fetchBureauConfig("https://x.cn/jx/taskpane.html", respond(200, '{"libraryURL":"https://x"}'))).rejects.toMatchObject({ name: "ZodError" });
    await expect(fetchBureauConfig("https://x.cn/jx/taskpane.html", respond(200, "{"))).rejects.toBeInstanceOf(SyntaxError);
    expect(BureauConfigSchema.safeParse({ libraryUrl: "http://insecure.cn/lib.json" }).success).toBe(false);
    expect(await fetchBureauConfig("https://x.cn/jx/taskpane.html", (async () => { throw new TypeError("Failed to fetch"); }) as unknown as typeof fetch)).toBeNull();
  });
});
