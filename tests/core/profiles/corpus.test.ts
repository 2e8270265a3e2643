/**
 * Issue 9 on the corpus of real tables (tests/fixtures/real): under the profile of its province, an
 * accepted form gets no error from the rules this issue changed or added, and the province's severity
 * settings hold (四川 工资 form: no cost, no satisfaction, two indicators → warnings; 湖北 市县 forms
 * without a weight column → no weight/missing).
 */
import { loadCorpus, realToGrids } from "../../fixtures/real/build";
import { analyzeWorkbook } from "../../../src/core/analysis/analyze";
import { builtinProfile } from "../../../src/core/profiles/builtin";
import { builtinLibrary } from "../../../src/core/library/builtin";
import { createLibraryView } from "../../../src/core/library/view";

const ISSUE9_CODES = [
  "structure/no-cost",
  "structure/too-few",
  "structure/no-satisfaction",
  "weight/missing",
  "budget/as-indicator",
  "budget/overspend",
  "value/rate-over-100",
  "value/direction-assumed",
  "score/formula-changed",
  "score/out-of-band",
];

const library = createLibraryView(builtinLibrary());
const corpus = loadCorpus();
const analyze = (id: string) => {
  const t = corpus.find((x) => x.id === id);
  if (!t) throw new Error(id);
  return { t, a: analyzeWorkbook(realToGrids(t), { library, profile: builtinProfile(t.profile) }) };
};

describe("issue 9 rules on accepted real forms", () => {
  const accepted = corpus.filter((t) => t.accepted).map((t) => [t.id] as const);
  it.each(accepted)("%s: no error from the rules issue 9 touched unless the reviewer expects one", (id) => {
    const { t, a } = analyze(id);
    const expected = new Set(t.expected.flatMap((e) => (e.mustFlag ?? []).map((f) => f.code)));
    const errors = a.issues.filter((i) => i.severity === "error" && ISSUE9_CODES.includes(i.code) && !expected.has(i.code));
    expect(errors.map((i) => `${i.code}@${i.cell ?? ""}`)).toEqual([]);
  });

  it("四川 青神 2023 工资 form (two indicators, no cost, no satisfaction) gets warnings, not errors", () => {
    const { a } = analyze("sichuan-qingshen-2023-gongzi");
    const sev = (code: string) => a.issues.find((i) => i.code === code)?.severity;
    for (const code of ["structure/no-cost", "structure/no-satisfaction", "structure/too-few"]) expect([code, sev(code)]).toEqual([code, "warning"]);
  });

  it("湖北 市县 forms without a weight column raise no weight/missing under hubei-20", () => {
    for (const id of ["hubei-huangshi-2023-xiaoyuan", "hubei-xiangyang-2021-dongjin", "hubei-changjiang-2020-yuye"]) {
      const { a } = analyze(id);
      expect([id, a.issues.filter((i) => i.code === "weight/missing").length]).toEqual([id, 0]);
    }
  });

  it("a bare cost target on a real form is read as a ceiling and said so (四川 中江 2022: 20万元)", () => {
    const { a } = analyze("sichuan-zhongjiang-2022-xianjie");
    expect(a.issues.find((i) => i.code === "value/direction-assumed")).toMatchObject({ severity: "info", params: { operator: "≤", reason: "cost" } });
  });
});
