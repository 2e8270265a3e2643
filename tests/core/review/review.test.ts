import { analyzeWorkbook } from "../../../src/core/analysis";
import type { Issue } from "../../../src/core/checks/types";
import { builtinLibrary } from "../../../src/core/library/builtin";
import { createLibraryView } from "../../../src/core/library";
import { libraryHash } from "../../../src/core/library/hash";
import { builtinProfile } from "../../../src/core/profiles/builtin";
import { reviewOf } from "../../../src/core/profiles/schema";
import { adviceOf, buildGoalReview, buildOpinion, buildReviewSummary, conclude, criterionOf, NOTE_PREFIX, OPINION_SHEET, roundTo, percent } from "../../../src/core/review";
import { buildTemplate, templateLayout, columnFor } from "../../../src/core/table/templates";
import { planToGrids, setCell } from "../../fixtures/workbooks/plan-grids";

const library = builtinLibrary();
const view = createLibraryView(library);
const national = builtinProfile("national-2020");
const lib = { id: library.meta.id, version: library.meta.version, hash: libraryHash(library) };
const issue = (code: Issue["code"], severity: Issue["severity"], extra: Record<string, unknown> = {}): Issue => ({ code, severity, sheet: "表", params: {}, ...extra }) as unknown as Issue;

describe("conclude by the profile's review rules", () => {
  it("通过 without errors and few warnings, 修改后通过 with some errors, 退回 at the error threshold or a return code", () => {
    const r = reviewOf(national);
    expect(conclude([], national).verdict).toBe("通过");
    expect(conclude(Array.from({ length: r.passMaxWarnings }, () => issue("value/vague", "warning")), national).verdict).toBe("通过");
    expect(conclude(Array.from({ length: r.passMaxWarnings + 1 }, () => issue("value/vague", "warning")), national).verdict).toBe("修改后通过");
    expect(conclude([issue("value/missing", "error")], national).verdict).toBe("修改后通过");
    expect(conclude(Array.from({ length: r.returnAtErrors }, () => issue("value/missing", "error")), national).verdict).toBe("退回");
    expect(conclude([issue("structure/no-output", "error")], national).verdict).toBe("退回");
    // The rules are the profile's: a stricter bureau returns on one error.
    const strict = { ...national, review: { ...reviewOf(national), returnAtErrors: 1 } };
    expect(conclude([issue("value/missing", "error")], strict).verdict).toBe("退回");
  });

  it("rounds without float noise and prints rates as percentages", () => {
    expect(roundTo(97.58947368421052, 2)).toBe(97.59);
    expect(roundTo(0.9299999999999999, 4)).toBe(0.93);
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(percent(0.9299999999999999)).toBe("93%");
    expect(percent(0.85751)).toBe("85.75%");
  });
});

describe("adviceOf", () => {
  it("splits a message into what is wrong and what to change", () => {
    const a = adviceOf(issue("weight/missing", "error", { cell: "H13", indicator: "培训人数", params: { name: "培训人数" } }));
    expect(a.change).toMatch(/^请/);
    expect(a.what).not.toMatch(/请填写/);
  });
});

describe("审核意见 for an analysed template", () => {
  const kind = "self-eval";
  const plan = buildTemplate(kind, { library, profile: national, indicators: library.indicators.filter((i) => i.code === "GX-PX-001" || i.code === "GX-PX-005") });
  const grids = planToGrids(plan);
  const layout = templateLayout(kind);
  const first = layout.firstIndicatorRow;
  const sheet = layout.sheetName;
  // A typed score that differs from the rule, and an empty target.
  setCell(grids, sheet, `${columnFor(kind, "target")!.letter}${first}`, 100);
  setCell(grids, sheet, `${columnFor(kind, "actual")!.letter}${first}`, 50);
  setCell(grids, sheet, `${columnFor(kind, "score")!.letter}${first}`, 8);
  const analysis = analyzeWorkbook(grids, { library: view });
  const ctx = { file: "某单位.xlsx", library: lib, profile: national, checkedAt: "2026-11-30 08:00:00 (UTC+08:00)" };
  const op = buildOpinion(analysis, ctx);
  const text = op.sheet.cells.map((c) => (typeof c.value === "string" ? c.value : "")).join("\n");

  it("names file, time, library, the conclusion and every issue with where, what, what to change and severity", () => {
    expect(op.sheet.name).toBe(OPINION_SHEET);
    expect(text).toContain("某单位.xlsx");
    expect(text).toContain(`${lib.id}@${lib.version}`);
    expect(text).toMatch(/审核结论/);
    expect(text).toMatch(new RegExp(`^${op.conclusion.verdict}：`, "m"));
    for (const h of ["序号", "位置", "问题类型", "问题说明", "修改建议", "级别"]) expect(text).toContain(h);
    for (const i of analysis.issues.filter((x) => x.cell)) expect(text).toContain(i.sheet === sheet ? i.cell : `${i.sheet}!${i.cell}`);
  });

  it("puts computed scores beside the typed ones", () => {
    expect(text).toContain("表内得分");
    expect(text).toContain("计算得分");
    const scoreAddr = `${columnFor(kind, "score")!.letter}${first}`;
    const row = Number(op.sheet.cells.find((c) => c.value === scoreAddr)!.addr.slice(1));
    expect(op.sheet.cells.find((c) => c.addr === `E${row}`)?.value).toBe(8);
    expect(op.sheet.cells.find((c) => c.addr === `F${row}`)?.value).not.toBe(8);
  });

  it("makes one note per flagged cell, starting with the prefix, and prints A4 landscape", () => {
    const notes = op.notes[sheet] ?? [];
    const cells = new Set(analysis.issues.filter((i) => i.sheet === sheet && i.cell && /^[A-Z]+\d+$/.test(i.cell)).map((i) => i.cell));
    expect(notes.map((n) => n.addr).sort()).toEqual([...cells].sort());
    for (const n of notes) expect(n.text.startsWith(NOTE_PREFIX)).toBe(true);
    expect(op.sheet.print).toMatchObject({ paper: "A4", orientation: "landscape", fitWidth: 1 });
    expect(op.sheet.protect).toBe(false);
  });

  it("no goal table, no 绩效目标审核表", () => {
    expect(buildGoalReview(analysis, ctx)).toBeNull();
  });
});

