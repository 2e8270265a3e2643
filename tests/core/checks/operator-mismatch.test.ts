import { checkTable } from "../../../src/core/checks";
import { builtinProfile } from "../../../src/core/profiles/builtin";
import { builtinLibrary } from "../../../src/core/library/builtin";
import { createLibraryView } from "../../../src/core/library/view";
import { makeTable } from "./fixtures/table";

const library = createLibraryView(builtinLibrary());
const national = builtinProfile("national-2020");
const mismatch = (name: string, target: string, profile = national) =>
  checkTable(makeTable("goal", [{ l1: "产出指标", l2: "数量指标", name, target }]), { profile, library }).issues.some((i) => i.code === "library/operator-mismatch");

describe("library/operator-mismatch with = as equality", () => {
  it("≥3天 on 培训天数 (library =3天) is flagged: = is two-sided, ≥ would give 5 days full marks", () => {
    expect(mismatch("培训天数", "≥3天")).toBe(true);
    expect(mismatch("培训天数", "=3天")).toBe(false);
  });
  it("on a rate, ≥ and = agree (≥100% and =100% score alike)", () => {
    expect(mismatch("资金拨付及时率", "≥95%")).toBe(false);
  });
  it("the former positive reading keeps them compatible everywhere", () => {
    const legacy = { ...national, equality: "positive" as const };
    expect(mismatch("培训天数", "≥3天", legacy)).toBe(false);
  });
});
