// Builds the command line ahead of time (run by `npm ci` through "prepare", and by jest's globalSetup):
// one CommonJS bundle for the command and one for the check worker, so no TypeScript is compiled
// when `jixiao` runs. exceljs stays an ordinary dependency, loaded only by the commands that write.
import { existsSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "dist-cli");

let esbuild;
try {
  esbuild = await import("esbuild");
} catch {
  // A production install (--omit=dev) has no esbuild; bin/jixiao.js then says how to build.
  console.warn("esbuild 未安装，跳过命令行构建 / esbuild not installed; skipping the CLI build");
  process.exit(0);
}

if (existsSync(out)) rmSync(out, { recursive: true, force: true });
await esbuild.build({
  absWorkingDir: root,
  entryPoints: { jixiao: "src/cli/main.ts", worker: "src/cli/check-worker.ts" },
  outdir: out,
  outExtension: { ".js": ".cjs" },
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  // exceljs is large and loads its own files at run time: keep it a plain require, made only when a
  // command writes a workbook or reads a library workbook.
  external: ["exceljs"],
  legalComments: "none",
  logLevel: "warning",
});
console.log(`built ${out}`);
