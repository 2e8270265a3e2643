export { conclude, roundTo, percent, type Conclusion, type Verdict } from "./conclusion";
export { adviceOf, type IssueAdvice } from "./advice";
export { buildOpinion, notesOf, sortIssues, OPINION_SHEET, NOTE_PREFIX, type OpinionPlan, type ReviewContext } from "./opinion";
export { buildGoalReview, criterionOf, CRITERIA, GOAL_REVIEW_SHEET, type Criterion } from "./goal-review";
export { buildReviewSummary, type SummaryFile, type SummaryInput } from "./summary";
