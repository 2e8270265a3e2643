import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import builtinJson from "../../assets/library/builtin.json";
import { readWorkbookGrids } from "../../src/xlsx";
import { listLiteral } from "../../src/xlsx/render";
import { zipPart } from "../xlsx/zip-part";
import { cli, tempDir } from "./helpers";

/** Library text made to break out: quotes, formula starters and control characters. */
const TIER = '好"&WEBSERVICE("http://x.invalid/")&"';
const NAMES = ["=1+1", "+SUM(A1:A9)", "@cmd", "-2+3", "名称\u001b[2J\u0007清屏", '含"引号"的指标'];

type Lib = { profiles: { qualitativeTiers: { name: string }[] }[]; indicators: { code: string; name: string }[] };

function hostileLibrary(dir: string): { path: string; codes: string[] } {
  const lib = JSON.parse(JSON.stringify(builtinJson)) as Lib;
  for (const p of lib.profiles) (p.qualitativeTiers[0] as { name: string }).name = TIER;
  const codes: string[] = [];
  NAMES.forEach((n, i) => {
    const ind = lib.indicators[i] as { code: string; name: string };
    ind.name = n;
    codes.push(ind.code);
  });
  const path = join(dir, "lib.json");
  writeFileSync(path, JSON.stringify(lib));
  return { path, codes };
}

/** Every formula a workbook holds, from its sheets' XML (cells, validations, conditional formats). */
function formulasIn(file: string, sheets: number): string[] {
  const buf = readFileSync(file);
  const out: string[] = [];
  for (let i = 1; i <= sheets; i++) {
    let xml: string;
    try {
      xml = zipPart(buf, `xl/worksheets/sheet${i}.xml`);
    } catch {
      continue;
    }
    for (const m of xml.matchAll(/<(f|formula1|formula)(?: [^>]*)?>([^<]*)<\/\1>/g)) out.push((m[2] as string).replace(/&quot;/g, '"').replace(/&amp;/g, "&"));
  }
  return out;
}

/** A formula's string literals removed: what is left is what Excel would evaluate. */
const outsideStrings = (f: string): string => f.replace(/"(?:[^"]|"")*"/g, '""');

/** Names a spreadsheet can hold as they are (control characters are dropped on writing). */
// eslint-disable-next-line no-control-regex -- the point
const printable = NAMES.filter((x) => !/[\u0000-\u001f]/.test(x));

describe("writers escape library and workbook text", () => {
  it("listLiteral doubles quotes and keeps each item one item", () => {
    expect(listLiteral(["优", TIER, "a,b"])).toBe('"优,好""&WEBSERVICE(""http://x.invalid/"")&"",a，b"');
  });

  it("template: tier names stay inside string literals, indicator names stay text cells", async () => {
    const dir = tempDir();
    const { codes } = hostileLibrary(dir);
    for (const kind of ["goal", "self-eval", "dept-goal", "monitor"]) {
      const r = await cli(["template", kind, "--library", "lib.json", "--indicators", codes.join(","), "-o", `${kind}.xlsx`], dir);
      expect(r.err).toBe("");
      const formulas = formulasIn(join(dir, `${kind}.xlsx`), 6);
      expect(formulas.length).toBeGreaterThan(0);
      for (const f of formulas) expect(outsideStrings(f)).not.toMatch(/WEBSERVICE/);
      const wb = await readWorkbookGrids(join(dir, `${kind}.xlsx`));
      const cells = wb.sheets.flatMap((g) => g.values.flatMap((row, r) => row.map((v, c) => ({ v, f: g.formulas[r]?.[c] ?? null }))));
      for (const n of printable) {
        const hit = cells.find((x) => x.v === n);
        expect(hit).toBeDefined();
        expect(hit?.f).toBeNull();
      }
      // eslint-disable-next-line no-control-regex -- control characters never reach the file
      expect(cells.some((x) => typeof x.v === "string" && /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(x.v))).toBe(false);
    }
  });

  it("library build to a workbook and back keeps names and tiers exact, as text, never formulas", async () => {
    const dir = tempDir();
    hostileLibrary(dir);
    expect((await cli(["library", "build", "lib.json", "-o", "lib.xlsx"], dir)).err).toBe("");
    expect(formulasIn(join(dir, "lib.xlsx"), 4)).toEqual([]);
    expect((await cli(["library", "build", "lib.xlsx", "-o", "back.json"], dir)).err).toBe("");
    const back = JSON.parse(readFileSync(join(dir, "back.json"), "utf8")) as Lib;
    expect(back.profiles[0]?.qualitativeTiers[0]?.name).toBe(TIER);
    for (const n of printable) expect(back.indicators.some((i) => i.name === n)).toBe(true);
  });

  it("the reviewer's report writes file names and messages as neutralised text", async () => {
    const dir = tempDir();
    const { codes } = hostileLibrary(dir);
    await cli(["template", "self-eval", "--library", "lib.json", "--indicators", codes.join(","), "-o", "=HYPERLINK(1).xlsx"], dir);
    await cli(["check", "=HYPERLINK(1).xlsx", "--library", "lib.json", "--report", "r.xlsx"], dir);
    expect(formulasIn(join(dir, "r.xlsx"), 4)).toEqual([]);
    const wb = await readWorkbookGrids(join(dir, "r.xlsx"));
    // 汇总: the file name column.
    expect(wb.sheets[1]!.values[1]![1]).toBe("'=HYPERLINK(1).xlsx");
  });
});
