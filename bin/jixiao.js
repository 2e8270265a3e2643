#!/usr/bin/env node
"use strict";
// Runs the prebuilt bundle (dist-cli/, made by `npm ci` through the "prepare" script), so nothing is
// compiled at run time. Without it (a checkout that was never built), say so and fall back to tsx.
const { join } = require("node:path");
const { existsSync } = require("node:fs");

// `jixiao check 收件箱/ | head`: when the reader of the output goes away, stop quietly, as other
// commands do, instead of dying with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (e) => {
    if (e && e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
}

const bundle = join(__dirname, "..", "dist-cli", "jixiao.cjs");
let run;
let loaded;
if (existsSync(bundle)) {
  // With the build's code cache when there is one (see load-bundle.js); JIXIAO_CODE_CACHE=off compiles
  // without it, and the build's warm-up (JIXIAO_CODE_CACHE=write) writes it after its run.
  loaded = require("./load-bundle").loadBundle(bundle, { cache: process.env.JIXIAO_CODE_CACHE !== "off" });
  ({ run } = loaded.exports);
} else {
  process.stderr.write("提示：命令行尚未构建，请在项目目录运行 npm run build:cli（或 npm ci）；现以较慢的方式运行 / note: the CLI is not built; run `npm run build:cli` (or npm ci); running the slow way\n");
  try {
    require("tsx/cjs/api").register();
  } catch {
    process.stderr.write("错误：无法运行未构建的命令行（缺少 tsx）/ error: cannot run the unbuilt CLI (tsx missing)\n");
    process.exit(2);
  }
  ({ run } = require("../src/cli/main.ts"));
}

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
    if (loaded && process.env.JIXIAO_CODE_CACHE === "write") loaded.writeCache();
  },
  (e) => {
    process.stderr.write(`错误 / error: ${e && e.message ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
