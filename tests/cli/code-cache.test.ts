import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { writeSpec } from "../fixtures/workbooks/spec";
import { hubei } from "../fixtures/workbooks/layouts";
import { tempDir } from "./helpers";

const root = join(__dirname, "..", "..");
const bin = join(root, "bin", "jixiao.js");
const bundle = join(root, "dist-cli", "jixiao.cjs");
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the loader is plain JavaScript beside bin/jixiao.js
const { loadBundle, cachePath } = require("../../bin/load-bundle.js") as {
  loadBundle: (file: string, opts?: { cache?: boolean }) => { exports: Record<string, unknown>; cache: "used" | "rejected" | "none"; writeCache: () => void };
  cachePath: (file: string) => string;
};

describe("the command's V8 code cache (dist-cli/jixiao.cjs.v8cache)", () => {
  it("is written by the build (jest's global setup runs it) and accepted by this Node", () => {
    expect(existsSync(cachePath(bundle))).toBe(true);
    // Loading in a child keeps this test's process free of a second copy of the bundle.
    const r = spawnSync(process.execPath, ["-e", `process.stdout.write(require(${JSON.stringify(join(root, "bin", "load-bundle.js"))}).loadBundle(${JSON.stringify(bundle)}).cache)`], { encoding: "utf8" });
    expect(r.stdout).toBe("used");
  });

  it("gives the same output as compiling without it", async () => {
    const dir = tempDir();
    await writeSpec(hubei(), join(dir, "湖北.xlsx"));
    const run = (cache: string): ReturnType<typeof spawnSync> =>
      spawnSync(process.execPath, [bin, "check", "湖北.xlsx", "--json"], { cwd: dir, encoding: "utf8", env: { ...process.env, JIXIAO_LANG: "", JIXIAO_CODE_CACHE: cache } });
    const withCache = run("");
    const without = run("off");
    expect(withCache.stdout).toBe(without.stdout);
    expect(withCache.status).toBe(without.status);
    expect(String(withCache.stdout)).toContain('"kind":"self-eval"');
  });

  it("a damaged or foreign cache is rejected by V8 and the bundle still runs; a new one is written whole", () => {
    const dir = tempDir();
    const copy = join(dir, "jixiao.cjs");
    copyFileSync(bundle, copy);
    writeFileSync(cachePath(copy), Buffer.from("not a V8 code cache at all, just bytes ".repeat(100)));
    const damaged = loadBundle(copy);
    expect(damaged.cache).toBe("rejected");
    expect(typeof damaged.exports.run).toBe("function");
    damaged.writeCache();
    expect(readdirSync(dir).sort()).toEqual(["jixiao.cjs", "jixiao.cjs.v8cache"]);
    expect(loadBundle(copy).cache).toBe("used");
    expect(loadBundle(copy, { cache: false }).cache).toBe("none");
  });
});
