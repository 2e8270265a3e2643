export * from "./layout";
export { buildTemplate, DEFAULT_ROWS_PER_LEVEL2, type TemplateOptions } from "./build";
export type { TemplateMeta } from "./top-blocks";
export { validatePlan, TemplatePlanError, type PlanProblem } from "./validate-plan";
export { rowRefs, OPERATOR_CHOICES } from "./indicator-block";
