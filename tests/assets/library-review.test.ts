/**
 * Issue 9: the built-in library reviewed against the published 通用共性指标库 (Q-clix) and the spot-check
 * in the domain notes. Each assertion names the entry and why.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import builtinJson from "../../assets/library/builtin.json";
import { loadLibrary } from "../../src/core/library";
import { EXECUTION_NAME } from "../../src/core/checks/rules/budget/as-indicator";
import { cli, tempDir } from "../cli/helpers";

const lib = loadLibrary(builtinJson);
const byCode = new Map(lib.indicators.map((i) => [i.code, i]));
const get = (code: string) => {
  const i = byCode.get(code);
  if (!i) throw new Error(code);
  return i;
};

describe("built-in library 1.1.0 review", () => {
  it("meeting and training counts are output counts (≥), as Q-clix lists them", () => {
    for (const code of ["GX-HYI-001", "GX-HYI-002", "GX-PX-001", "GX-PX-002"]) {
      expect([code, get(code).level2, get(code).operator]).toEqual([code, "数量指标", ">="]);
    }
    expect(get("GX-HYI-001").example).toBe("≥6次");
  });

  it("every execution-rate entry is marked for the budget block", () => {
    const exec = lib.indicators.filter((i) => EXECUTION_NAME.test(i.name));
    expect(exec.map((i) => i.code).sort()).toEqual(["BM-CB-008", "YS-001", "YS-002", "YS-003"]);
    for (const i of exec) expect([i.code, i.block]).toEqual([i.code, "budget"]);
  });

  it("staff satisfaction is not filed as 服务对象满意度", () => {
    expect(get("BM-MY-006").level2).not.toBe("服务对象满意度指标");
  });

  it("costs per unit and durations are ceilings unless they are a funding standard to reach", () => {
    for (const i of lib.indicators) {
      if (i.kind !== "quantitative") continue;
      if (/^(天|工作日|小时|个工作日)$/.test(i.unit) && i.level2 === "时效指标") expect([i.code, i.operator]).toEqual([i.code, "<="]);
    }
    for (const code of ["GX-HYI-007", "GX-PX-007", "GX-HYI-003"]) expect(get(code).operator).toBe("<=");
  });

  it("=3天 培训天数 stays equality, now scored on both sides, and says so", () => {
    expect(get("GX-PX-014").operator).toBe("=");
    expect(get("GX-PX-014").scoring).toMatch(/多于/);
  });

  it("the version is bumped and the changelog lists exactly the changes the diff shows", async () => {
    expect(lib.meta.version).toBe("1.1.0");
    const entry = lib.changelog?.find((c) => c.version === "1.1.0");
    expect(entry).toBeDefined();
    // Rebuild the 1.0.0 values of the fields this review changed, and let `jixiao library diff` find them.
    const old = JSON.parse(JSON.stringify(builtinJson)) as { meta: { version: string }; indicators: Record<string, unknown>[] };
    old.meta.version = "1.0.0";
    const revert: Record<string, Record<string, unknown>> = {
      "GX-HYI-001": { operator: "<=", example: "≤6次" },
      "GX-HYI-002": { operator: "<=", example: "≤120人" },
      "YS-001": { block: undefined },
      "YS-002": { block: undefined },
      "YS-003": { block: undefined },
      "BM-CB-008": { block: undefined },
      "BM-MY-006": { level1: "满意度指标", level2: "服务对象满意度指标" },
    };
    for (const ind of old.indicators) {
      const r = revert[ind.code as string];
      if (!r) continue;
      for (const [k, v] of Object.entries(r)) {
        if (v === undefined) delete ind[k];
        else ind[k] = v;
      }
    }
    const dir = tempDir();
    writeFileSync(join(dir, "old.json"), JSON.stringify(old));
    writeFileSync(join(dir, "new.json"), JSON.stringify(builtinJson));
    const d = await cli(["library", "diff", "old.json", "new.json", "--json"], dir);
    const diff = JSON.parse(d.out) as { from: string; to: string; changed: { code: string; fields: string[] }[] };
    expect([diff.from, diff.to]).toEqual(["jixiao-builtin@1.0.0", "jixiao-builtin@1.1.0"]);
    expect(diff.changed.map((c) => c.code).sort()).toEqual(Object.keys(revert).sort());
    for (const code of Object.keys(revert)) expect(entry?.changed).toContain(code);
    expect(diff.changed.find((c) => c.code === "GX-HYI-001")?.fields).toEqual(expect.arrayContaining(["operator"]));
    const text = await cli(["library", "diff", "old.json", "new.json"], dir);
    expect(text.out).toContain("~ GX-HYI-001 召开会议次数 (operator, example)");
  });

  it("library info says central-2021's weights are unverified", async () => {
    const r = await cli(["library", "info"], tempDir());
    expect(r.out).toMatch(/central-2021.*未核实/);
  });
});
