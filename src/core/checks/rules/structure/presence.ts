import { factsFor } from "../../facts";
import { tableFinding } from "../../finding";
import type { Finding, IssueCode, RuleContext } from "../../types";

/** Shared by no-output / no-benefit / no-satisfaction: the table has no row under this 一级. */
export function missingLevel1(ctx: RuleContext, code: IssueCode, level1: string): Finding[] {
  const facts = factsFor(ctx);
  if (!facts.usesTree || !facts.tree.hasLevel1(level1)) return [];
  if (facts.rows.some((r) => r.level1 === level1 || r.level2Parent === level1)) return [];
  return [tableFinding(code, { level1 })];
}
