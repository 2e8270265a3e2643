import { z } from "zod";

/** A second-level node of the indicator tree, with the other names real forms print for it. */
export const TreeLevel2Schema = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
});

export const TreeLevel1Schema = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  children: z.array(TreeLevel2Schema).min(1),
});

export const TreeSchema = z.array(TreeLevel1Schema).min(1);

export const GradeBandSchema = z.object({
  grade: z.string().min(1),
  /** Lowest total that earns this grade (inclusive). */
  min: z.number().min(0),
});

/** A qualitative tier: the share of the weight a score in this tier may take, [min, max]. */
export const QualitativeTierSchema = z.object({
  name: z.string().min(1),
  min: z.number().min(0).max(1),
  max: z.number().min(0).max(1),
});

/** Range targets ("±3%以内"): deviation up to `upTo` × tolerance keeps `factor` of the weight. */
export const RangeTierSchema = z.object({
  upTo: z.number().positive(),
  factor: z.number().min(0).max(1),
});

export const RoundingSchema = z.object({
  mode: z.enum(["none", "round", "floor", "ceil"]),
  digits: z.number().int().min(0).max(4),
});

/**
 * A rule profile: every policy number that differs between places lives here, so a bureau
 * changes it without code. Values tagged [V]/[R] in the domain notes are settings, not constants.
 */
export const ProfileSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  name: z.string().min(1),
  description: z.string().default(""),
  tree: TreeSchema,
  /**
   * Fixed weight per first-level name; null means the unit distributes `indicatorTotal` freely
   * across first levels (四川: 预算执行 10 + 绩效指标 90).
   */
  level1Weights: z.record(z.string(), z.number().min(0)).nullable(),
  indicatorTotal: z.number().positive(),
  budget: z.object({
    weight: z.number().min(0),
    /** Execution rate below which a reason is required. */
    lowThreshold: z.number().min(0).max(1),
    rounding: RoundingSchema,
  }),
  grades: z.array(GradeBandSchema).min(1),
  qualitativeTiers: z.array(QualitativeTierSchema).min(1),
  reverseFormula: z.enum(["ratio", "linear"]),
  /** positive: A = 0 → w if B ≤ 0; A > 0 scored as positive. strict: also flag every B ≠ A. */
  equality: z.enum(["positive", "strict"]),
  rangeTiers: z.array(RangeTierSchema).min(1),
  /** Deadline targets: a late completion keeps this share of the weight. */
  dateLateFactor: z.number().min(0).max(1).default(0),
  overCompletion: z.object({
    /** B ≥ threshold × A is flagged (1.2 vendor default, 1.3 广西). */
    threshold: z.number().min(1),
  }),
  explanation: z.object({
    /** A score below the weight needs 偏差原因. */
    belowWeight: z.boolean(),
    overCompletion: z.boolean(),
  }),
  minIndicators: z.number().int().min(0),
  cost: z.object({
    required: z.boolean(),
    /** 山西: without a cost indicator the cost score is capped; null = no cap. */
    capWhenMissing: z.number().min(0).nullable(),
    /** Second-level names that count as cost indicators. */
    level2: z.array(z.string().min(1)).min(1),
  }),
  /** Tolerance when comparing a typed score with the rule's result. */
  scoreTolerance: z.number().min(0).default(0.01),
  /** Vague words that make a target unmeasurable where a number was possible. */
  vagueWords: z.array(z.string().min(1)).default([]),
});

export type Profile = z.infer<typeof ProfileSchema>;
export type ProfileInput = z.input<typeof ProfileSchema>;
export type Tree = z.infer<typeof TreeSchema>;
export type TreeLevel1 = z.infer<typeof TreeLevel1Schema>;
export type QualitativeTier = z.infer<typeof QualitativeTierSchema>;
export type RangeTier = z.infer<typeof RangeTierSchema>;
