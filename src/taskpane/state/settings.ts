
/**
 * What the pane remembers between openings, and what a bureau can preset. Precedence, last wins:
 * built-in → build-time defaults (webpack, JIXIAO_LIBRARY_URL / JIXIAO_PROFILE) → the bureau's
 * jixiao.config.json served beside the add-in → what this person chose (kept in the add-in's own storage).
 */
export type LibrarySource = { kind: "builtin" } | { kind: "url"; url: string };
export interface Settings {
  lang: "zh-CN" | "en";
  profileId: string;
  library: LibrarySource;
}
/** The bureau's config file (validated by BureauConfigSchema in settings-schema.ts). */
export interface BureauConfig {
  libraryUrl?: string;
  profile?: string;
  lang?: "zh-CN" | "en";
}

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

type Store = Pick<Storage, "getItem" | "setItem" | "removeItem">;
const storage = (): Store | null => {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
};

/**
 * What this person chose, field by field; a field that is not what the pane wrote is dropped, a corrupt entry
 * removed, rather than breaking the pane. Checked by hand: this runs before first paint, without zod.
 */
export function loadSaved(store: Store | null = storage()): Partial<Settings> {
  const raw = store?.getItem(KEY);
  if (!raw) return {};
  try {
    const v = JSON.parse(raw) as Record<string, unknown>;
    if (!v || typeof v !== "object" || Array.isArray(v)) throw new Error("not an object");
    const out: Partial<Settings> = {};
    if (v.lang === "zh-CN" || v.lang === "en") out.lang = v.lang;
    if (typeof v.profileId === "string" && v.profileId) out.profileId = v.profileId;
    const lib = v.library as Record<string, unknown> | undefined;
    if (lib?.kind === "builtin") out.library = { kind: "builtin" };
    else if (lib?.kind === "url" && typeof lib.url === "string" && lib.url.startsWith("https://")) out.library = { kind: "url", url: lib.url };
    return out;
  } catch {
    store?.removeItem(KEY);
    return {};
  }
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
