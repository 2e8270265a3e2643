import { checkTable, ISSUE_CODES, type Issue } from "../../../src/core/checks";
import { en, formatIssue, MESSAGES, zhCN } from "../../../src/core/messages";
import { builtinProfile } from "../../../src/core/profiles/builtin";
import { CASES } from "../checks/fixtures/cases";
import { TEST_INDICATORS, testLibrary } from "../checks/fixtures/library";
import { at, goodGoal } from "../checks/fixtures/table";

const profile = builtinProfile("national-2020");
const library = testLibrary();
const LIB_CODES = TEST_INDICATORS.map((i) => i.code);

/** Every issue the rule cases raise: real issues with real params, one or more per code. */
const RULE_ISSUES: Issue[] = CASES.flatMap((c) => checkTable(c.fires(), { profile, ...(c.noLibrary ? {} : { library }) }).issues);

/** The analysis' own codes, as it raises them (tests/core/analysis checks that it does). */
const ANALYSIS_ISSUES: Issue[] = [
  { code: "library/stale", severity: "warning", sheet: "表", params: { kind: "older-version", stamp: "lib@1.0.0", current: "lib@1.1.0" } },
  { code: "library/stale", severity: "info", sheet: "表", params: { kind: "other-library", stamp: "a@1", current: "b@2" } },
  { code: "recognize/empty-workbook", severity: "error", sheet: "", params: { name: "空.xlsx" } },
  { code: "recognize/no-table", severity: "error", sheet: "说明", params: {} },
  { code: "recognize/no-rows", severity: "error", sheet: "表", cell: "B3", params: {} },
  { code: "recognize/block-skipped", severity: "info", sheet: "表", cell: "C10", params: {} },
  { code: "recognize/template-mismatch", severity: "warning", sheet: "表", cell: "A8", params: {} },
  { code: "recognize/unknown-header", severity: "info", sheet: "表", cell: "K5", params: { text: "佐证材料" } },
  { code: "recognize/row-skipped", severity: "info", sheet: "表", cell: "C9", row: 9, params: { why: "placeholder", text: "指标1", count: 1, cells: "C9" } },
  { code: "recognize/row-skipped", severity: "info", sheet: "表", cell: "C9", row: 9, params: { why: "placeholder", text: "指标1", count: 3, cells: "C9、C12、C15" } },
  { code: "recognize/row-skipped", severity: "info", sheet: "表", cell: "C10", row: 10, indicator: "成本控制", params: { why: "not-applicable", text: "成本控制" } },
];
const ISSUES: Issue[] = [...RULE_ISSUES, ...ANALYSIS_ISSUES];

describe("messages", () => {
  it("have an entry for every issue code in both languages, and nothing else", () => {
    expect(Object.keys(zhCN).sort()).toEqual([...ISSUE_CODES].sort());
    expect(Object.keys(en).sort()).toEqual([...ISSUE_CODES].sort());
  });

  it("the rule cases raise every code, so every message is exercised below", () => {
    expect(new Set(ISSUES.map((i) => i.code))).toEqual(new Set(ISSUE_CODES));
  });

  it.each(Object.keys(MESSAGES) as (keyof typeof MESSAGES)[])("%s: no undefined, NaN, [object …] or library code; names indicator and cell", (lang) => {
    for (const issue of ISSUES) {
      const text = formatIssue(issue, lang);
      expect(text.length).toBeGreaterThan(8);
      expect(text).not.toMatch(/undefined|NaN|\[object|null/);
      for (const code of LIB_CODES) expect(text).not.toContain(code);
      expect(text).not.toContain(issue.code);
      if (issue.indicator) expect(text).toContain(issue.indicator);
      if (issue.cell) expect(text).toContain(issue.cell);
    }
  });

  it("degrade gracefully when params are missing", () => {
    for (const code of ISSUE_CODES) {
      for (const lang of ["zh-CN", "en"] as const) {
        // A workbook written by an older version may carry issues without their params: still no "undefined".
        const text = formatIssue({ code, severity: "error", sheet: "表", params: {} } as unknown as Issue, lang);
        expect(text).not.toMatch(/undefined|NaN|\[object/);
      }
    }
  });

  it("read like a reviewer's note", () => {
    const issues = checkTable(goodGoal((r) => (at(r, 1).target = "进一步提高")), { profile, library }).issues;
    const vague = issues.find((i) => i.code === "value/vague");
    expect(vague && formatIssue(vague)).toBe("E6「培训出勤率」的目标值「进一步提高」含糊，请写成可衡量的数值，如 ≥95%");
    expect(vague && formatIssue(vague, "en")).toBe('E6 "培训出勤率": the target "进一步提高" is vague; write a measurable value such as ≥95%');
  });

  it("offer library suggestions by name and name the replacement of a retired indicator", () => {
    const unknown = checkTable(goodGoal((r) => (at(r, 1).name = "培训出勤")), { profile, library }).issues.find((i) => i.code === "library/unknown");
    expect(unknown && formatIssue(unknown)).toContain("培训出勤率");
    const retired = checkTable(goodGoal((r) => Object.assign(at(r, 0), { name: "培训人次", target: "≥500人次" })), { profile, library }).issues.find(
      (i) => i.code === "library/retired",
    );
    expect(retired && formatIssue(retired)).toBe("C5「培训人次」已于 2024-01-01 停用，请改用「培训参加人数」");
  });
});
