import { diffLibraries } from "../../../src/core/library/diff";
import { loadLibrary } from "../../../src/core/library/load";
import { indicator, samplePackage } from "./fixtures";

describe("diffLibraries", () => {
  it("reports nothing between identical libraries", () => {
    const d = diffLibraries(loadLibrary(samplePackage()), loadLibrary(samplePackage()));
    expect(d).toEqual({ added: [], retired: [], changed: [], metaChanged: [], profilesChanged: [], treeChanged: false });
  });

  it("detects added, changed fields, newly retired, removed and meta/profile changes", () => {
    const a = loadLibrary(samplePackage());
    const raw = samplePackage();
    raw.meta.version = "1.3.0";
    raw.meta.issued = "2025-06-01";
    raw.indicators[0] = { ...raw.indicators[0]!, unit: "‰", explanation: "新的解释。" };
    raw.indicators[1] = { ...raw.indicators[1]!, status: { state: "retired", date: "2025-06-01", replacement: "NEW-001" } };
    raw.indicators.splice(4, 1); // GX-SL-005 removed outright
    raw.indicators.push(indicator({ code: "NEW-001", name: "培训覆盖率" }));
    raw.profiles[1] = { ...raw.profiles[1]!, minIndicators: 9 };
    const b = loadLibrary(raw);

    const d = diffLibraries(a, b);
    expect(d.added.map((i) => i.code)).toEqual(["NEW-001"]);
    expect(d.changed).toEqual([{ code: "GX-SX-001", name: "资金拨付及时率", fields: ["explanation", "unit"] }]);
    expect(d.retired.map((r) => [r.indicator.code, r.removed, r.replacement?.code])).toEqual([
      ["PX-ZL-002", false, "NEW-001"],
      ["GX-SL-005", true, undefined],
    ]);
    expect(d.metaChanged).toEqual(["version", "issued"]);
    expect(d.profilesChanged).toEqual(["sichuan-90"]);
    expect(d.treeChanged).toBe(false);
  });

  it("lists other field changes of a retired indicator, and a reinstatement as a status change", () => {
    const a = loadLibrary(samplePackage());
    const raw = samplePackage();
    raw.indicators[1] = { ...raw.indicators[1]!, name: "参训出勤率", status: { state: "retired", date: "2025-06-01" } };
    raw.indicators[3] = { ...raw.indicators[3]!, status: { state: "active" } };
    const d = diffLibraries(a, loadLibrary(raw));
    expect(d.retired.map((r) => r.indicator.code)).toEqual(["PX-ZL-002"]);
    expect(d.changed).toEqual([
      { code: "PX-ZL-002", name: "参训出勤率", fields: ["name"] },
      { code: "GX-CB-004", name: "重复采购成本", fields: ["status"] },
    ]);
  });
});