describe("绩效目标审核表", () => {
  const plan = buildTemplate("goal", { library, profile: national, indicators: library.indicators.filter((i) => i.code === "GX-PX-001") });
  const grids = planToGrids(plan);
  const analysis = analyzeWorkbook(grids, { library: view });
  const sheet = buildGoalReview(analysis, { file: "目标.xlsx", library: lib, profile: national, checkedAt: "t" })!;

  it("has the four 审核内容 with findings from the checks, a result each, 审核结论 and 意见 editable", () => {
    const at = (a: string) => sheet.cells.find((c) => c.addr === a);
    const rows = ["完整性", "相关性", "适当性", "可行性"].map((n) => Number(sheet.cells.find((c) => c.value === n)!.addr.slice(1)));
    expect(rows).toHaveLength(4);
    for (const r of rows) {
      expect(at(`C${r}`)?.locked).toBe(false);
      expect(["符合", "基本符合", "不符合"]).toContain(at(`D${r}`)?.value);
    }
    // The empty template lacks benefit/satisfaction content and targets: 完整性 carries findings.
    const complete = String(at(`C${rows[0]}`)?.value);
    expect(complete).not.toBe("未发现问题");
    const verdictRow = Number(sheet.cells.find((c) => c.value === "审核结论")!.addr.slice(1));
    expect(["通过", "修改后通过", "退回"]).toContain(at(`B${verdictRow}`)?.value);
    expect(at(`B${verdictRow + 1}`)?.locked).toBe(false);
  });

  it("maps a target that cannot be reached to 可行性", () => {
    expect(criterionOf(issue("value/degenerate", "warning", { params: { problem: "negative-ceiling" } }))).toBe("可行性");
    expect(criterionOf(issue("value/degenerate", "warning", { params: { problem: "floor" } }))).toBe("适当性");
    expect(criterionOf(issue("structure/no-benefit", "error"))).toBe("完整性");
  });
});

describe("review summary", () => {
  it("one row per table with department columns, a per-department sheet with the most returns first, issues errors-first", () => {
    const t = (dep: string, total: number | null) => ({ sheet: "s", kind: "self-eval" as const, project: "p", department: dep, unit: "u", profile: "national-2020", indicators: 3, score: { total, grade: null, budget: { rate: 0.9299999999999999 }, state: "scored" } });
    const sheets = buildReviewSummary({
      files: [
        { name: "a.xlsx", folder: "/x", tables: [t("教育局", 97.58947368421052)], issues: [{ code: "value/vague", severity: "warning", sheet: "s", cell: "E5", table: 0, message: "m" }] },
        { name: "b.xlsx", folder: "/x", tables: [t("卫健委", 50)], issues: [{ code: "structure/no-output", severity: "error", sheet: "s", cell: null, table: 0, message: "m" }] },
        { name: "c.xlsx", folder: "/y", error: "坏", tables: [], issues: [] },
      ],
      library: { ...lib, profile: "national-2020" },
      checkedAt: "t",
      profileOf: () => national,
    });
    expect(sheets.map((s) => s.name)).toEqual(["说明", "汇总", "按主管部门", "问题清单"]);
    const [, sum, dep, list] = sheets;
    const val = (s: typeof sum, a: string) => s!.cells.find((c) => c.addr === a)?.value;
    expect(val(sum, "J2")).toBe(97.59);
    expect(val(sum, "L2")).toBe(0.93);
    expect(val(sum, "G2")).toBe("教育局");
    expect(val(sum, "O3")).toBe("退回");
    expect(val(dep, "A2")).toBe("卫健委");
    expect(val(list, "F2")).toBe("错误");
    expect([val(list, "G2"), val(list, "G3"), val(list, "G4")]).toEqual(["缺少产出指标", "无法读取", "指标值表述模糊"]);
    expect(sum!.autoFilter?.range).toBe("A1:P4");
    expect(sum!.frozen).toEqual({ rows: 1, cols: 0 });
    expect(sum!.print).toMatchObject({ paper: "A4", orientation: "landscape", fitWidth: 1, titleRows: "1:1" });
  });
});
