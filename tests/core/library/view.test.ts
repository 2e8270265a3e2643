import { createLibraryView, diceSimilarity, normalizeName } from "../../../src/core/library/view";
import { loadLibrary } from "../../../src/core/library/load";
import { indicator, samplePackage } from "./fixtures";

describe("normalizeName", () => {
  it("folds full-width forms, unifies brackets and strips whitespace", () => {
    expect(normalizeName(" 培训 出勤率（％） ")).toBe("培训出勤率(%)");
    expect(normalizeName("【PM２.５】浓度")).toBe("(pm2.5)浓度");
    expect(normalizeName("〔试点〕项目")).toBe(normalizeName("(试点)项目"));
  });
});

describe("createLibraryView", () => {
  const raw = samplePackage();
  raw.indicators.push(
    indicator({ code: "X-1", name: "培训人次" }),
    indicator({ code: "X-2", name: "参训人员满意度", level2: "质量指标" }),
    indicator({ code: "X-3", name: "培训出勤率", level2: "时效指标" }),
  );
  const view = createLibraryView(loadLibrary(raw));

  it("looks up by code and by normalised name, keeping every indicator that shares a name", () => {
    expect(view.byCode.get("GX-SX-001")?.name).toBe("资金拨付及时率");
    expect(view.byName.get(normalizeName("PM2.5年均浓度"))?.map((i) => i.code)).toEqual(["GX-SL-005"]);
    expect(view.byName.get("培训出勤率")?.map((i) => i.code)).toEqual(["PX-ZL-002", "X-3"]);
    expect(view.byName.get(normalizeName("重复采购成本"))?.[0]?.status.state).toBe("retired");
  });

  it("suggests the closest active indicators by bigram similarity", () => {
    expect(view.suggest("培训出勤率%")[0]?.name).toBe("培训出勤率");
    expect(view.suggest("资金拨付的及时率", 1).map((i) => i.name)).toEqual(["资金拨付及时率"]);
    expect(view.suggest("培训人数").map((i) => i.name)[0]).toBe("培训人次");
    expect(view.suggest("重复采购成本")).toEqual([]);
    expect(view.suggest("完全无关的名字")).toEqual([]);
    expect(view.suggest("培训", 10).length).toBeGreaterThan(0);
  });

  it("Dice similarity is 1 for equal names and 0 for disjoint ones", () => {
    expect(diceSimilarity("及时率", "及时率")).toBe(1);
    expect(diceSimilarity("及时率", "满意度")).toBe(0);
    expect(diceSimilarity("培训出勤率", "培训出勤率%")).toBeCloseTo(8 / 9);
  });
});
