import { z } from "zod";

/**
 * What the pane remembers between openings, and what a bureau can preset. Precedence, last wins:
 * built-in → build-time defaults (webpack, JIXIAO_LIBRARY_URL / JIXIAO_PROFILE) → the bureau's
 * jixiao.config.json served beside the add-in → what this person chose (kept in the add-in's own storage).
 */
export const LibrarySourceSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("builtin") }),
  z.object({ kind: z.literal("url"), url: z.string().url().refine((u) => u.startsWith("https://"), "只接受 https 网址 / https only") }),
]);
export type LibrarySource = z.infer<typeof LibrarySourceSchema>;

export const SettingsSchema = z.object({
  lang: z.enum(["zh-CN", "en"]),
  profileId: z.string().min(1),
  library: LibrarySourceSchema,
});
export type Settings = z.infer<typeof SettingsSchema>;

/** The bureau's config file: every field optional, unknown fields refused so a typo is noticed. */
export const BureauConfigSchema = z
  .object({
    libraryUrl: z.string().url().refine((u) => u.startsWith("https://"), "只接受 https 网址 / https only").optional(),
    profile: z.string().min(1).optional(),
    lang: z.enum(["zh-CN", "en"]).optional(),
  })
  .strict();
export type BureauConfig = z.infer<typeof BureauConfigSchema>;

export const CONFIG_FILE = "jixiao.config.json";
const KEY = "jixiao.settings";

declare const __JIXIAO_DEFAULTS__: BureauConfig | undefined;

/** Defaults baked in at build time (webpack DefinePlugin); none under jest or tsx. */
export function buildDefaults(): BureauConfig {
  try {
    return typeof __JIXIAO_DEFAULTS__ === "object" && __JIXIAO_DEFAULTS__ ? __JIXIAO_DEFAULTS__ : {};
  } catch {
    return {};
  }
}

export const BUILTIN_SETTINGS: Settings = { lang: "zh-CN", profileId: "national-2020", library: { kind: "builtin" } };

export function applyConfig(base: Settings, c: BureauConfig): Settings {
  return {
    lang: c.lang ?? base.lang,
    profileId: c.profile ?? base.profileId,
    library: c.libraryUrl ? { kind: "url", url: c.libraryUrl } : base.library,
  };
}

/** Reads the config served beside the add-in; a missing file is normal (null), an invalid one is an error to report. */
export async function fetchBureauConfig(base: string, fetcher: typeof fetch = fetch, timeoutMs = 3000): Promise<BureauConfig | null> {
  const ctl = new AbortController();
  const timer = setTimeout(() => ctl.abort(), timeoutMs);
  try {
    const res = await fetcher(new URL(CONFIG_FILE, base).href, { signal: ctl.signal, cache: "no-cache" });
    if (res.status === 404) return null;
    if (!res.ok) return null;
    const json: unknown = JSON.parse(await res.text());
    return BureauConfigSchema.parse(json);
  } catch (e) {
    // Offline or blocked: run on the other defaults. A file that is there but wrong is worth saying.
    if (e instanceof SyntaxError || (e instanceof Error && e.name === "ZodError")) throw e;
    return null;
  } finally {
    clearTimeout(timer);
  }
}

type Store = Pick<Storage, "getItem" | "setItem" | "removeItem">;
const storage = (): Store | null => {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
};

/** What this person chose, field by field; a corrupt entry is dropped rather than breaking the pane. */
export function loadSaved(store: Store | null = storage()): Partial<Settings> {
  const raw = store?.getItem(KEY);
  if (!raw) return {};
  try {
    const parsed = SettingsSchema.partial().safeParse(JSON.parse(raw));
    if (parsed.success) return parsed.data;
  } catch {
    // fall through
  }
  store?.removeItem(KEY);
  return {};
}

/** Saves only what differs from the defaults, so a bureau's later change of default still reaches people. */
export function saveSettings(s: Settings, defaults: Settings, store: Store | null = storage()): void {
  const diff: Partial<Settings> = {};
  if (s.lang !== defaults.lang) diff.lang = s.lang;
  if (s.profileId !== defaults.profileId) diff.profileId = s.profileId;
  if (JSON.stringify(s.library) !== JSON.stringify(defaults.library)) diff.library = s.library;
  store?.setItem(KEY, JSON.stringify(diff));
}

/** Defaults (built-in, build, bureau file) then what was saved. */
export function resolveSettings(bureau: BureauConfig | null, saved: Partial<Settings>): { settings: Settings; defaults: Settings } {
  const defaults = applyConfig(applyConfig(BUILTIN_SETTINGS, buildDefaults()), bureau ?? {});
  return { defaults, settings: { ...defaults, ...saved } };
}
