import { budgetLowExecution } from "./rules/budget/low-execution";
import { budgetOverspend } from "./rules/budget/overspend";
import { budgetAsIndicator } from "./rules/budget/as-indicator";
import { valueDirectionAssumed } from "./rules/value/direction-assumed";
import { valueRateOver100 } from "./rules/value/rate-over-100";
import { libraryBasisInvalid } from "./rules/library/basis-invalid";
import { libraryBasisMissing } from "./rules/library/basis-missing";
import { libraryBelowReference } from "./rules/library/below-reference";
import { libraryCategoryMismatch } from "./rules/library/category-mismatch";
import { libraryOperatorMismatch } from "./rules/library/operator-mismatch";
import { libraryRetired } from "./rules/library/retired";
import { libraryUnitMismatch } from "./rules/library/unit-mismatch";
import { libraryUnknown } from "./rules/library/unknown";
import { scoreExceedsWeight } from "./rules/score/exceeds-weight";
import { scoreExplanationMissing } from "./rules/score/explanation-missing";
import { scoreFormulaChanged } from "./rules/score/formula-changed";
import { scoreMismatch } from "./rules/score/mismatch";
import { scoreOutOfBand } from "./rules/score/out-of-band";
import { scoreOverTarget } from "./rules/score/over-target";
import { badTree } from "./rules/structure/bad-tree";
import { duplicate } from "./rules/structure/duplicate";
import { noBenefit } from "./rules/structure/no-benefit";
import { noCost } from "./rules/structure/no-cost";
import { noOutput } from "./rules/structure/no-output";
import { noSatisfaction } from "./rules/structure/no-satisfaction";
import { tooFew } from "./rules/structure/too-few";
import { valueDegenerate } from "./rules/value/degenerate";
import { valueMissing } from "./rules/value/missing";
import { valueUnitMissing } from "./rules/value/unit-missing";
import { valueUnparseable } from "./rules/value/unparseable";
import { valueVague } from "./rules/value/vague";
import { weightLevel1 } from "./rules/weight/level1";
import { weightMissing } from "./rules/weight/missing";
import { weightSum } from "./rules/weight/sum";
import { valueActualMissing } from "./rules/value/actual-missing";
import { metaMissing } from "./rules/meta/missing";
import { scoreTotalMismatch } from "./rules/score/total-mismatch";
import { scoreNotScored } from "./rules/score/not-scored";
import type { Rule } from "./types";

/** Every rule, in ISSUE_CODES order; the engine runs those that apply. */
export const RULES: readonly Rule[] = [
  noOutput,
  noBenefit,
  noSatisfaction,
  noCost,
  tooFew,
  badTree,
  duplicate,
  weightSum,
  weightLevel1,
  weightMissing,
  valueMissing,
  valueUnparseable,
  valueVague,
  valueDegenerate,
  valueUnitMissing,
  valueDirectionAssumed,
  valueRateOver100,
  libraryUnknown,
  libraryCategoryMismatch,
  libraryUnitMismatch,
  libraryOperatorMismatch,
  libraryRetired,
  libraryBasisMissing,
  libraryBasisInvalid,
  libraryBelowReference,
  scoreExplanationMissing,
  scoreOverTarget,
  scoreOutOfBand,
  scoreExceedsWeight,
  scoreMismatch,
  scoreFormulaChanged,
  budgetLowExecution,
  budgetOverspend,
  budgetAsIndicator,
  valueActualMissing,
  metaMissing,
  scoreTotalMismatch,
  scoreNotScored,
];
