// Builds the WPS 表格 add-in (WPS 加载项) into dist-wps/, ready to host on an intranet server:
//   index.html + main.js   the add-in's main page, loaded hidden by WPS; registers the ribbon callbacks
//   ribbon.xml             the ribbon (customUI), read by WPS from the add-in's root
//   taskpane.html + .js    the same task pane as in Excel
//   assets/*.png           icons
//   jsplugins.xml          online deployment: WPS loads the add-in from --base-url
//   offline/               offline deployment: the add-in folder, jsplugins.xml / publish.xml, an oem.ini snippet,
//                          and jixiao.7z when a 7z program is on the PATH
// Usage: npm run build:wps -- --base-url https://intranet.example/jixiao/ [--offline-url file:///C:/jixiao/jixiao.7z] [--out DIR]
//        (or JIXIAO_WPS_BASE_URL / JIXIAO_WPS_OFFLINE_URL in the environment)
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = (() => {
  const i = process.argv.indexOf("--out");
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : join(root, "dist-wps");
})();
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
export const ADDIN_NAME = "jixiao";

function arg(name) {
  const i = process.argv.indexOf(`--${name}`);
  if (i >= 0 && process.argv[i + 1]) return process.argv[i + 1];
  const eq = process.argv.find((a) => a.startsWith(`--${name}=`));
  return eq ? eq.slice(name.length + 3) : undefined;
}

const baseUrl = (() => {
  const raw = arg("base-url") ?? process.env.JIXIAO_WPS_BASE_URL ?? "http://127.0.0.1:3889/";
  let u;
  try {
    u = new URL(raw);
  } catch {
    console.error(`--base-url 不是网址 / not a URL: ${raw}`);
    process.exit(2);
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") {
    console.error(`--base-url 须为 http(s) 地址 / must be http(s): ${raw}`);
    process.exit(2);
  }
  return u.href.endsWith("/") ? u.href : `${u.href}/`;
})();
const folder = `${ADDIN_NAME}_${pkg.version}`;
const offlineUrl = arg("offline-url") ?? process.env.JIXIAO_WPS_OFFLINE_URL ?? `file:///C:/jixiao/${ADDIN_NAME}.7z`;

const xmlAttr = (s) => String(s).replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

if (existsSync(out)) rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, "assets"), { recursive: true });

// WPS's task pane is an embedded Chromium whose version follows the WPS build: syntax is lowered to what
// older Chromium builds run.
const common = {
  absWorkingDir: root,
  bundle: true,
  platform: "browser",
  format: "iife",
  target: ["chrome69"],
  minify: true,
  legalComments: "none",
  logLevel: "warning",
  define: { "process.env.NODE_ENV": '"production"' },
};
await esbuild.build({ ...common, entryPoints: ["src/wps/main.ts"], outfile: join(out, "main.js") });
await esbuild.build({ ...common, entryPoints: ["src/taskpane/index.tsx"], outfile: join(out, "taskpane.js"), jsx: "automatic" });

for (const f of ["index.html", "taskpane.html", "ribbon.xml"]) cpSync(join(root, "assets", "wps", f), join(out, f));
for (const f of readdirSync(join(root, "assets", "icons")).filter((x) => x.endsWith(".png"))) cpSync(join(root, "assets", "icons", f), join(out, "assets", f));

// Online: WPS reads this list (from oem.ini's JSPluginsServer) and loads the add-in from the server.
writeFileSync(
  join(out, "jsplugins.xml"),
  `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  <jspluginonline name="${ADDIN_NAME}" type="et" url="${xmlAttr(baseUrl)}" version="${pkg.version}"/>\n</jsplugins>\n`,
);

// Offline: the same files in a folder named name_version, as the vendor's packager (wpsjs build) lays it out.
const offline = join(out, "offline");
const addinDir = join(offline, folder);
mkdirSync(addinDir, { recursive: true });
for (const f of readdirSync(out)) if (f !== "offline" && f !== "jsplugins.xml") cpSync(join(out, f), join(addinDir, f), { recursive: true });
writeFileSync(
  join(offline, "jsplugins.xml"),
  `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  <jsplugin name="${ADDIN_NAME}" type="et" url="${xmlAttr(offlineUrl)}" version="${pkg.version}" enable="true"/>\n</jsplugins>\n`,
);
writeFileSync(
  join(offline, "publish.xml"),
  `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  <jsplugin name="${ADDIN_NAME}" type="et" url="${folder}" version="${pkg.version}" enable="enable_dev" install="null" customDomain=""/>\n</jsplugins>\n`,
);
writeFileSync(
  join(offline, "oem.ini.example"),
  [
    "; 加入 WPS 安装目录 office6/cfgs/oem.ini（Windows: …\\WPS Office\\<版本>\\office6\\cfgs\\oem.ini；",
    ";   Linux: /opt/kingsoft/wps-office/office6/cfgs/oem.ini 或 /opt/apps/cn.wps.wps-office-pro/files/kingsoft/wps-office/office6/cfgs/oem.ini）",
    "[Support]",
    "JsApiPlugin=true",
    "[Server]",
    "; 离线：本机 jsplugins.xml 的路径；在线：服务器上 jsplugins.xml 的网址",
    `JSPluginsServer=${baseUrl}jsplugins.xml`,
    "",
  ].join("\r\n"),
);
const sevenZip = ["7z", "7za", "7zr"].find((b) => spawnSync(b, ["i"], { stdio: "ignore" }).status === 0);
if (sevenZip) {
  const r = spawnSync(sevenZip, ["a", "-t7z", join(offline, `${ADDIN_NAME}.7z`), folder], { cwd: offline, stdio: "ignore" });
  if (r.status !== 0) console.warn(`7z 打包失败 / 7z failed (${r.status})`);
} else {
  console.warn(`未找到 7z：离线包 ${ADDIN_NAME}.7z 未生成，可手工压缩 offline/${folder} / no 7z on PATH: compress offline/${folder} by hand`);
}
console.log(`built ${out} (base URL ${baseUrl})`);
