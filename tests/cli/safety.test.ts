import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { writeSpec } from "../fixtures/workbooks/spec";
import { hubei } from "../fixtures/workbooks/layouts";
import { handmadeXlsx } from "../xlsx/handmade";
import { chooseJobs } from "../../src/cli/pool";
import { cli, tempDir } from "./helpers";

const root = join(__dirname, "..", "..");
const bin = join(root, "bin", "jixiao.js");
const sha = (p: string): string => createHash("sha256").update(readFileSync(p)).digest("hex");
const jixiao = (args: string[], cwd: string, extra: { uid?: number; gid?: number } = {}) =>
  spawnSync(process.execPath, [bin, ...args], { cwd, encoding: "utf8", timeout: 20_000, env: { ...process.env, JIXIAO_LANG: "", JIXIAO_DEBUG: "" }, ...extra });

describe("--jobs is a whole number from 1 to the number of cores", () => {
  it.each(["abc", "0", "-3", "1.5", "500", String(availableParallelism() + 1)])("--jobs %s is refused with exit 2, Chinese first", async (v) => {
    const dir = tempDir();
    await writeSpec(hubei(), join(dir, "a.xlsx"));
    const r = await cli(["check", "a.xlsx", `--jobs=${v}`], dir);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toMatch(/--jobs 须为 1 到 \d+ 之间的整数.* \/ --jobs must be a whole number/);
  });
});

describe("the worker pool", () => {
  const twoCores = availableParallelism() >= 2 ? it : it.skip;
  twoCores("the built command gives byte-identical output with and without the pool (precompiled worker)", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "in"));
    for (let i = 0; i < 6; i++) await writeSpec(hubei(), join(dir, "in", `${i}.xlsx`));
    writeFileSync(join(dir, "in", "坏.xlsx"), "not a zip");
    const one = jixiao(["check", "in", "--json", "--jobs", "1"], dir);
    const pool = jixiao(["check", "in", "--json", "--jobs", "2"], dir);
    expect(pool.stderr).toBe("");
    expect(pool.stdout).toBe(one.stdout);
    expect(pool.status).toBe(one.status);
    expect(jixiao(["check", "in", "--jobs", "2"], dir).stdout).toBe(jixiao(["check", "in", "--jobs", "1"], dir).stdout);
  });

  it("is the default only for big batches with cores to spare", () => {
    expect(chooseJobs(10_000, undefined, 2)).toBe(1);
    expect(chooseJobs(10, undefined, 16)).toBe(1);
    expect(chooseJobs(10_000, undefined, 16)).toBeGreaterThan(1);
    expect(chooseJobs(3, 2, 2)).toBe(2);
  });
});

describe("--version", () => {
  it("prints the version and the built-in library's id@version", () => {
    const r = jixiao(["--version"], root);
    expect(r.status).toBe(0);
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
    const lib = JSON.parse(readFileSync(join(root, "assets", "library", "meta.json"), "utf8")) as { id: string; version: string };
    expect(r.stdout).toBe(`jixiao ${pkg.version}\n内置指标库 ${lib.id}@${lib.version}\n`);
  });
});

