import { z } from "zod";
import type { BureauConfig } from "./settings";

/** The bureau's config file served beside the add-in: every field optional, unknown fields refused so a typo is noticed. */
export const BureauConfigSchema = z
  .object({
    libraryUrl: z.string().url().refine((u) => u.startsWith("https://"), "只接受 https 网址 / https only").optional(),
    profile: z.string().min(1).optional(),
    lang: z.enum(["zh-CN", "en"]).optional(),
  })
  .strict();

export const CONFIG_FILE = "jixiao.config.json";

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

