import { BUILTIN_PROFILES } from "../../../src/core/profiles/builtin";
import type { IndicatorInput, LibraryPackageInput } from "../../../src/core/library/schema";

const national = BUILTIN_PROFILES[0] as (typeof BUILTIN_PROFILES)[number];

export function indicator(over: Partial<IndicatorInput> & Pick<IndicatorInput, "code" | "name">): IndicatorInput {
  return {
    level1: "产出指标",
    level2: "数量指标",
    explanation: `反映${over.name}的情况。`,
    unit: "%",
    operator: ">=",
    kind: "quantitative",
    bases: [{ basis: "计划标准" }],
    source: "项目实施方案",
    weightHint: 10,
    scoring: "完成目标值得满分，未完成按比例扣分。",
    scope: { generality: "共性" },
    ...over,
  };
}

/** A small library whose indicators between them use every optional field. */
export function samplePackage(): LibraryPackageInput {
  return {
    format: "jixiao-library/1",
    meta: {
      id: "sample-lib",
      name: "测试指标库",
      issuer: "测试财政局",
      version: "1.2.0",
      issued: "2025-03-01",
      description: "用于测试；含；分号",
      defaultProfile: "national-2020",
    },
    tree: national.tree,
    profiles: [...BUILTIN_PROFILES],
    indicators: [
      indicator({
        code: "GX-SX-001",
        name: "资金拨付及时率",
        level2: "时效指标",
        explanation: "反映资金按规定时限拨付的情况。",
        formula: "资金拨付及时率=按时拨付资金/应拨付资金×100%",
        bases: [
          { basis: "行业标准", reference: "≥95%", note: "参照省厅通报口径" },
          { basis: "历史标准" },
        ],
        example: "≥95%",
        scope: { generality: "共性", budgetManagement: true, stages: ["绩效目标", "事中监控", "事后评价"] },
        keywords: ["拨付", "及时"],
      }),
      indicator({
        code: "PX-ZL-002",
        name: "培训出勤率",
        level2: "质量指标",
        unit: "%",
        scope: {
          generality: "个性",
          projectTypes: ["培训", "会议"],
          sectors: ["教育", "卫生健康"],
          tangshan: { types: ["人才工程", "创新驱动"], layer: "项目指标" },
          deptDimension: "履职效能",
        },
        keywords: ["出勤", "参训"],
      }),
      indicator({
        code: "GX-MY-003",
        name: "服务对象满意度",
        level1: "满意度指标",
        level2: "服务对象满意度指标",
        unit: "",
        operator: "text",
        kind: "qualitative",
        tiers: ["满意", "基本满意", "不满意"],
        bases: [{ basis: "其他标准", note: "问卷调查；抽样不少于100份" }],
        scope: { generality: "共性", stages: [] },
      }),
      indicator({
        code: "GX-CB-004",
        name: "重复采购成本",
        level2: "成本指标",
        unit: "万元",
        operator: "<=",
        weightHint: 5.5,
        status: { state: "retired", date: "2025-01-15", replacement: "GX-SX-001", reason: "口径调整" },
      }),
      indicator({
        code: "GX-SL-005",
        name: "PM2.5 年均浓度",
        level1: "效益指标",
        level2: "生态效益指标",
        unit: "微克/立方米",
        operator: "<",
        explanation: "=反映空气质量改善情况。",
        keywords: ["[空气]", "颗粒物"],
      }),
    ],
    changelog: [
      { version: "1.2.0", date: "2025-03-01", summary: "调整口径", added: ["GX-SL-005"], changed: ["GX-SX-001"], retired: ["GX-CB-004"] },
      { version: "1.0.0", date: "2024-01-01", summary: "首次发布" },
    ],
  };
}