describe("nothing lost: outputs", () => {
  it("check X --report X is refused and X is untouched", async () => {
    const dir = tempDir();
    await writeSpec(hubei(), join(dir, "a.xlsx"));
    const before = sha(join(dir, "a.xlsx"));
    for (const force of [[], ["--force"]]) {
      const r = await cli(["check", "a.xlsx", "--report", "./a.xlsx", ...force], dir);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/就是输入文件/);
      expect(sha(join(dir, "a.xlsx"))).toBe(before);
    }
  });

  it("a folder's workbook as --report is refused too", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "in"));
    await writeSpec(hubei(), join(dir, "in", "a.xlsx"));
    const r = await cli(["check", "in", "--report", "in/a.xlsx", "--force"], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/就是输入文件/);
  });

  it("an existing report is kept unless --force", async () => {
    const dir = tempDir();
    await writeSpec(hubei(), join(dir, "a.xlsx"));
    writeFileSync(join(dir, "report.xlsx"), "an earlier report");
    const r = await cli(["check", "a.xlsx", "--report", "report.xlsx"], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/已存在.*--force/);
    expect(readFileSync(join(dir, "report.xlsx"), "utf8")).toBe("an earlier report");
    const f = await cli(["check", "a.xlsx", "--report", "report.xlsx", "--force"], dir);
    expect(f.code).toBeLessThan(2);
    expect(readFileSync(join(dir, "report.xlsx")).subarray(0, 2).toString()).toBe("PK");
    expect(readdirSync(dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });

  it("library build and template keep an existing output unless --force, and never write over their input", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "out.json"), "keep");
    expect((await cli(["library", "build", "lib.xlsx", "-o", "out.json"], dir)).code).toBe(2);
    expect(readFileSync(join(dir, "out.json"), "utf8")).toBe("keep");
    expect((await cli(["library", "build", "out.json", "-o", "out.json", "--force"], dir)).err).toMatch(/就是输入文件/);
    writeFileSync(join(dir, "t.xlsx"), "keep");
    expect((await cli(["template", "goal", "-o", "t.xlsx"], dir)).code).toBe(2);
    expect(readFileSync(join(dir, "t.xlsx"), "utf8")).toBe("keep");
  });

  it.each(["SIGINT", "SIGTERM"] as const)("a write interrupted by %s leaves neither a partial file nor a temporary one", async (signal) => {
    const dir = tempDir();
    const child = spawn(process.execPath, ["-e", `require("tsx/cjs/api").register(); require(${JSON.stringify(join(__dirname, "interrupt-child.ts"))})`], {
      cwd: root,
      env: { ...process.env, JIXIAO_TEST_TARGET: join(dir, "out.xlsx") },
    });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on("data", (d: Buffer) => d.toString().includes("ready") && resolve());
      child.on("exit", () => reject(new Error("child ended early")));
    });
    expect(readdirSync(dir).some((n) => n.endsWith(".tmp"))).toBe(true);
    const code = await new Promise<number | null>((resolve) => {
      child.removeAllListeners("exit");
      child.on("exit", (c) => resolve(c));
      child.kill(signal);
    });
    expect(code).toBe(signal === "SIGINT" ? 130 : 143);
    expect(readdirSync(dir)).toEqual([]);
  }, 20_000);
});

describe("output to a reader that stops early", () => {
  it("`jixiao check … | head` ends quietly, without a stack trace", async () => {
    const dir = tempDir();
    // Enough output to outrun the pipe's buffer (64 KiB) after the reader has gone.
    await writeSpec(hubei(), join(dir, "0.xlsx"));
    for (let i = 1; i < 300; i++) copyFileSync(join(dir, "0.xlsx"), join(dir, `${i}.xlsx`));
    // A shell pipe into a reader that takes one line and leaves.
    const r = spawnSync("sh", ["-c", `"${process.execPath}" "${bin}" check . | head -1`], { cwd: dir, encoding: "utf8", timeout: 20_000 });
    expect(r.stdout.split("\n").filter(Boolean)).toHaveLength(1);
    expect(r.stderr).not.toMatch(/EPIPE|Unhandled|at /);
  });
});

