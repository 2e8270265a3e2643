import { loadLibrary } from "../../core/library";
import type { LibraryPackage } from "../../core/library/schema";

const CACHE_PREFIX = "jixiao.library.";

/** Only https: a library decides what people write into official forms, so it must not come over plain http. */
export function assertHttps(url: string): URL {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new Error("网址无效 / not a valid URL");
  }
  if (u.protocol !== "https:") throw new Error("只接受 https 网址 / only https URLs are accepted");
  return u;
}

/** Fetches a library, keeping a copy in localStorage so it still loads offline. */
export async function fetchLibrary(url: string, storage: Pick<Storage, "getItem" | "setItem"> | null = globalThis.localStorage ?? null, fetcher: typeof fetch = fetch): Promise<{ pkg: LibraryPackage; cached: boolean }> {
  const u = assertHttps(url);
  try {
    const res = await fetcher(u.href);
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const text = await res.text();
    const pkg = loadLibrary(JSON.parse(text));
    storage?.setItem(CACHE_PREFIX + u.href, text);
    return { pkg, cached: false };
  } catch (e) {
    const cached = storage?.getItem(CACHE_PREFIX + u.href);
    if (cached) return { pkg: loadLibrary(JSON.parse(cached)), cached: true };
    throw e;
  }
}

export async function readLibraryFile(file: Blob): Promise<LibraryPackage> {
  return loadLibrary(JSON.parse(await file.text()));
}
