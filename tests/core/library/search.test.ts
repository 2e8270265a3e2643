import { pinyin } from "pinyin-pro";
import { createSearchIndex, type SearchHit } from "../../../src/core/library/search";
import { loadLibrary } from "../../../src/core/library/load";
import type { LibraryPackage } from "../../../src/core/library/schema";
import { indicator, samplePackage } from "./fixtures";

function library(): LibraryPackage {
  const raw = samplePackage();
  raw.indicators.push(
    indicator({ code: "GX-SX-010", name: "项目验收及时性", keywords: ["验收"] }),
    indicator({ code: "GX-SL-011", name: "及时率", explanation: "单独命名的比率。" }),
    indicator({ code: "HY-JY-012", name: "学生资助覆盖率", level1: "效益指标", level2: "社会效益指标", explanation: "反映资助资金及时到位情况。", scope: { generality: "个性", sectors: ["教育"] } }),
    indicator({ code: "GX-ZL-013", name: "设备重量达标数", unit: "台" }),
    indicator({ code: "GX-SX-014", name: "资金到位率", keywords: ["到位", "及时性"] }),
  );
  return loadLibrary(raw);
}

const names = (hits: SearchHit[]): string[] => hits.map((h) => h.indicator.name);

describe("createSearchIndex", () => {
  const pkg = library();
  const index = createSearchIndex(pkg.indicators, { tree: pkg.tree });

  it("finds 及时率 by initials, full pinyin, spaced pinyin, 汉字 and code", () => {
    for (const q of ["jsl", "jishilv", "ji shi lv", "JiShiLü", "及时", "gx-sx-001", "GX-SX"]) {
      expect(names(index.search(q))).toContain("资金拨付及时率");
    }
  });

  it("ranks exact name, prefix, substring, pinyin, initials, keyword, explanation in that order", () => {
    expect(names(index.search("及时率"))).toEqual(["及时率", "资金拨付及时率"]);
    const hits = index.search("及时");
    expect(hits.map((h) => h.match)).toEqual(["name-prefix", "name", "name", "keyword", "explanation"]);
    expect(names(hits).slice(0, 3)).toEqual(["及时率", "资金拨付及时率", "项目验收及时性"]);
    expect(names(hits)[3]).toBe("资金到位率");
    expect(hits[3]?.ranges).toEqual([{ field: "keywords", index: 1, start: 0, end: 2 }]);
    expect(names(hits)[4]).toBe("学生资助覆盖率");
    const py = index.search("jishi");
    expect(py.every((h) => h.match === "pinyin")).toBe(true);
    expect(names(py)[0]).toBe("及时率");
  });

  it("returns character ranges of the matched 汉字 for a pinyin query", () => {
    const hit = index.search("jishilv").find((h) => h.indicator.code === "GX-SX-001");
    expect(hit?.match).toBe("pinyin");
    expect(hit?.ranges).toEqual([{ field: "name", start: 4, end: 7 }]);
    expect(hit?.indicator.name.slice(4, 7)).toBe("及时率");
    const initials = index.search("bfjs").find((h) => h.indicator.code === "GX-SX-001");
    expect(initials?.match).toBe("initials");
    expect(initials?.ranges).toEqual([{ field: "name", start: 2, end: 6 }]);
    const partial = index.search("zijinbo").find((h) => h.indicator.code === "GX-SX-001");
    expect(partial?.ranges).toEqual([{ field: "name", start: 0, end: 3 }]);
  });

  it("reports ranges for code, keyword and explanation matches", () => {
    expect(index.search("px-zl")[0]?.ranges).toEqual([{ field: "code", start: 0, end: 5 }]);
    const kw = index.search("参训")[0];
    expect(kw?.match).toBe("keyword");
    expect(kw?.ranges).toEqual([{ field: "keywords", index: 1, start: 0, end: 2 }]);
    const ex = index.search("单独命名")[0];
    expect(ex?.ranges).toEqual([{ field: "explanation", start: 0, end: 4 }]);
  });

  it("handles polyphones: 重 as zhong or chong, 率 as lv, lu or shuai", () => {
    expect(names(index.search("zhongliang"))).toContain("设备重量达标数");
    expect(names(index.search("chongfu", { status: "all" }))).toContain("重复采购成本");
    expect(names(index.search("jishilu"))).toContain("资金拨付及时率");
    expect(names(index.search("cql"))).toContain("培训出勤率");
  });

  it("matches Latin and digits inside names, and full-width queries", () => {
    expect(names(index.search("pm2.5"))).toEqual(["PM2.5 年均浓度"]);
    expect(names(index.search("ＰＭ２"))).toEqual(["PM2.5 年均浓度"]);
  });

  it("filters by tree (with aliases), scope tags and status", () => {
    expect(names(index.search("", { level1: "满意度指标" }))).toEqual(["服务对象满意度"]);
    expect(names(index.search("", { level1: "效果指标" }))).toEqual(["PM2.5 年均浓度", "学生资助覆盖率"]);
    expect(names(index.search("", { level2: "进度指标" }))).toEqual(["资金拨付及时率"]);
    expect(names(index.search("", { generality: "个性" }))).toEqual(["培训出勤率", "学生资助覆盖率"]);
    expect(names(index.search("", { projectType: "会议" }))).toEqual(["培训出勤率"]);
    expect(names(index.search("", { sector: ["教育"] }))).toEqual(["培训出勤率", "学生资助覆盖率"]);
    expect(names(index.search("", { tangshanType: "人才工程" }))).toEqual(["培训出勤率"]);
    expect(names(index.search("", { tangshanLayer: "项目指标" }))).toEqual(["培训出勤率"]);
    expect(names(index.search("", { deptDimension: "履职效能" }))).toEqual(["培训出勤率"]);
    expect(names(index.search("", { budgetManagement: true }))).toEqual(["资金拨付及时率"]);
    expect(names(index.search("", { stage: "事中监控" }))).toEqual(["资金拨付及时率"]);
    expect(names(index.search("成本"))).toEqual([]);
    expect(names(index.search("成本", { status: "retired" }))).toEqual(["重复采购成本"]);
    expect(names(index.search("", { status: "all" }))).toHaveLength(pkg.indicators.length);
    expect(names(index.search("jsl", { generality: "个性" }))).toEqual([]);
  });

  it("empty query lists the filtered indicators in library order, up to the limit", () => {
    const all = index.search("   ");
    expect(all.every((h) => h.match === "filter" && h.ranges.length === 0)).toBe(true);
    expect(all).toHaveLength(pkg.indicators.filter((i) => i.status.state === "active").length);
    expect(index.search("", undefined, 2)).toHaveLength(2);
    expect(index.search("l", undefined, 3)).toHaveLength(3);
  });

  it("finds nothing for a query that matches nothing", () => {
    expect(index.search("qqqq")).toEqual([]);
    expect(index.search("没有的词")).toEqual([]);
  });
});

