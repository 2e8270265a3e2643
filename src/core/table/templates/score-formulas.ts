/**
 * The one place the templates meet the scoring formula builders, so the sheet and scoreRow share
 * a single definition of every rule.
 */
export {
  rowScoreFormula,
  budgetRateFormula,
  budgetScoreFormula,
  gradeFormula,
  overCompletionFormula,
  subtotalFormula,
  subtotal2Formula,
  totalFormula,
  ALLOWED_FUNCTIONS,
  functionsUsed,
  type RowRefs,
} from "../../scoring/formulas";
