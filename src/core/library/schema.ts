import { z } from "zod";
import { ProfileSchema, TreeSchema } from "../profiles/schema";

import { VALUE_BASES, PROJECT_TYPES, SECTORS, TANGSHAN_TYPES, TANGSHAN_LAYERS, STAGES, DEPT_DIMENSIONS } from "./constants";

export { VALUE_BASES, PROJECT_TYPES, SECTORS, TANGSHAN_TYPES, TANGSHAN_LAYERS, STAGES, DEPT_DIMENSIONS };

export const ValueBasisSchema = z.enum(VALUE_BASES);
export type ValueBasis = z.infer<typeof ValueBasisSchema>;

export const OperatorSchema = z.enum([">=", ">", "<=", "<", "=", "±", "text"]);


export const BasisRefSchema = z.object({
  basis: ValueBasisSchema,
  /** A reference value where one is known, as it would be written in the 指标值 cell ("≥95%"). */
  reference: z.string().min(1).optional(),
  note: z.string().min(1).optional(),
});

export const ScopeSchema = z.object({
  /** 共性 (common to all departments) or 个性 (sector / department specific). */
  generality: z.enum(["共性", "个性"]),
  projectTypes: z.array(z.enum(PROJECT_TYPES)).default([]),
  sectors: z.array(z.enum(SECTORS)).default([]),
  tangshan: z
    .object({
      types: z.array(z.enum(TANGSHAN_TYPES)).min(1),
      layer: z.enum(TANGSHAN_LAYERS),
    })
    .optional(),
  deptDimension: z.enum(DEPT_DIMENSIONS).optional(),
  /** Budget execution and fund management indicators used by every project. */
  budgetManagement: z.boolean().default(false),
  stages: z.array(z.enum(STAGES)).default(["绩效目标", "事后评价"]),
});

export const StatusSchema = z.discriminatedUnion("state", [
  z.object({ state: z.literal("active") }),
  z.object({
    state: z.literal("retired"),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    replacement: z.string().min(1).optional(),
    reason: z.string().min(1).optional(),
  }),
]);

export const IndicatorSchema = z
  .object({
    code: z.string().regex(/^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*$/, "code: 大写字母、数字和连字符 / upper-case letters, digits and hyphens"),
    name: z.string().min(1),
    level1: z.string().min(1),
    level2: z.string().min(1),
    /** 指标解释: what it reflects and how it is computed. */
    explanation: z.string().min(1),
    /** 计算公式 for rates. */
    formula: z.string().min(1).optional(),
    /** Unit as written in the 度量单位 column; "" only for qualitative indicators. */
    unit: z.string(),
    operator: OperatorSchema,
    kind: z.enum(["quantitative", "qualitative"]),
    bases: z.array(BasisRefSchema).min(1),
    /** 指标出处: the policy, standard or statistic the value comes from. */
    source: z.string().min(1),
    weightHint: z.number().min(0).max(100),
    /** 评分标准 as text shown to the person. */
    scoring: z.string().min(1),
    /** Qualitative indicators: the tiers as the library words them for this indicator. */
    tiers: z.array(z.string().min(1)).optional(),
    /** An example target as it would be written ("≥95%"). */
    example: z.string().min(1).optional(),
    scope: ScopeSchema,
    status: StatusSchema.default({ state: "active" }),
    keywords: z.array(z.string().min(1)).default([]),
    /**
     * "budget": scored in the form's own budget-execution block (预算执行率, 资金到位率 …), not offered as a
     * 三级指标 — as an indicator it would count execution twice (issue 9).
     */
    block: z.literal("budget").optional(),
  })
  .superRefine((ind, ctx) => {
    if (ind.kind === "qualitative" && ind.operator !== "text") {
      ctx.addIssue({ code: "custom", path: ["operator"], message: "qualitative-operator", params: { problem: "qualitative-operator" } });
    }
    if (ind.kind === "quantitative" && ind.operator === "text") {
      ctx.addIssue({ code: "custom", path: ["operator"], message: "quantitative-operator", params: { problem: "quantitative-operator" } });
    }
    if (ind.kind === "quantitative" && ind.unit.trim() === "") {
      ctx.addIssue({ code: "custom", path: ["unit"], message: "unit-required", params: { problem: "unit-required" } });
    }
  });

export const ChangelogEntrySchema = z.object({
  version: z.string().regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  summary: z.string().min(1),
  added: z.array(z.string()).default([]),
  changed: z.array(z.string()).default([]),
  retired: z.array(z.string()).default([]),
});

export const LibraryMetaSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "id: 小写字母、数字和连字符 / lower-case letters, digits and hyphens"),
  name: z.string().min(1),
  issuer: z.string().min(1),
  version: z.string().regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/, "version: 语义化版本号，如 1.0.0 / a semver version such as 1.0.0"),
  issued: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "issued: 日期格式 YYYY-MM-DD / date as YYYY-MM-DD"),
  description: z.string().default(""),
  defaultProfile: z.string().min(1),
});

export const LibraryPackageSchema = z
  .object({
    format: z.literal("jixiao-library/1"),
    meta: LibraryMetaSchema,
    /** The library's own tree, with aliases; profiles may carry a different tree (central-2021). */
    tree: TreeSchema,
    profiles: z.array(ProfileSchema).min(1),
    indicators: z.array(IndicatorSchema),
    changelog: z.array(ChangelogEntrySchema).min(1),
  })
  .superRefine((pkg, ctx) => {
    const seen = new Map<string, number>();
    pkg.indicators.forEach((ind, i) => {
      const prev = seen.get(ind.code);
      if (prev !== undefined) {
        ctx.addIssue({ code: "custom", path: ["indicators", i, "code"], message: "duplicate-code", params: { problem: "duplicate-code", first: prev + 1, code: ind.code } });
      } else seen.set(ind.code, i);
    });
    if (!pkg.profiles.some((p) => p.id === pkg.meta.defaultProfile)) {
      ctx.addIssue({ code: "custom", path: ["meta", "defaultProfile"], message: "default-profile-missing", params: { problem: "default-profile-missing", id: pkg.meta.defaultProfile } });
    }
  });

export type Indicator = z.infer<typeof IndicatorSchema>;
export type IndicatorInput = z.input<typeof IndicatorSchema>;
export type LibraryPackage = z.infer<typeof LibraryPackageSchema>;
export type LibraryPackageInput = z.input<typeof LibraryPackageSchema>;
export type LibraryMeta = z.infer<typeof LibraryMetaSchema>;
export type Scope = z.infer<typeof ScopeSchema>;
