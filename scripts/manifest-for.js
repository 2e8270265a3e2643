// Writes manifest.xml for the address the add-in is served from. manifest.xml in the repository points at the
// development server (https://localhost:3000); `npm run build` takes the real base URL from JIXIAO_BASE_URL or
// `--env base=...` and every URL in the manifest (icons, pages, AppDomain) follows it.
"use strict";

const DEV_BASE = "https://localhost:3000";

/** "https://intranet.example.cn/jixiao/" → "https://intranet.example.cn/jixiao"; only https (Office requires it). */
function normalizeBase(base) {
  let u;
  try {
    u = new URL(base);
  } catch {
    throw new Error(`加载项地址无效：${base} / not a valid base URL`);
  }
  if (u.protocol !== "https:") throw new Error(`加载项地址必须是 https：${base} / Office add-ins must be served over https`);
  if (u.search || u.hash) throw new Error(`加载项地址不能带 ? 或 #：${base} / the base URL takes no query or fragment`);
  return u.href.replace(/\/+$/, "");
}

/** The manifest with every development URL moved to `base`; AppDomain keeps only the origin. */
function manifestFor(xml, base) {
  const b = normalizeBase(base);
  const origin = new URL(b).origin;
  return xml
    .replace(/<AppDomain>https:\/\/localhost:3000<\/AppDomain>/g, `<AppDomain>${origin}</AppDomain>`)
    .split(DEV_BASE)
    .join(b);
}

module.exports = { manifestFor, normalizeBase, DEV_BASE };
