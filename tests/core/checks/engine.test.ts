import { checkTable, checkTables, RULES, type Rule } from "../../../src/core/checks";
import { builtinProfile } from "../../../src/core/profiles/builtin";
import { at, goodGoal, goodSelfEval, makeTable, type RowSpec } from "./fixtures/table";
import { testLibrary } from "./fixtures/library";

const national = builtinProfile("national-2020");
const sichuan = builtinProfile("sichuan-90");
const central = builtinProfile("central-2021");
const library = testLibrary();
const codes = (issues: { code: string }[]) => issues.map((i) => i.code);

describe("checkTable", () => {
  it("fills severity and sheet, sorts table-wide issues first then by row and code", () => {
    const t = goodSelfEval((r) => {
      at(r, 3).target = "≥800元"; // operator-mismatch (warning) on row 8
      at(r, 0).weight = null; // weight/missing + weight/sum
      at(r, 1).target = "进一步提高"; // vague, row 6
    });
    const report = checkTable(t, { profile: national, library });
    expect(report.issues.every((i) => i.sheet === "自评表")).toBe(true);
    const keyed = report.issues.map((i) => [i.row ?? 0, i.code] as const);
    const sorted = [...keyed].sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
    expect(keyed).toEqual(sorted);
    expect(report.issues[0]?.row).toBeUndefined();
    const sum = report.issues.find((i) => i.code === "weight/sum");
    expect(sum?.severity).toBe("error");
    expect(report.issues.find((i) => i.code === "library/operator-mismatch")).toMatchObject({ severity: "warning", row: 8, cell: "E8", indicator: "人均培训成本" });
    expect(report.counts.error + report.counts.warning + report.counts.info).toBe(report.issues.length);
  });

  it("runs score and budget rules on self-evaluation only", () => {
    const t = goodSelfEval((r) => (at(r, 0).score = 25), { budget: 100, executed: 50, weight: 10, score: 5 });
    expect(codes(checkTable(t, { profile: national }).issues)).toEqual(expect.arrayContaining(["score/exceeds-weight", "budget/low-execution"]));
    const asGoal = { ...t, kind: "goal" as const };
    const found = codes(checkTable(asGoal, { profile: national }).issues);
    expect(found.filter((c) => c.startsWith("score/") || c.startsWith("budget/"))).toEqual([]);
  });

  it("applies severity overrides and 'off'", () => {
    const t = goodSelfEval((r) => (at(r, 1).target = "进一步提高"));
    const base = checkTable(t, { profile: national, library });
    expect(base.issues.find((i) => i.code === "value/vague")?.severity).toBe("warning");
    const raised = checkTable(t, { profile: national, library, severity: { "value/vague": "error" } });
    expect(raised.issues.find((i) => i.code === "value/vague")?.severity).toBe("error");
    const off = checkTable(t, { profile: national, library, severity: { "value/vague": "off" } });
    expect(codes(off.issues)).not.toContain("value/vague");
  });

  it("caps at maxIssues, marks truncation and still counts everything", () => {
    const rows: RowSpec[] = Array.from({ length: 30 }, (_, i) => ({ l1: "产出指标", l2: "数量指标", name: `指标${i}`, target: "" }));
    const t = makeTable("goal", rows);
    const full = checkTable(t, { profile: national });
    expect(full.truncated).toBe(false);
    const capped = checkTable(t, { profile: national, maxIssues: 5 });
    expect(capped.issues).toHaveLength(5);
    expect(capped.truncated).toBe(true);
    expect(capped.counts).toEqual(full.counts);
    expect(capped.issues).toEqual(full.issues.slice(0, 5));
  });

  it("defaults maxIssues to 1000", () => {
    const rows: RowSpec[] = Array.from({ length: 600 }, (_, i) => ({ l1: "产出指标", l2: "数量指标", name: `指标${i}`, target: "", basis: null }));
    const r = checkTable(makeTable("goal", rows), { profile: national });
    expect(r.truncated).toBe(true);
    expect(r.issues).toHaveLength(1000);
  });

  it("skips library rules without a library", () => {
    const t = goodGoal((r) => (at(r, 1).name = "完全不在库里的指标"));
    expect(codes(checkTable(t, { profile: national, library }).issues)).toContain("library/unknown");
    expect(codes(checkTable(t, { profile: national }).issues).filter((c) => c.startsWith("library/") && c !== "library/basis-missing")).toEqual([]);
  });

  it("honours a rule's enabled switch and stages", () => {
    const calls: string[] = [];
    const probe = (enabled: boolean): Rule => ({
      code: "value/vague",
      defaultSeverity: "info",
      stages: ["goal"],
      enabled: () => enabled,
      check: () => {
        calls.push("ran");
        return [{ code: "value/vague", params: { text: "明显改善" } }];
      },
    });
    expect(checkTable(goodGoal(), { profile: national }, [probe(true)]).counts.info).toBe(1);
    expect(checkTable(goodGoal(), { profile: national }, [probe(false)]).issues).toEqual([]);
    expect(checkTable(goodSelfEval(), { profile: national }, [probe(true)]).issues).toEqual([]);
    expect(calls).toEqual(["ran"]);
  });

  it("registry rules name their stages and severities", () => {
    for (const r of RULES) {
      expect(r.stages.length).toBeGreaterThan(0);
      expect(["error", "warning", "info"]).toContain(r.defaultSeverity);
    }
  });
});

