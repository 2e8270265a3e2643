// `npm run build [BASE_URL]`: the production bundle in dist/ and dist/manifest.xml for the address the add-in
// will be served from. BASE_URL is the argument, else JIXIAO_BASE_URL, else the development server
// (https://localhost:3000, with a warning). Bureau defaults: JIXIAO_LIBRARY_URL, JIXIAO_PROFILE, JIXIAO_LANG,
// JIXIAO_LIBRARY_ORIGINS (see docs/deployment.md).
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { platform } from "node:os";

const require = createRequire(import.meta.url);
const { normalizeBase, DEV_BASE } = require("./manifest-for.js");

const arg = process.argv.slice(2).find((a) => !a.startsWith("-"));
let base;
try {
  base = normalizeBase(arg ?? process.env.JIXIAO_BASE_URL ?? DEV_BASE);
} catch (e) {
  console.error(String(e instanceof Error ? e.message : e));
  process.exit(2);
}
if (base === DEV_BASE) {
  console.warn(`注意：没有给出加载项地址，manifest.xml 指向开发服务器 ${DEV_BASE}。
正式部署请运行 npm run build https://你的服务器/路径 或设置 JIXIAO_BASE_URL。
Note: no base URL given; dist/manifest.xml points at ${DEV_BASE}. Pass one: npm run build https://host/path`);
}
const npx = platform() === "win32" ? "npx.cmd" : "npx";
const r = spawnSync(npx, ["webpack", "--mode", "production", "--env", `base=${base}`], { stdio: "inherit", shell: platform() === "win32" });
if (r.status === 0) console.log(`\n已生成 dist/（加载项地址 ${base}）：把 dist/ 整个目录发布到该地址，把 dist/manifest.xml 交给管理员部署。
Built dist/ for ${base}: publish dist/ there and deploy dist/manifest.xml.`);
process.exit(r.status ?? 1);
