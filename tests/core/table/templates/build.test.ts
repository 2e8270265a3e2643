import { builtinLibrary } from "../../../../src/core/library/builtin";
import { libraryHash } from "../../../../src/core/library/hash";
import { builtinProfile } from "../../../../src/core/profiles/builtin";
import type { WorkbookPlan, SheetPlan, PlanCell } from "../../../../src/core/table/plan";
import {
  buildTemplate,
  templateLayout,
  columnFor,
  validatePlan,
  TemplatePlanError,
  TEMPLATE_KINDS,
  STAMP_NAMES,
  STAMP_SHEET,
  LISTS_SHEET,
  SUMMARY_MARKER,
  TOTAL_LABEL,
  WEIGHT_TOTAL_LABEL,
  ROWS_NAME,
} from "../../../../src/core/table/templates";
import { ALLOWED_FUNCTIONS, functionsUsed } from "../../../../src/core/scoring/formulas";

const library = builtinLibrary();
const national = builtinProfile("national-2020");
const sichuan = builtinProfile("sichuan-90");

const cellAt = (s: SheetPlan, addr: string): PlanCell | undefined => s.cells.find((c) => c.addr === addr);
const allFormulas = (plan: WorkbookPlan): string[] =>
  plan.sheets.flatMap((s) => [
    ...s.cells.flatMap((c) => (c.formula ? [c.formula] : [])),
    ...s.conditionalFormats.map((cf) => cf.formula),
    ...s.validations.flatMap((v) => (v.listFormula ? [v.listFormula.slice(1)] : [])),
  ]);

describe("template layouts", () => {
  it("prints the published 自评表 headers, with operator / value / unit split", () => {
    const headers = templateLayout("self-eval").columns.map((c) => c.header);
    expect(headers).toEqual([
      "一级指标", "二级指标", "三级指标", "指标性质", "年度指标值", "度量单位", "指标值设定依据",
      "分值", "实际完成值", "评价档次", "得分", "偏差原因分析及改进措施", "指标解释", "指标编码",
    ]);
    expect(templateLayout("self-eval").budget.columns.budget?.header).toBe("全年预算数（A）");
    expect(templateLayout("self-eval").budget.columns.executed?.header).toBe("全年执行数（B）");
    expect(templateLayout("self-eval").budget.columns.rate?.header).toBe("执行率（B/A）");
    expect(templateLayout("self-eval").budget.lines.map((l) => l.label)).toEqual(["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"]);
    expect(templateLayout("goal").columns.map((c) => c.header).slice(0, 5)).toEqual(["一级指标", "二级指标", "三级指标", "指标性质", "指标值"]);
    expect(columnFor("monitor", "expected")?.header).toBe("全年预计完成值");
    for (const kind of TEMPLATE_KINDS) {
      const code = columnFor(kind, "code");
      expect(code?.hidden).toBe(true);
      const letters = templateLayout(kind).columns.map((c) => c.letter);
      expect(new Set(letters).size).toBe(letters.length);
    }
  });
});