describe("profiles switch rules", () => {
  const unbalanced = () =>
    goodSelfEval((r) => {
      at(r, 0).weight = 30;
      at(r, 0).score = 30;
      at(r, 4).weight = 20;
      at(r, 4).score = 20;
    });

  it("national-2020 fixes first-level weights; sichuan-90 lets the unit distribute 90", () => {
    expect(codes(checkTable(unbalanced(), { profile: national }).issues)).toContain("weight/level1");
    const s = codes(checkTable(unbalanced(), { profile: sichuan }).issues);
    expect(s).not.toContain("weight/level1");
    expect(s).not.toContain("weight/sum");
  });

  it("central-2021 keeps 成本 as a first level with its own weight", () => {
    const centralRows = (cost: RowSpec): RowSpec[] => [
      { l1: "产出指标", l2: "数量指标", name: "培训参加人数", target: "≥500人", weight: 20, actual: 520, score: 20 },
      { l1: "产出指标", l2: "质量指标", name: "培训出勤率", target: "≥95%", weight: 10, actual: 96, score: 10 },
      cost,
      { l1: "效益指标", l2: "社会效益指标", name: "学员业务能力提升情况", target: "有效提升", weight: 30, tier: "达成年度指标", score: 30 },
      { l1: "满意度指标", l2: "服务对象满意度指标", name: "受训学员满意度", target: "≥90%", weight: 10, actual: 95, score: 10 },
    ];
    const budget = { budget: 100, executed: 100, weight: 10, score: 10 };
    const asCentral = makeTable("self-eval", centralRows({ l1: "成本指标", l2: "经济成本指标", name: "人均培训成本", target: "≤800元", weight: 20, actual: 780, score: 20 }), { budget });
    expect(checkTable(asCentral, { profile: central, library }).issues).toEqual([]);

    // The 2020 tree files cost under 产出: under central-2021 that is a bad tree and no cost indicator.
    const as2020 = makeTable("self-eval", centralRows({ l1: "产出指标", l2: "成本指标", name: "人均培训成本", target: "≤800元", weight: 20, actual: 780, score: 20 }), { budget });
    const found = codes(checkTable(as2020, { profile: central, library }).issues);
    expect(found).toEqual(expect.arrayContaining(["structure/bad-tree", "weight/level1"]));
    // The central table under the 2020 profile (issue 9): the 101号 cost tree is accepted everywhere;
    // 成本指标 as a first level counts under 产出 (30 + 20 = the 2020 产出 50), its 二级 as 成本指标.
    const under2020 = codes(checkTable(asCentral, { profile: national, library }).issues);
    expect(under2020).not.toContain("structure/bad-tree");
    expect(under2020).not.toContain("structure/no-cost");
    expect(under2020).not.toContain("weight/level1");
  });

  it("explanation switches turn score/explanation-missing off", () => {
    const t = goodSelfEval((r) => {
      at(r, 1).actual = 90;
      at(r, 1).score = 9.47;
    });
    expect(codes(checkTable(t, { profile: national }).issues)).toContain("score/explanation-missing");
    const lax = { ...national, explanation: { belowWeight: false, overCompletion: false } };
    expect(codes(checkTable(t, { profile: lax }).issues)).not.toContain("score/explanation-missing");
  });

  it("cost.required false turns structure/no-cost off", () => {
    const t = goodGoal((r) => r.splice(3, 1));
    expect(codes(checkTable(t, { profile: national }).issues)).toContain("structure/no-cost");
    const lax = { ...national, cost: { ...national.cost, required: false } };
    expect(codes(checkTable(t, { profile: lax }).issues)).not.toContain("structure/no-cost");
  });
});

describe("checkTables", () => {
  it("keeps the tables' order and their sheets", () => {
    const a = { ...goodGoal((r) => (at(r, 1).target = "")), sheet: "甲" };
    const b = { ...goodGoal((r) => (at(r, 0).target = "")), sheet: "乙" };
    const r = checkTables([a, b], { profile: national });
    expect(r.issues.map((i) => [i.sheet, i.code])).toEqual([
      ["甲", "value/missing"],
      ["乙", "value/missing"],
    ]);
    expect(r.counts.error).toBe(2);
  });
});
