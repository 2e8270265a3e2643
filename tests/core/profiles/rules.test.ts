/**
 * Issue 9: each rule that differs between places is a profile switch with its number and source in the
 * profile's description; the 101号 cost tree and 满意度指标 as a second level are accepted everywhere.
 */
import { BUILTIN_PROFILES, builtinProfile } from "../../../src/core/profiles/builtin";
import { checkTable } from "../../../src/core/checks";
import { makeTable, type RowSpec } from "../checks/fixtures/table";

const codes = (issues: { code: string }[]) => issues.map((i) => i.code);

describe("profile switches and their sources", () => {
  it("national-2020 keeps its numbers and carries the deduction and the cap, both off", () => {
    const p = builtinProfile("national-2020");
    expect(p.level1Weights).toEqual({ 产出指标: 50, 效益指标: 30, 满意度指标: 10 });
    expect(p.overDeduction).toEqual({ enabled: false, threshold: 1.3, points: 2 });
    expect(p.executionCap.enabled).toBe(false);
    expect(p.executionCap.bands).toEqual([
      { below: 0.8, max: 89 },
      { below: 0.7, max: 79 },
      { below: 0.6, max: 69 },
      { below: 0.5, max: 59 },
    ]);
    expect(p.description).toMatch(/Q-desk33/);
    expect(p.description).toMatch(/30%/);
  });

  it("qualitative tiers are half-open: [80%,100%], [60%,80%), [0,60%)", () => {
    for (const p of BUILTIN_PROFILES) {
      expect(p.qualitativeTiers.map((t) => t.maxInclusive)).toEqual([true, false, false]);
    }
  });

  it("hubei-20: budget 20, indicators 80, tiers 80%/50%, reverse A/B, sources named", () => {
    const p = builtinProfile("hubei-20");
    expect(p.budget.weight).toBe(20);
    expect(p.indicatorTotal).toBe(80);
    expect(p.level1Weights).toBeNull();
    expect(p.reverseFormula).toBe("ratio");
    expect(p.qualitativeTiers.map((t) => [t.min, t.max])).toEqual([[0.8, 1], [0.5, 0.8], [0, 0.5]]);
    for (const q of ["Q-1wenmi", "Q-kunmingchi", "Q-huanggang"]) expect(p.description).toContain(q);
  });

  it("central-2021's weights are marked unverified in its description", () => {
    expect(builtinProfile("central-2021").description).toMatch(/未核实.*unverified/);
  });

  it("every description names a source for each switch it turns on", () => {
    for (const p of BUILTIN_PROFILES) {
      if (p.overDeduction.enabled || p.executionCap.enabled) expect(p.description).toMatch(/Q-desk33/);
      if (Object.keys(p.severity).length > 0) expect(p.description).toMatch(/warning/);
    }
  });
});

/** A small self-evaluation: one output, one benefit, one satisfaction row; cost rows added by each test. */
const rows = (cost: RowSpec[]): RowSpec[] => [
  { l1: "产出指标", l2: "数量指标", name: "完成数量", target: "≥10个", weight: 30, actual: 10, score: 30 },
  ...cost,
  { l1: "效益指标", l2: "社会效益指标", name: "覆盖人数", target: "≥100人", weight: 30, actual: 100, score: 30 },
  { l1: "满意度指标", l2: "满意度指标", name: "群众满意度", target: "≥90%", weight: 10, actual: 95, score: 10 },
];

describe("the 101号 cost tree and 满意度指标 as a second level, under every profile", () => {
  const daying: RowSpec = { l1: "产出指标", l2: "经济成本指标", name: "成本控制数", target: 30, operator: "≤", unit: "万元", weight: 20, actual: 30, score: 20 };
  const firstLevel: RowSpec = { l1: "成本指标", l2: "经济成本指标", name: "项目总成本", target: "≤90万元", weight: 20, actual: 80, score: 20 };

  it.each(BUILTIN_PROFILES.map((p) => [p.id]))("%s: 经济成本指标 under 产出 (Q-daying) is no bad-tree and counts as cost", (id) => {
    const p = builtinProfile(id);
    if (p.id === "central-2021") return; // 成本 is a first level there; covered below
    const found = codes(checkTable(makeTable("self-eval", rows([daying])), { profile: p }).issues);
    expect(found).not.toContain("structure/bad-tree");
    expect(found).not.toContain("structure/no-cost");
  });

  it.each(BUILTIN_PROFILES.map((p) => [p.id]))("%s: 成本指标 as a first level with 经济成本指标 is accepted", (id) => {
    const found = codes(checkTable(makeTable("self-eval", rows([firstLevel])), { profile: builtinProfile(id) }).issues);
    expect(found).not.toContain("structure/bad-tree");
    expect(found).not.toContain("structure/no-cost");
  });
});

describe("severity per code", () => {
  const twoRows: RowSpec[] = [
    { l1: "产出指标", l2: "数量指标", name: "发放人数", target: "≥50人", weight: 45, actual: 50, score: 45 },
    { l1: "满意度指标", l2: "服务对象满意度指标", name: "满意度", target: "≥90%", weight: 45, actual: 95, score: 45 },
  ];
  it("sichuan-90 and hubei-20 make no-cost and too-few warnings; national-2020 keeps them errors", () => {
    const sev = (id: string, code: string) =>
      checkTable(makeTable("self-eval", twoRows), { profile: builtinProfile(id) }).issues.find((i) => i.code === code)?.severity;
    expect(sev("national-2020", "structure/no-cost")).toBe("error");
    expect(sev("national-2020", "structure/too-few")).toBe("error");
    for (const id of ["sichuan-90", "hubei-20"]) {
      expect(sev(id, "structure/no-cost")).toBe("warning");
      expect(sev(id, "structure/too-few")).toBe("warning");
    }
  });
  it("the caller's override still wins over the profile's", () => {
    const r = checkTable(makeTable("self-eval", twoRows), { profile: builtinProfile("sichuan-90"), severity: { "structure/no-cost": "off" } });
    expect(codes(r.issues)).not.toContain("structure/no-cost");
  });
});