describe("search index edge cases", () => {
  const pkg = library();
  const index = createSearchIndex(pkg.indicators);

  it("finds the first and the last indicator by code", () => {
    const first = pkg.indicators[0]!;
    const last = pkg.indicators[pkg.indicators.length - 1]!;
    expect(index.search(first.code)[0]?.indicator.code).toBe(first.code);
    expect(index.search(first.code)[0]?.match).toBe("code-exact");
    expect(index.search(last.code.toLowerCase())[0]?.indicator.code).toBe(last.code);
  });

  it("ignores control characters in a query", () => {
    expect(names(index.search("\u0001及时率"))).toEqual(["及时率", "资金拨付及时率"]);
  });

  it("agrees with a naive scan on every two-letter initials query", () => {
    const active = pkg.indicators.filter((i) => i.status.state === "active");
    for (const q of ["js", "zj", "px", "cq", "my", "fw"]) {
      const got = new Set(index.search(q, undefined, 1000).map((h) => h.indicator.code));
      for (const ind of active) {
        const first = Array.from(ind.name, (c) => pinyinFirst(c));
        const has = first.some((f, i) => f.includes(q[0]!) && (first[i + 1] ?? "").includes(q[1]!));
        if (has) expect(got.has(ind.code)).toBe(true);
      }
    }
  });
});

function pinyinFirst(c: string): string {
  if (!/[\u4e00-\u9fff]/.test(c)) return /[a-z0-9]/i.test(c) ? c.toLowerCase() : "";
  return pinyin(c, { pattern: "first", toneType: "none", type: "array", multiple: true }).join("");
}
