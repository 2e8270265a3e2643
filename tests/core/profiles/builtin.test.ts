import { BUILTIN_PROFILES, builtinProfile } from "../../../src/core/profiles/builtin";
import { ProfileSchema } from "../../../src/core/profiles/schema";

describe("built-in rule profiles", () => {
  it("each file is exactly what the schema makes of it, defaults included (they are not parsed at run time)", () => {
    expect(BUILTIN_PROFILES.map((p) => p.id)).toEqual(["national-2020", "sichuan-90", "central-2021", "hubei-20"]);
    for (const p of BUILTIN_PROFILES) expect(ProfileSchema.parse(p)).toStrictEqual(p);
  });

  it("national-2020 is 产出 50 / 效益 30 / 满意度 10 / 预算执行率 10 with bands 90/80/60", () => {
    const p = builtinProfile();
    expect(p.id).toBe("national-2020");
    expect(p.level1Weights).toEqual({ 产出指标: 50, 效益指标: 30, 满意度指标: 10 });
    expect(p.budget.weight).toBe(10);
    expect(p.grades.map((g) => g.min)).toEqual([90, 80, 60, 0]);
    expect(p.qualitativeTiers.map((t) => t.min)).toEqual([0.8, 0.6, 0]);
  });

  it("sichuan-90 leaves first-level weights free inside 90", () => {
    const p = builtinProfile("sichuan-90");
    expect(p.level1Weights).toBeNull();
    expect(p.indicatorTotal + p.budget.weight).toBe(100);
  });

  it("central-2021 makes 成本指标 a first level with three second levels", () => {
    const p = builtinProfile("central-2021");
    const cost = p.tree.find((n) => n.name === "成本指标");
    expect(cost?.children.map((c) => c.name)).toEqual(["经济成本指标", "社会成本指标", "生态环境成本指标"]);
  });

  it("every profile's first-level weights plus budget add to 100", () => {
    for (const p of BUILTIN_PROFILES) {
      const l1 = p.level1Weights ? Object.values(p.level1Weights).reduce((a, b) => a + b, 0) : p.indicatorTotal;
      expect(l1 + p.budget.weight).toBe(100);
    }
  });

  it("rejects an unknown profile id with a Chinese-first message", () => {
    expect(() => builtinProfile("nowhere")).toThrow(/未知的规则配置.*unknown rule profile/);
  });
});
