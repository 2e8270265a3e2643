import { cleanLevel } from "../../../../src/core/table/recognize/normalize";

describe("cleanLevel (first- and second-level labels)", () => {
  it("drops a bracketed score and keeps it as the level's weight", () => {
    expect(cleanLevel("产出指标（50分）")).toEqual({ text: "产出指标", weight: 50 });
    expect(cleanLevel("效益指标\n(30分)")).toEqual({ text: "效益指标", weight: 30 });
  });

  it("reads a bare bracketed number at the end as the points (湖南 零陵 2021: 产出指标\\n(50))", () => {
    expect(cleanLevel("产出指标\n(50)")).toEqual({ text: "产出指标", weight: 50 });
    expect(cleanLevel("满意度指标（10）")).toEqual({ text: "满意度指标", weight: 10 });
  });

  it("keeps other brackets as printed", () => {
    expect(cleanLevel("数量指标（或建筑规模指标）")).toEqual({ text: "数量指标（或建筑规模指标）" });
    expect(cleanLevel("产出指标(2020)年")).toEqual({ text: "产出指标(2020)年" });
  });
});

describe("cleanLevel with a range of points (重庆 奉节 2023 审批表)", () => {
  it("drops the range and gives no fixed weight", () => {
    expect(cleanLevel("成本指标（0-20）分")).toEqual({ text: "成本指标" });
    expect(cleanLevel("产出指标（40-50分）")).toEqual({ text: "产出指标" });
  });
});
