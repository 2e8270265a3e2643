import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { strToU8, unzipSync, zipSync } from "fflate";
import builtinJson from "../../assets/library/builtin.json";
import { cli, tempDir } from "./helpers";

type Lib = { indicators: { code: string; name: string; replacedBy?: string }[] };

describe("library workbooks: read in one linear pass", () => {
  const dir = tempDir();
  beforeAll(async () => {
    // 8,000 indicators: the built-in ones repeated under new codes.
    const lib = JSON.parse(JSON.stringify(builtinJson)) as Lib;
    const base = lib.indicators.filter((i) => !("replacedBy" in i));
    lib.indicators = Array.from({ length: 8000 }, (_, k) => {
      const src = JSON.parse(JSON.stringify(base[k % base.length])) as { code: string; name: string; status: unknown };
      return { ...src, code: `ZZ-${String(k).padStart(5, "0")}`, name: `${src.name}${k}`, status: { state: "active" } };
    });
    writeFileSync(join(dir, "big.json"), JSON.stringify(lib));
    const r = await cli(["library", "build", "big.json", "-o", "big.xlsx"], dir);
    expect(r.err).toBe("");
  }, 60_000);

  // How fast is measured by `npm run bench cli` (library build of 8,000 rows), not by a timed test.
  it("an 8,000-row library workbook builds back to the same 8,000 indicators", async () => {
    const r = await cli(["library", "build", "big.xlsx", "-o", "big-back.json"], dir);
    expect(r.err).toBe("");
    const back = (JSON.parse(readFileSync(join(dir, "big-back.json"), "utf8")) as Lib).indicators;
    expect(back).toHaveLength(8000);
    expect(back[7999]?.code).toBe("ZZ-07999");
  });

  it("a cell holding a formula without a saved result is an error naming the cell", async () => {
    const small = JSON.parse(JSON.stringify(builtinJson)) as Lib;
    writeFileSync(join(dir, "small.json"), JSON.stringify(small));
    await cli(["library", "build", "small.json", "-o", "small.xlsx"], dir);
    // Replace the second row's first cell of the indicator sheet with a formula that has no <v>.
    const parts = unzipSync(readFileSync(join(dir, "small.xlsx")));
    const wbXml = new TextDecoder().decode(parts["xl/workbook.xml"]);
    const names = [...wbXml.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    const idx = names.indexOf("指标") + 1;
    expect(idx).toBeGreaterThan(0);
    const key = `xl/worksheets/sheet${idx}.xml`;
    const xml = new TextDecoder().decode(parts[key]).replace(/<c r="A2"[^>]*?(\/>|>.*?<\/c>)/, '<c r="A2"><f>CONCATENATE("YS","-001")</f></c>');
    parts[key] = strToU8(xml);
    writeFileSync(join(dir, "formula.xlsx"), zipSync(parts));
    const r = await cli(["library", "build", "formula.xlsx", "-o", "f.json"], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/指标!A2 是公式但没有保存计算结果/);
    expect(r.err).not.toMatch(/object Object/);
  });
});
