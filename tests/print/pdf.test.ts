/**
 * Proof that what Jixiao writes prints as a form: every template kind, the review summary and an annotated
 * copy, rendered to PDF by LibreOffice, on A4 landscape with the expected number of pages; what is off
 * paper (指标解释, the summary block) is absent from the PDF text, what belongs on it (signatures, page
 * numbers, the library stamp) is there. Page images go to test-output/print/ to be looked at.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { builtinLibrary } from "../../src/core/library/builtin";
import { builtinProfile } from "../../src/core/profiles/builtin";
import { buildTemplate, TEMPLATE_KINDS } from "../../src/core/table/templates";
import { renderWorkbook } from "../../src/xlsx";
import { writeAllLayouts } from "../fixtures/workbooks/write-all";
import { cli } from "../cli/helpers";
import { convert, findPdftoppm, makeRecalcProfile, requireSoffice } from "../parity/soffice";

const soffice = requireSoffice();
const hasPoppler = (() => {
  try {
    execFileSync("pdfinfo", ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();
const d = soffice && hasPoppler ? describe : describe.skip;

interface PageInfo {
  pages: number;
  sizes: { w: number; h: number }[];
}

function pdfInfo(pdf: string): PageInfo {
  const first = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
  const pages = Number(/Pages:\s+(\d+)/.exec(first)?.[1]);
  const all = execFileSync("pdfinfo", ["-f", "1", "-l", String(pages), pdf], { encoding: "utf8" });
  const sizes = [...all.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => ({ w: Number(m[1]), h: Number(m[2]) }));
  return { pages, sizes };
}

const pdfText = (pdf: string, first?: number, last?: number): string =>
  execFileSync("pdftotext", [...(first ? ["-f", String(first)] : []), ...(last ? ["-l", String(last)] : []), "-layout", pdf, "-"], { encoding: "utf8" });

/** A4 landscape is 841.89 × 595.28 pt. */
const isA4Landscape = (s: { w: number; h: number }): boolean => Math.abs(s.w - 841.89) < 1 && Math.abs(s.h - 595.28) < 1;

