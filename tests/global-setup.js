// Tests that spawn bin/jixiao.js run the built bundle, as a user does: build it once per jest run
// (esbuild takes well under a second), so a stale or missing dist-cli/ cannot mislead them.
const { execFileSync } = require("node:child_process");
const { join } = require("node:path");

module.exports = async () => {
  execFileSync(process.execPath, [join(__dirname, "..", "scripts", "build-cli.mjs")], { stdio: "pipe" });
};