describe("inputs: hostile, odd and unreadable ones never take the batch down", () => {
  it("a workbook claiming A1:XFD1048576 is refused in under 2 s with exit 2; the other file in the folder is still checked", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "in"));
    writeFileSync(join(dir, "in", "1-炸弹.xlsx"), handmadeXlsx(`<dimension ref="A1:XFD1048576"/><sheetData/><mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells>`));
    await writeSpec(hubei(), join(dir, "in", "2-湖北.xlsx"));
    const t0 = performance.now();
    const alone = jixiao(["check", "in/1-炸弹.xlsx"], dir);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(alone.status).toBe(2);
    expect(alone.stdout).toMatch(/超出可检查的范围/);
    const r = jixiao(["check", "in", "--json"], dir);
    expect(r.status).toBe(2);
    const obj = JSON.parse(r.stdout) as { files: { file: string; error?: string; tables: unknown[] }[] };
    expect(obj.files.map((f) => f.file)).toEqual(["in/1-炸弹.xlsx", "in/2-湖北.xlsx"]);
    expect(obj.files[0]!.error).toMatch(/^“1-炸弹\.xlsx”超出可检查的范围/);
    expect(obj.files[1]!.tables.length).toBeGreaterThan(0);
  });

  it("a FIFO named like a workbook and /dev/zero are refused at once, not waited on", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "in"));
    await writeSpec(hubei(), join(dir, "in", "b.xlsx"));
    expect(spawnSync("mkfifo", [join(dir, "in", "a.xlsx")]).status).toBe(0);
    const r = jixiao(["check", "in", "/dev/zero", "--json"], dir);
    expect(r.error).toBeUndefined(); // not killed by the timeout
    expect(r.status).toBe(2);
    const obj = JSON.parse(r.stdout) as { files: { file: string; error?: string; tables: unknown[] }[] };
    expect(obj.files[0]!.error).toMatch(/不是普通文件/);
    expect(obj.files[1]!.tables.length).toBeGreaterThan(0);
    expect(obj.files[2]!.error).toMatch(/不是普通文件/);
  });

  it("symlinks in a folder are followed, a loop is walked once", async () => {
    const dir = tempDir();
    mkdirSync(join(dir, "in"));
    mkdirSync(join(dir, "elsewhere"));
    await writeSpec(hubei(), join(dir, "elsewhere", "湖北.xlsx"));
    symlinkSync(join(dir, "elsewhere", "湖北.xlsx"), join(dir, "in", "链接.xlsx"));
    symlinkSync(join(dir, "in"), join(dir, "in", "回环"));
    const r = await cli(["check", "in", "--json"], dir);
    const obj = JSON.parse(r.out) as { files: { file: string; tables: unknown[] }[] };
    expect(obj.files.map((f) => f.file)).toEqual(["in/链接.xlsx"]);
    expect(obj.files[0]!.tables.length).toBeGreaterThan(0);
  });

  const asNobody = process.getuid?.() === 0 ? it : it.skip;
  asNobody("an unreadable file or subfolder is one line \"无法读取：没有权限\", the rest is checked", async () => {
    const dir = tempDir();
    chmodSync(dir, 0o755);
    mkdirSync(join(dir, "in"), { mode: 0o755 });
    mkdirSync(join(dir, "in", "锁住的"), { mode: 0o700 });
    await writeSpec(hubei(), join(dir, "in", "锁住的", "x.xlsx"));
    await writeSpec(hubei(), join(dir, "in", "a.xlsx"));
    await writeSpec(hubei(), join(dir, "in", "b.xlsx"));
    chmodSync(join(dir, "in", "a.xlsx"), 0o644);
    chmodSync(join(dir, "in", "b.xlsx"), 0o600);
    const r = jixiao(["check", "in"], dir, { uid: 65534, gid: 65534 });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("");
    expect(r.stdout.match(/无法读取：没有权限/g)).toHaveLength(2);
    expect(r.stdout).not.toMatch(/可能已损坏|EACCES/);
    expect(r.stdout).toMatch(/共 3 个文件/);
  });
});

describe("terminal safety", () => {
  it("control characters from file names and cells are shown escaped, never sent raw", async () => {
    const dir = tempDir();
    const name = "a\u001b[2J\u0007.xlsx";
    await writeSpec(hubei(), join(dir, name));
    const r = await cli(["check", "."], dir);
    expect(r.out).toContain("a\\x1b[2J\\x07.xlsx");
    // eslint-disable-next-line no-control-regex -- the point of the test
    expect(r.out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(existsSync(join(dir, name))).toBe(true);
  });
});
