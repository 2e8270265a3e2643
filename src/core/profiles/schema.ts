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

/**
 * A qualitative tier: the share of the weight a score in this tier may take, [min, max] or, with
 * `maxInclusive: false`, [min, max) — the published bands are half-open ([80%,100%], [60%,80%),
 * [0,60%)), so a score of exactly 80% of the weight belongs to the top tier only.
 */
export const QualitativeTierSchema = z.object({
  name: z.string().min(1),
  min: z.number().min(0).max(1),
  max: z.number().min(0).max(1),
  maxInclusive: z.boolean().default(true),
});

/** Self-evaluation total capped by the execution rate: a rate below `below` caps the total at `max`. */
export const ExecutionCapBandSchema = z.object({
  below: z.number().min(0).max(1),
  max: z.number().min(0),
});

export const SeveritySettingSchema = z.enum(["error", "warning", "info", "off"]);

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
 * The reviewer's outputs (审核意见, the review summary). A finance bureau's 审核 has two outcomes in the
 * published procedure — 符合要求的进入下一步预算编制流程；不符合的退回部门进行调整、修改 (Q-fsou, sources.md) —
 * and in practice a third, 修改后通过. The thresholds are Jixiao's defaults (DEFAULT_REVIEW), not published
 * numbers: 退回 when a return code is raised or errors reach `returnAtErrors`; 通过 when there is no error
 * and at most `passMaxWarnings` warnings; otherwise 修改后通过. Scores print with `scoreDigits`.
 * Optional, so libraries written before it keep their content hash; read it through `reviewOf`.
 */
export const ReviewSchema = z.object({
  returnAtErrors: z.number().int().min(1),
  passMaxWarnings: z.number().int().min(0),
  returnCodes: z.array(z.string()),
  scoreDigits: z.number().int().min(0).max(4),
});
export type ReviewRules = z.infer<typeof ReviewSchema>;

export const DEFAULT_REVIEW: ReviewRules = {
  returnAtErrors: 5,
  passMaxWarnings: 3,
  returnCodes: ["structure/no-output", "structure/no-benefit", "recognize/no-rows", "weight/sum"],
  scoreDigits: 2,
};

/** A profile's review rules, the defaults where it sets none. */
export function reviewOf(profile: { review?: ReviewRules | undefined }): ReviewRules {
  return profile.review ?? DEFAULT_REVIEW;
}

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
  /**
   * "=" targets. two-sided (default): met only on target; off it, w × min(|A|,|B|) / max(|A|,|B|)
   * (0 when A and B differ in sign or A = 0). exact: on target w, else 0. positive / strict: the
   * former reading (scored as ≥; strict only calls B ≠ A unmet), kept for a place that wants it.
   */
  equality: z.enum(["two-sided", "exact", "positive", "strict"]),
  rangeTiers: z.array(RangeTierSchema).min(1),
  /** Deadline targets: a late completion keeps this share of the weight. */
  dateLateFactor: z.number().min(0).max(1).default(0),
  overCompletion: z.object({
    /** B ≥ threshold × A is flagged (1.2 vendor default, 1.3 广西). */
    threshold: z.number().min(1),
  }),
  /**
   * 指标偏离: a positive row whose actual is threshold × target or more loses `points` (floored at 0).
   * Off by default; the 一体化 manual (Q-desk33) sets 1.3 and 2 points.
   */
  overDeduction: z
    .object({ enabled: z.boolean(), threshold: z.number().min(1), points: z.number().min(0) })
    .default({ enabled: false, threshold: 1.3, points: 2 }),
  /**
   * The total capped by the budget execution rate (Q-desk33: below 80% → 89, 70% → 79, 60% → 69,
   * 50% → 59). Off by default; the lowest cap whose `below` the rate is under applies.
   */
  executionCap: z
    .object({ enabled: z.boolean(), bands: z.array(ExecutionCapBandSchema) })
    .default({ enabled: false, bands: [] }),
  /** Execution above 100% is overspending: flagged, and the budget score never exceeds the weight. */
  budgetOverspend: z.object({ threshold: z.number().min(1) }).default({ threshold: 1 }),
  /**
   * Equality targets ("=3天") are met when |B − A| ≤ equalityTolerance × max(|A|, 1). Off target,
   * the `equality` setting decides the score (two-sided: w × min(|A|,|B|) / max(|A|,|B|), so 5 days
   * for "=3天" and 1 day both lose).
   */
  equalityTolerance: z.number().min(0).max(0.5).default(1e-9),
  /** Severity per issue code where this place differs from the default (e.g. no cost indicator → warning). */
  severity: z.record(z.string(), SeveritySettingSchema).default({}),
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
  /**
   * The reviewer's outputs (审核意见, the review summary). A finance bureau's 审核 has two outcomes in
   * the published procedure — 符合要求的进入下一步预算编制流程；不符合的退回部门进行调整、修改 (Q-fsou, sources.md) —
   * and in practice a third, 修改后通过. The thresholds below are Jixiao's defaults, not published
   * numbers: 退回 when a return code is raised or errors reach `returnAtErrors`; 通过 when there is no
   * error and at most `passMaxWarnings` warnings; otherwise 修改后通过. Scores print with `scoreDigits`.
   */
  review: ReviewSchema.optional(),
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