d("printed forms (LibreOffice → PDF)", () => {
  const work = mkdtempSync(join(tmpdir(), "jixiao-print-"));
  const inDir = join(work, "in");
  const pdfDir = join(work, "pdf");
  const lookDir = resolve(__dirname, "../../test-output/print");
  const library = builtinLibrary();
  const national = builtinProfile("national-2020");
  const files: string[] = [];

  beforeAll(async () => {
    mkdirSync(inDir, { recursive: true });
    rmSync(lookDir, { recursive: true, force: true });
    mkdirSync(lookDir, { recursive: true });
    for (const kind of TEMPLATE_KINDS) {
      const f = join(inDir, `template-${kind}.xlsx`);
      await renderWorkbook(buildTemplate(kind, { library, profile: national })).xlsx.writeFile(f);
      files.push(f);
    }
    // A filled template: pre-filled indicators from the library.
    const filled = join(inDir, "template-self-eval-filled.xlsx");
    const picks = library.indicators.filter((i) => i.level1 === "产出指标").slice(0, 6);
    await renderWorkbook(buildTemplate("self-eval", { library, profile: national, indicators: picks, meta: { projectName: "某某培训项目", department: "某某局", unit: "某某中心", year: 2025 } })).xlsx.writeFile(filled);
    files.push(filled);
    // Real-layout workbooks → the review summary and annotated copies.
    const src = join(work, "src");
    mkdirSync(src);
    const paths = await writeAllLayouts(src);
    await cli(["check", "src", "--report", join(inDir, "review-summary.xlsx"), "--annotate", "ann", "--jobs", "1"], work);
    files.push(join(inDir, "review-summary.xlsx"));
    for (const key of ["selfEval10", "goal88"] as const) {
      const name = paths[key].split("/").pop()!;
      const copy = join(inDir, `annotated-${key}.xlsx`);
      execFileSync("cp", [join(work, "ann", "src", name), copy]);
      files.push(copy);
    }
    // A Jixiao template handed in and annotated keeps its printed form.
    mkdirSync(join(work, "tpl"));
    execFileSync("cp", [filled, join(work, "tpl", "自评表.xlsx")]);
    await cli(["check", "tpl", "--annotate", "ann-tpl"], work);
    execFileSync("cp", [join(work, "ann-tpl", "tpl", "自评表.xlsx"), join(inDir, "annotated-template.xlsx")]);
    files.push(join(inDir, "annotated-template.xlsx"));
    convert(soffice!, makeRecalcProfile(), files, "pdf", pdfDir);
    const ppm = findPdftoppm();
    if (ppm) for (const f of readdirSync(pdfDir)) execFileSync(ppm, ["-r", "80", "-png", join(pdfDir, f), join(lookDir, f.replace(/\.pdf$/, ""))]);
  }, 240_000);

  const pdfOf = (stem: string): string => join(pdfDir, `${stem}.pdf`);

  it.each(TEMPLATE_KINDS)("template %s prints on one A4 landscape page, without 指标解释 or the summary block, with signatures and footer", (kind) => {
    const info = pdfInfo(pdfOf(`template-${kind}`));
    expect(info.pages).toBe(1);
    expect(info.sizes.every(isA4Landscape)).toBe(true);
    const text = pdfText(pdfOf(`template-${kind}`)).replace(/\s+/g, "");
    expect(text).toContain("一级指标");
    expect(text).not.toContain("指标解释");
    expect(text).not.toContain("分值与得分汇总");
    expect(text).not.toContain("指标编码");
    for (const s of ["填表人", "审核人", "单位负责人", "日期"]) expect(text).toContain(s);
    expect(text).toContain("第1页，共1页");
    expect(text).toContain(`指标库${library.meta.id}@${library.meta.version}`);
  });

  it("a filled self-evaluation prints on A4 landscape, one page wide", () => {
    const info = pdfInfo(pdfOf("template-self-eval-filled"));
    expect(info.pages).toBeGreaterThanOrEqual(1);
    expect(info.pages).toBeLessThanOrEqual(2);
    expect(info.sizes.every(isA4Landscape)).toBe(true);
    expect(pdfText(pdfOf("template-self-eval-filled")).replace(/\s+/g, "")).toContain("某某培训项目");
  });

  it("the review summary prints every sheet on A4 landscape, the first page naming library, profile and time", () => {
    const info = pdfInfo(pdfOf("review-summary"));
    expect(info.sizes.every(isA4Landscape)).toBe(true);
    // 说明, 汇总, 按主管部门 on a page each, then the issue list.
    expect(info.pages).toBeGreaterThanOrEqual(4);
    expect(info.pages).toBeLessThanOrEqual(20);
    const first = pdfText(pdfOf("review-summary"), 1, 1).replace(/\s+/g, "");
    for (const s of ["预算绩效审核汇总", "审核时间", "指标库", "规则", "national-2020", "退回"]) expect(first).toContain(s);
    const second = pdfText(pdfOf("review-summary"), 2, 2).replace(/\s+/g, "");
    for (const s of ["文件名", "主管部门", "总分", "审核结论"]) expect(second).toContain(s);
  });

  it.each(["selfEval10", "goal88"])("the annotated copy of %s ends with its 审核意见 on A4 landscape", (key) => {
    const pdf = pdfOf(`annotated-${key}`);
    const info = pdfInfo(pdf);
    const text = pdfText(pdf).replace(/\s+/g, "");
    expect(text).toContain("绩效审核意见");
    expect(text).toMatch(/审核结论(通过|修改后通过|退回)/);
    // The reviewer's sheets are the last pages; the department's own sheet keeps its own page setup.
    const opinionPages = info.sizes.map((s, i) => ({ s, i: i + 1 })).filter(({ i }) => /绩效审核意见|绩效目标审核表|修改建议|审核发现/.test(pdfText(pdf, i, i).replace(/\s+/g, "")));
    expect(opinionPages.length).toBeGreaterThan(0);
    for (const p of opinionPages) expect(isA4Landscape(p.s)).toBe(true);
    if (key === "goal88") for (const c of ["完整性", "相关性", "适当性", "可行性"]) expect(text).toContain(c);
  });

  it("an annotated Jixiao template still prints its form (print area kept), then the 审核意见", () => {
    const pdf = pdfOf("annotated-template");
    const info = pdfInfo(pdf);
    expect(info.sizes.every(isA4Landscape)).toBe(true);
    const first = pdfText(pdf, 1, 1).replace(/\s+/g, "");
    expect(first).toContain("项目支出绩效自评表");
    expect(first).not.toContain("指标解释");
    expect(pdfText(pdf, info.pages, info.pages).replace(/\s+/g, "")).toMatch(/审核人/);
  });

  it("leaves page images to look at", () => {
    if (!findPdftoppm()) return;
    expect(existsSync(join(lookDir, "template-goal-1.png"))).toBe(true);
  });
});
