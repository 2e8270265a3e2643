import { loadLibrary } from "../../core/library/load";
import type { LibraryPackage } from "../../core/library/schema";
import { PaneError } from "./errors";

const CACHE_PREFIX = "jixiao.library.";
export const DEFAULT_TIMEOUT_MS = 15_000;
/** The built-in library is about 0.6 MB; 20 MB leaves room for any bureau's and stops a wrong URL filling memory. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** Only https: a library decides what people write into official forms, so it must not come over plain http. */
export function assertHttps(url: string): URL {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new PaneError("url", `网址无效 / not a valid URL: ${url}`);
  }
  if (u.protocol !== "https:") throw new PaneError("https", `只接受 https 网址 / only https URLs are accepted: ${url}`);
  return u;
}

const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;

/**
 * Bureaus label versions as they like ("2026.1", "2026年第1版"). The schema speaks semver, so a label that is
 * not semver is carried through validation as a pre-release of 0.0.0 and put back afterwards; such versions
 * are then ordered by their issue date (see compareLibraries).
 */
export function validateWithLabels(json: unknown): LibraryPackage {
  if (!json || typeof json !== "object") return loadLibrary(json);
  const j = json as { meta?: { version?: unknown }; changelog?: { version?: unknown }[] };
  const label = (v: unknown): unknown => (typeof v === "string" && v && !SEMVER.test(v) ? `0.0.0-${encodeLabel(v)}` : v);
  const copy = {
    ...j,
    ...(j.meta ? { meta: { ...j.meta, version: label(j.meta.version) } } : {}),
    ...(Array.isArray(j.changelog) ? { changelog: j.changelog.map((c) => (c && typeof c === "object" ? { ...c, version: label(c.version) } : c)) } : {}),
  };
  const pkg = loadLibrary(copy);
  if (typeof j.meta?.version === "string") pkg.meta.version = j.meta.version;
  if (Array.isArray(j.changelog)) pkg.changelog.forEach((c, i) => (c.version = String(j.changelog?.[i]?.version ?? c.version)));
  return pkg;
}

/** Any characters into the [0-9A-Za-z.-] semver allows in a pre-release, reversibly enough to keep it unique. */
const encodeLabel = (v: string): string => [...v].map((ch) => (/[0-9A-Za-z.-]/.test(ch) ? ch : `-${ch.codePointAt(0)?.toString(36)}`)).join("");

/** >0 when a is newer: semver when both are semver, else by issue date (then by label). */
export function compareLibraries(a: LibraryPackage["meta"], b: LibraryPackage["meta"]): number {
  if (SEMVER.test(a.version) && SEMVER.test(b.version)) {
    const pa = a.version.split(/[.-]/).slice(0, 3).map(Number);
    const pb = b.version.split(/[.-]/).slice(0, 3).map(Number);
    for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
    return a.version === b.version ? 0 : a.version.includes("-") ? -1 : b.version.includes("-") ? 1 : 0;
  }
  if (a.issued !== b.issued) return a.issued < b.issued ? -1 : 1;
  return a.version.localeCompare(b.version);
}

export type Store = Pick<Storage, "getItem" | "setItem" | "removeItem">;

export interface Loaded {
  pkg: LibraryPackage;
  from: "network" | "cache";
  /** Why the network copy was not used (from = "cache"), or that it could not be cached. */
  problem?: unknown;
  /** The cached copy is older than one the server offered that failed validation. */
  newerRejected?: boolean;
  notCached?: boolean;
}

async function download(u: URL, fetcher: typeof fetch, timeoutMs: number, maxBytes: number): Promise<string> {
  const ctl = new AbortController();
  const timer = setTimeout(() => ctl.abort(), timeoutMs);
  try {
    let res: Response;
    try {
      res = await fetcher(u.href, { signal: ctl.signal, cache: "no-cache" });
    } catch (e) {
      if (ctl.signal.aborted) throw new PaneError("timeout", `超时 / timed out after ${timeoutMs} ms: ${u.href}`, { seconds: Math.round(timeoutMs / 1000) });
      throw new PaneError("network", `${e instanceof Error ? e.message : String(e)}: ${u.href}`);
    }
    if (!res.ok) throw new PaneError("http", `HTTP ${res.status} ${res.statusText}: ${u.href}`, { status: res.status });
    const limit = `${Math.round(maxBytes / 1024 / 1024)} MB`;
    const declared = Number(res.headers.get("content-length") ?? "0");
    if (declared > maxBytes) throw new PaneError("too-large", `Content-Length ${declared} > ${maxBytes}`, { limit });
    let text: string;
    try {
      text = await res.text();
    } catch (e) {
      if (ctl.signal.aborted) throw new PaneError("timeout", `超时 / timed out after ${timeoutMs} ms: ${u.href}`, { seconds: Math.round(timeoutMs / 1000) });
      throw new PaneError("network", e instanceof Error ? e.message : String(e));
    }
    if (text.length > maxBytes) throw new PaneError("too-large", `${text.length} > ${maxBytes}`, { limit });
    return text;
  } finally {
    clearTimeout(timer);
  }
}

function parse(text: string): LibraryPackage {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new PaneError("json", `${e instanceof Error ? e.message : String(e)}\n${text.slice(0, 200)}`);
  }
  return validateWithLabels(json);
}

/** The cached copy of a URL's library, or null; a copy that no longer parses is removed, not shown as an error. */
export function readCache(href: string, storage: Store | null): LibraryPackage | null {
  const text = storage?.getItem(CACHE_PREFIX + href);
  if (!text) return null;
  try {
    return parse(text);
  } catch {
    storage?.removeItem(CACHE_PREFIX + href);
    return null;
  }
}

/**
 * Fetches a library with a timeout and a size cap, keeping a copy in the add-in's storage so it still loads
 * offline. When the network copy cannot be used the cached one is, and the result says why.
 */
export async function fetchLibrary(
  url: string,
  storage: Store | null = globalThis.localStorage ?? null,
  fetcher: typeof fetch = fetch,
  { timeoutMs = DEFAULT_TIMEOUT_MS, maxBytes = DEFAULT_MAX_BYTES } = {},
): Promise<Loaded> {
  const u = assertHttps(url);
  let text: string;
  let pkg: LibraryPackage;
  try {
    text = await download(u, fetcher, timeoutMs, maxBytes);
    pkg = parse(text);
  } catch (e) {
    const cached = readCache(u.href, storage);
    if (!cached) throw e;
    const invalid = e instanceof PaneError ? e.kind === "json" : e instanceof Error && e.name === "LibraryLoadError";
    return { pkg: cached, from: "cache", problem: e, newerRejected: invalid };
  }
  try {
    storage?.setItem(CACHE_PREFIX + u.href, text);
    return { pkg, from: "network" };
  } catch (e) {
    // Quota: the library is used, but will not be there offline; say so rather than keep an older copy silently.
    storage?.removeItem(CACHE_PREFIX + u.href);
    return { pkg, from: "network", notCached: true, problem: e };
  }
}

export async function readLibraryFile(file: Blob, maxBytes = DEFAULT_MAX_BYTES): Promise<LibraryPackage> {
  if (file.size > maxBytes) throw new PaneError("too-large", `${file.size} > ${maxBytes}`, { limit: `${Math.round(maxBytes / 1024 / 1024)} MB` });
  return parse(await file.text());
}
