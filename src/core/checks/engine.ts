import type { Table } from "../table/table";
import { RULES } from "./registry";
import type { CheckOptions, Finding, Issue, Report, Rule, RuleContext, Severity } from "./types";

export const DEFAULT_MAX_ISSUES = 1000;

function applies(rule: Rule, table: Table, options: CheckOptions): boolean {
  if (!rule.stages.includes(table.kind)) return false;
  if (rule.needsLibrary && !options.library) return false;
  if (severityOverride(rule, options) === "off") return false;
  return rule.enabled ? rule.enabled(options.profile) : true;
}

/**
 * The caller's override wins, then the profile's own (a province that does not require a cost
 * indicator makes structure/no-cost a warning), then the rule's severity.
 */
function severityOverride(rule: Rule, options: CheckOptions): Severity | "off" | undefined {
  return options.severity?.[rule.code] ?? options.profile.severity[rule.code];
}

/** Table-wide issues (no row) first, then by row, then by code, so a report reads top to bottom. */
function compareIssues(a: Issue, b: Issue): number {
  const ra = a.row ?? 0;
  const rb = b.row ?? 0;
  if (ra !== rb) return ra - rb;
  if (a.code !== b.code) return a.code < b.code ? -1 : 1;
  const ca = a.cell ?? "";
  const cb = b.cell ?? "";
  return ca < cb ? -1 : ca > cb ? 1 : 0;
}

function findIssues(table: Table, options: CheckOptions, rules: readonly Rule[]): Issue[] {
  // One context per table: rules share the parsed rows through it (see facts.ts).
  const ctx: RuleContext = { table, profile: options.profile, ...(options.library ? { library: options.library } : {}) };
  const out: Issue[] = [];
  for (const rule of rules) {
    if (!applies(rule, table, options)) continue;
    const override = severityOverride(rule, options);
    for (const f of rule.check(ctx)) {
      const severity: Severity = override && override !== "off" ? override : (f.severity ?? rule.defaultSeverity);
      // A rule's findings are fresh objects made for this call, so they are completed in place: copying
      // them (objects of many shapes) was a tenth of the checks' time on a batch of a thousand workbooks.
      // A rule returns findings of its own code; the union cannot follow the pairing of code and params.
      const issue = f as Finding & { severity: Severity; sheet: string; table?: number };
      issue.severity = severity;
      issue.sheet = table.sheet;
      if (options.tableIndex !== undefined) issue.table = options.tableIndex;
      out.push(issue as Issue);
    }
  }
  return out.sort(compareIssues);
}

function countAll(issues: readonly Issue[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const i of issues) counts[i.severity]++;
  return counts;
}

/**
 * Counts cover every issue found, also those cut off by `maxIssues`, so a capped report still
 * tells how much is wrong.
 */
function finish(issues: Issue[], options: CheckOptions): Report {
  const max = options.maxIssues ?? DEFAULT_MAX_ISSUES;
  const counts = countAll(issues);
  const truncated = issues.length > max;
  return { issues: truncated ? issues.slice(0, Math.max(0, max)) : issues, counts, truncated };
}

export function checkTable(table: Table, options: CheckOptions, rules: readonly Rule[] = RULES): Report {
  return finish(findIssues(table, options, rules), options);
}

/** Several tables (a workbook, or a reviewer's batch): issues keep the tables' order. */
export function checkTables(tables: readonly Table[], options: CheckOptions, rules: readonly Rule[] = RULES): Report {
  const all: Issue[] = [];
  for (const t of tables) for (const i of findIssues(t, options, rules)) all.push(i);
  return finish(all, options);
}
