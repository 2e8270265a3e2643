import type { Analysis } from "../../core/analysis";

/** The analysis before anything is read: kept apart so the first paint does not load the analysis itself. */
export const EMPTY_ANALYSIS: Analysis = { tables: [], issues: [], counts: { error: 0, warning: 0, info: 0 } };