describe.each(TEMPLATE_KINDS)("buildTemplate(%s)", (kind) => {
  const indicators = library.indicators.slice(0, 10);
  const plan = buildTemplate(kind, { library, profile: national, indicators, meta: { projectName: "测试项目", year: 2025 }, rowsPerLevel2: 3 });
  const layout = templateLayout(kind);
  const main = plan.sheets[0]!;

  it("has the form sheet first, then hidden lists and stamp sheets", () => {
    expect(plan.sheets.map((s) => s.name)).toEqual([layout.sheetName, LISTS_SHEET, STAMP_SHEET]);
    expect(main.hidden).toBeFalsy();
    expect(plan.sheets[1]!.hidden && plan.sheets[2]!.hidden).toBe(true);
    expect(cellAt(main, "A1")?.value).toBe(layout.title);
    expect(cellAt(main, layout.yearCell)?.value).toBe("（2025年度）");
  });

  it("writes the headers of layout.ts on the header row", () => {
    for (const c of layout.columns) expect(cellAt(main, `${c.letter}${layout.headerRow}`)?.value).toBe(c.header);
    expect(main.hiddenColumns).toContain(columnFor(kind, "code")!.letter);
  });

  it("pre-fills the indicators under their 一级 / 二级 with code, unit, operator, basis and weight", () => {
    const codeCol = columnFor(kind, "code")!.letter;
    const first = layout.firstIndicatorRow;
    const rows = main.cells.filter((c) => c.addr.startsWith(codeCol) && Number(c.addr.slice(codeCol.length)) >= first && typeof c.value === "string" && c.value !== "指标编码");
    expect(rows.map((c) => c.value).sort()).toEqual(indicators.map((i) => i.code).sort());
    for (const c of rows) {
      const r = Number(c.addr.slice(codeCol.length));
      const ind = indicators.find((i) => i.code === c.value)!;
      expect(cellAt(main, `${columnFor(kind, "name")!.letter}${r}`)?.value).toBe(ind.name);
      expect(cellAt(main, `${columnFor(kind, "weight")!.letter}${r}`)?.value).toBe(ind.weightHint);
      expect(cellAt(main, `${columnFor(kind, "basis")!.letter}${r}`)?.value).toBe(ind.bases[0]!.basis);
      expect(cellAt(main, `${columnFor(kind, "explanation")!.letter}${r}`)?.value).toBe(ind.explanation);
      expect(cellAt(main, `${columnFor(kind, "level2")!.letter}${r}`)?.value).toBe(ind.level2);
    }
  });

  it("puts rowsPerLevel2 blank rows under each empty 二级 and the printed footer right after the rows", () => {
    const l2 = columnFor(kind, "level2")!.letter;
    const name = columnFor(kind, "name")!.letter;
    let r = layout.firstIndicatorRow;
    const blanks = new Map<string, number>();
    const footerLabel = kind === "self-eval" ? TOTAL_LABEL : kind === "monitor" ? "合计" : WEIGHT_TOTAL_LABEL;
    while (cellAt(main, `A${r}`)?.value !== footerLabel) {
      if (cellAt(main, `${name}${r}`)?.value == null) {
        const k = String(cellAt(main, `${l2}${r}`)?.value);
        blanks.set(k, (blanks.get(k) ?? 0) + 1);
      }
      r++;
      expect(r).toBeLessThan(500);
    }
    expect(blanks.get("服务对象满意度指标")).toBe(3);
    for (const n of blanks.values()) expect(n).toBe(3);
    const rowsName = plan.names.find((n) => n.name === ROWS_NAME)!;
    expect(rowsName.ref).toBe(`'${layout.sheetName}'!$A$${layout.firstIndicatorRow}:$${layout.lastColumn}$${r - 1}`);
  });

  it("stamps library, version, hash, profile and kind in the hidden sheet and defined names", () => {
    expect(plan.stamp).toEqual({ libraryId: library.meta.id, version: library.meta.version, hash: libraryHash(library), profile: "national-2020", template: kind });
    const stamp = plan.sheets[2]!;
    const byName = Object.fromEntries(plan.names.map((n) => [n.name, n.ref]));
    const valueOf = (name: string): unknown => cellAt(stamp, /\$([A-Z]+)\$(\d+)$/.exec(byName[name]!)!.slice(1).join(""))?.value;
    expect(valueOf(STAMP_NAMES.library)).toBe(library.meta.id);
    expect(valueOf(STAMP_NAMES.version)).toBe(library.meta.version);
    expect(valueOf(STAMP_NAMES.hash)).toBe(libraryHash(library));
    expect(valueOf(STAMP_NAMES.profile)).toBe("national-2020");
    expect(valueOf(STAMP_NAMES.template)).toBe(kind);
  });

  it("uses only the classic function set, nowhere INDIRECT / OFFSET / XLOOKUP / LET", () => {
    const allowed = new Set<string>(ALLOWED_FUNCTIONS);
    const formulas = allFormulas(plan);
    expect(formulas.length).toBeGreaterThan(10);
    for (const f of formulas) for (const fn of functionsUsed(f)) expect(allowed.has(fn)).toBe(true);
    expect(formulas.join("\n")).not.toMatch(/INDIRECT|OFFSET|XLOOKUP|LET\(|LAMBDA|\[#|@/);
    expect(validatePlan(plan)).toEqual([]);
  });

  it("locks only formula cells and protects the sheets", () => {
    for (const s of plan.sheets) {
      expect(s.protect).toBe(true);
      for (const c of s.cells) expect(c.locked).toBe(c.formula !== undefined);
    }
    expect(cellAt(main, layout.meta.projectName?.valueCell ?? layout.meta.department!.valueCell)?.locked).toBe(false);
  });

  it("offers dropdowns for 一级, dependent 二级, operator, basis and tiers, and bounded weights", () => {
    const col = (k: Parameters<typeof columnFor>[1]): string => columnFor(kind, k)!.letter;
    const v = (k: Parameters<typeof columnFor>[1]) => main.validations.find((x) => x.range.startsWith(`${col(k)}${layout.firstIndicatorRow}:`));
    expect(v("level1")?.listFormula).toMatch(/^='_lists'!\$A\$2:\$A\$4$/);
    expect(v("level2")?.listFormula).toMatch(/^=INDEX\(.*MATCH\(\$A\d+,.*\):INDEX\(.*COUNTIF/);
    expect(v("operator")?.list).toEqual(["≥", ">", "≤", "<", "=", "±", "定性"]);
    expect(v("basis")?.list).toEqual(["计划标准", "行业标准", "历史标准", "预算支出标准", "其他标准"]);
    expect(v("weight")).toMatchObject({ type: "decimal", min: 0, max: 100 });
    if (columnFor(kind, "tier")) expect(v("tier")?.list).toEqual(national.qualitativeTiers.map((t) => t.name));
  });

  it("explains every conditional format", () => {
    expect(main.conditionalFormats.length).toBeGreaterThan(3);
    const meanings = main.conditionalFormats.map((c) => c.meaning).join("\n");
    expect(meanings).toMatch(/分值合计应为/);
    if (kind === "self-eval" || kind === "monitor") {
      expect(meanings).toMatch(/得分低于分值/);
      expect(meanings).toMatch(/偏差原因/);
      expect(meanings).toMatch(/超额完成/);
      expect(meanings).toMatch(/档次/);
      expect(meanings).toMatch(/预算执行率低于 90%/);
    }
  });
});

describe.each(TEMPLATE_KINDS)("print setup of %s", (kind) => {
  const plan = buildTemplate(kind, { library, profile: national });
  const main = plan.sheets[0]!;
  const layout = templateLayout(kind);
  const l1 = columnFor(kind, "level1")!.letter;

  it("prints A4 landscape, one page wide, header rows repeated and frozen, black and white", () => {
    expect(main.print).toMatchObject({ paper: "A4", orientation: "landscape", fitWidth: 1, fitHeight: kind.endsWith("goal") ? 1 : 0, blackAndWhite: true });
    expect(main.print?.titleRows).toBe(`${layout.headerRow}:${layout.headerRow}`);
    expect(main.frozen).toEqual({ rows: layout.headerRow, cols: 0 });
  });

  it("keeps 指标解释 and the code column in the file but off the printed range, and ends it at the signatures", () => {
    const area = main.print!.area!;
    const [, lastCol, lastRow] = /^A1:([A-Z]+)(\d+)$/.exec(area)!;
    const explanation = columnFor(kind, "explanation")!.letter;
    expect(lastCol! < explanation || lastCol!.length < explanation.length).toBe(true);
    expect(main.cells.some((c) => c.addr.startsWith(explanation) && c.value === "指标解释")).toBe(true);
    expect(cellAt(main, `A${lastRow}`)?.value).toBe("填表人：");
    const texts = main.cells.filter((c) => Number(/\d+$/.exec(c.addr)![0]) === Number(lastRow)).map((c) => String(c.value));
    expect(texts.join(" ")).toMatch(/审核人.*单位负责人.*日期/);
    // The summary block stands below the print area.
    const marker = main.cells.find((c) => c.value === SUMMARY_MARKER)!;
    expect(Number(marker.addr.slice(1))).toBeGreaterThan(Number(lastRow));
  });

  it("merges 一级指标 down its block", () => {
    const merged = main.merges.filter((m) => new RegExp(`^${l1}\\d+:${l1}\\d+$`).test(m) && Number(m.split(":")[0]!.slice(1)) >= layout.firstIndicatorRow);
    expect(merged.length).toBe(national.tree.length);
    for (const m of merged) {
      const top = cellAt(main, m.split(":")[0]!)?.value;
      expect(national.tree.map((n) => n.name)).toContain(top);
    }
  });

  it("puts the library stamp in small type and page numbers in the footer", () => {
    expect(main.print?.footer?.left).toMatch(new RegExp(`^&8.*${library.meta.id}@${library.meta.version.replace(/\./g, "\\.")} #${libraryHash(library).slice(0, 12)}`));
    expect(main.print?.footer?.center).toMatch(/&P.*&N/);
  });
});

describe("buildTemplate details", () => {
  it("checks weights against the profile: 应为 50 per 一级 nationally, only the 90 total in 四川", () => {
    const n = buildTemplate("self-eval", { library, profile: national });
    const s = buildTemplate("self-eval", { library, profile: sichuan });
    const checks = (p: WorkbookPlan): string[] => p.sheets[0]!.cells.filter((c) => c.addr.startsWith("C") && c.formula?.includes("应为")).map((c) => /应为 (\d+)/.exec(c.formula!)![1]!);
    expect(checks(n)).toEqual(["50", "30", "10", "90", "100"]);
    expect(checks(s)).toEqual(["90", "100"]);
  });

  it("scores each row with the scoring formula builder and grades the total", () => {
    const plan = buildTemplate("self-eval", { library, profile: national, rowsPerLevel2: 1 });
    const main = plan.sheets[0]!;
    const score = cellAt(main, `K${templateLayout("self-eval").firstIndicatorRow}`)!;
    expect(score.formula).toContain('$D13="定性"');
    expect(score.formula).toContain("$I13");
    const grade = main.cells.find((c) => c.formula?.includes('"优"'));
    expect(grade).toBeDefined();
    expect(cellAt(main, "J6")?.formula).toMatch(/^IF\(AND\(ISNUMBER\(F6\),ISNUMBER\(G6\)\)/);
  });

  it("keeps text that looks like a formula as a literal value", () => {
    const evil = { ...library.indicators[0]!, name: "=HYPERLINK(\"http://x\",\"y\")", explanation: "+1-2", code: "ZZ-EVIL" };
    const plan = buildTemplate("goal", { library, profile: national, indicators: [evil], meta: { projectName: "@SUM(A1)" } });
    const main = plan.sheets[0]!;
    const name = main.cells.find((c) => c.value === evil.name)!;
    expect(name.formula).toBeUndefined();
    expect(main.cells.find((c) => c.value === "@SUM(A1)")?.formula).toBeUndefined();
    expect(main.cells.find((c) => c.value === "+1-2")?.formula).toBeUndefined();
  });

  it("places indicators from another tree by their 二级, and keeps unknown ones at the end", () => {
    const odd = { ...library.indicators[0]!, level1: "自定义一级", level2: "自定义二级", code: "ZZ-ODD" };
    const plan = buildTemplate("goal", { library, profile: national, indicators: [odd], rowsPerLevel2: 0 });
    const main = plan.sheets[0]!;
    const row = Number(main.cells.find((c) => c.value === "ZZ-ODD")!.addr.slice(1));
    expect(cellAt(main, `A${row}`)?.value).toBe("自定义一级");
    expect(cellAt(main, `A${row + 1}`)?.value).toBe(WEIGHT_TOTAL_LABEL);
  });

  it("refuses a plan with a forbidden function or a bad address", () => {
    const plan = buildTemplate("goal", { library, profile: national, rowsPerLevel2: 1 });
    const broken: WorkbookPlan = {
      ...plan,
      sheets: [{ ...plan.sheets[0]!, cells: [...plan.sheets[0]!.cells, { addr: "ZZ99", formula: "XLOOKUP(1,A1:A2,B1:B2)" }, { addr: "A0", value: 1 }] }, ...plan.sheets.slice(1)],
    };
    const problems = validatePlan(broken);
    expect(problems.some((p) => p.where === "ZZ99" && /XLOOKUP/.test(p.message))).toBe(true);
    expect(problems.some((p) => p.where === "A0")).toBe(true);
    expect(new TemplatePlanError(problems).message).toMatch(/^模板计划有 \d+ 处错误/);
  });
});
