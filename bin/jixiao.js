#!/usr/bin/env node
"use strict";
// The CLI is TypeScript run through tsx's loader, so `npx jixiao` works straight after `npm ci`.
require("tsx/cjs/api").register();
const { run } = require("../src/cli/main.ts");

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`错误 / error: ${e && e.message ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
