import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { writeSpec } from "../fixtures/workbooks/spec";
import { hubei } from "../fixtures/workbooks/layouts";
import { tempDir } from "./helpers";

const root = join(__dirname, "..", "..");
const bin = join(root, "bin", "jixiao.js");

describe("node bin/jixiao.js (integration)", () => {
  it("runs a check end to end and sets the exit code", async () => {
    const dir = tempDir();
    await writeSpec(hubei(), join(dir, "湖北.xlsx"));
    const r = spawnSync(process.execPath, [bin, "check", "湖北.xlsx", "--json"], { cwd: dir, encoding: "utf8", env: { ...process.env, JIXIAO_LANG: "" } });
    const obj = JSON.parse(r.stdout) as { files: { tables: { kind: string }[]; issues: { severity: string }[] }[] };
    expect(obj.files[0]?.tables[0]?.kind).toBe("self-eval");
    expect(r.status).toBe(obj.files[0]?.issues.some((i) => i.severity === "error") ? 1 : 0);
  });

  it("a missing file is one line on stderr, exit 2, no stack trace", () => {
    const r = spawnSync(process.execPath, [bin, "score", "没有这个文件.xlsx"], { cwd: root, encoding: "utf8", env: { ...process.env, JIXIAO_DEBUG: "" } });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("没有这个文件.xlsx");
  });
});
