import type { Profile } from "../profiles/schema";
import type { Table } from "../table/table";
import type { TableScore } from "./types";
import { factsOf } from "../model/facts";
import { scoreFacts } from "../model/score";

export { tableYear } from "../model/facts";

/**
 * Scores every indicator row, subtotals per first and second level, the budget block, the total and
 * grade, from the same row model the checks read (src/core/model).
 */
export function scoreTable(table: Table, profile: Profile): TableScore {
  return scoreFacts(factsOf(table, profile));
}

