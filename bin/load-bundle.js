"use strict";
// Loads a prebuilt CommonJS bundle (dist-cli/*.cjs) the way require would, but with V8's code cache
// for it when the build left one beside it (<bundle>.v8cache): the cache holds the bytecode of every
// function a warm-up check compiled, so a run skips parsing and compiling most of the 2.6 MB bundle
// (about 50 ms on one workbook here, and the lazy compiles a batch would otherwise pay as it goes).
// A cache made by another Node version, for other V8 flags, or damaged, is rejected by V8 itself and
// the bundle is simply compiled as usual. The cache is written only by the build (writeCache), next
// to the bundle, never at run time.
const { readFileSync, writeFileSync, renameSync, rmSync } = require("node:fs");
const { dirname } = require("node:path");
const Module = require("node:module");
const vm = require("node:vm");

const cachePath = (file) => `${file}.v8cache`;

/**
 * @param {string} file absolute path of the bundle
 * @param {{ cache?: boolean }} [opts] cache: false compiles without the cache (for comparison)
 * @returns {{ exports: any, cache: "used" | "rejected" | "none", writeCache: () => void }}
 */
function loadBundle(file, opts = {}) {
  let cachedData;
  if (opts.cache !== false) {
    try {
      cachedData = readFileSync(cachePath(file));
    } catch {
      cachedData = undefined;
    }
  }
  const script = new vm.Script(Module.wrap(readFileSync(file, "utf8")), { filename: file, cachedData });
  const mod = new Module(file, module);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths(dirname(file));
  script.runInThisContext().call(mod.exports, mod.exports, Module.createRequire(file), mod, file, dirname(file));
  mod.loaded = true;
  return {
    exports: mod.exports,
    cache: cachedData === undefined ? "none" : script.cachedDataRejected ? "rejected" : "used",
    // Written to a temporary file and renamed into place: a killed build never leaves half a cache.
    writeCache() {
      const target = cachePath(file);
      const tmp = `${target}.${process.pid}.tmp`;
      try {
        writeFileSync(tmp, script.createCachedData());
        renameSync(tmp, target);
      } finally {
        rmSync(tmp, { force: true });
      }
    },
  };
}

module.exports = { loadBundle, cachePath };
