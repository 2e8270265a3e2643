import { checkTable, RULES, type CheckOptions } from "../../../src/core/checks";
import { RULE_CODES } from "../../../src/core/checks/types";
import { builtinProfile } from "../../../src/core/profiles/builtin";
import { CASES } from "./fixtures/cases";
import { testLibrary } from "./fixtures/library";

const profile = builtinProfile("national-2020");
const library = testLibrary();

function options(c: (typeof CASES)[number]): CheckOptions {
  return { profile, ...(c.noLibrary ? {} : { library }), ...c.options };
}

describe("every rule fires on its defect and stays quiet on a near-identical table", () => {
  it.each(CASES.map((c) => [c.code, c.title, c] as const))("%s: %s", (code, _title, c) => {
    const fired = checkTable(c.fires(), options(c)).issues.filter((i) => i.code === code);
    const quiet = checkTable(c.quiet(), options(c)).issues.filter((i) => i.code === code);
    expect(fired.length).toBeGreaterThan(0);
    expect(quiet).toEqual([]);
  });

  it("has a case for every issue code and a rule for every code", () => {
    expect(new Set(CASES.map((c) => c.code))).toEqual(new Set(RULE_CODES));
    expect(RULES.map((r) => r.code)).toEqual([...RULE_CODES]);
  });
});
