import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";

const root = join(__dirname, "..", "..");
const xml = readFileSync(join(root, "manifest.xml"), "utf8");
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", removeNSPrefix: true });
const doc = parser.parse(xml) as { OfficeApp: Record<string, unknown> };
const app = doc.OfficeApp;

/** Every node of the parsed tree, so checks do not depend on where a thing sits. */
function walk(node: unknown, visit: (key: string, value: Record<string, unknown>) => void, key = ""): void {
  if (Array.isArray(node)) node.forEach((n) => walk(n, visit, key));
  else if (node && typeof node === "object") {
    visit(key, node as Record<string, unknown>);
    for (const [k, v] of Object.entries(node)) walk(v, visit, k);
  }
}
const asArray = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

const resources = (app.VersionOverrides as Record<string, Record<string, Record<string, unknown>>>).Resources ?? {};
const ids = (group: string, item: string): Map<string, Record<string, unknown>> =>
  new Map(asArray(resources[group]?.[item] as Record<string, unknown>[]).map((e) => [String(e["@id"]), e]));
const images = ids("Images", "Image");
const urls = ids("Urls", "Url");
const shorts = ids("ShortStrings", "String");
const longs = ids("LongStrings", "String");

function pngSize(file: string): { w: number; h: number } {
  const b = readFileSync(file);
  expect(b.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(b.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { w: b.readUInt32BE(16), h: b.readUInt32BE(20) };
}
const iconFile = (url: string): string => join(root, "assets", "icons", url.replace("https://localhost:3000/assets/", ""));

describe("manifest.xml", () => {
  it("is well-formed XML describing an Excel task pane add-in", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(app["@type"]).toBe("TaskPaneApp");
    expect((app.Hosts as { Host: Record<string, string> }).Host["@Name"]).toBe("Workbook");
    expect(app.DefaultLocale).toBe("zh-CN");
  });

  it("has a GUID id, a four-part version and a provider", () => {
    expect(String(app.Id)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(String(app.Version)).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(String(app.ProviderName).length).toBeGreaterThan(0);
  });

  it("asks for ExcelApi", () => {
    const set = (app.Requirements as { Sets: { Set: Record<string, string> } }).Sets.Set;
    expect(set["@Name"]).toBe("ExcelApi");
    expect(Number(set["@MinVersion"])).toBeGreaterThanOrEqual(1.7);
  });

  it("uses only https URLs", () => {
    const found: string[] = [];
    for (const m of xml.matchAll(/(?:DefaultValue|Value)="([a-z]+:\/\/[^"]+)"/g)) found.push(m[1] as string);
    for (const m of xml.matchAll(/<AppDomain>([^<]+)<\/AppDomain>/g)) found.push(m[1] as string);
    expect(found.length).toBeGreaterThan(10);
    for (const u of found) expect(u.startsWith("https://")).toBe(true);
  });

  it("resolves every resid to a resource of the right kind", () => {
    const missing: string[] = [];
    let count = 0;
    walk(app.VersionOverrides, (key, node) => {
      const resid = node["@resid"];
      if (typeof resid !== "string") return;
      count++;
      const pool = key === "Image" ? images : key === "Description" || key === "LongStrings" ? longs
        : key === "LearnMoreUrl" || key === "SourceLocation" || key === "FunctionFile" ? urls : shorts;
      // Supertip descriptions and GetStarted descriptions are long strings; titles and labels short ones.
      if (!pool.has(resid)) missing.push(`${key}:${resid}`);
    });
    expect(count).toBeGreaterThan(20);
    expect(missing).toEqual([]);
  });

  it("keeps string resources within Office's length limits, with an en-US override each", () => {
    for (const [limit, pool] of [[125, shorts], [250, longs]] as const) {
      for (const [id, s] of pool) {
        const override = s.Override as Record<string, string>;
        expect({ id, ok: String(s["@DefaultValue"]).length <= limit }).toEqual({ id, ok: true });
        expect(override["@Locale"]).toBe("en-US");
        expect(String(override["@Value"]).length).toBeLessThanOrEqual(limit);
      }
    }
  });

  it("names ribbon buttons 打开助手, 插入模板, 检查, 计分 on the Home tab", () => {
    const labels = [...shorts.values()].map((s) => s["@DefaultValue"]);
    for (const l of ["打开助手", "插入模板", "检查", "计分", "实时计分"]) expect(labels).toContain(l);
    expect(xml).toContain('<OfficeTab id="TabHome">');
  });

  it("points icons at PNG files of the stated sizes", () => {
    let checked = 0;
    walk(app.VersionOverrides, (key, node) => {
      if (key !== "Image" || node["@size"] === undefined) return;
      const img = images.get(String(node["@resid"]));
      expect(img).toBeDefined();
      const file = iconFile(String(img?.["@DefaultValue"]));
      expect(existsSync(file)).toBe(true);
      const { w, h } = pngSize(file);
      expect([w, h]).toEqual([Number(node["@size"]), Number(node["@size"])]);
      checked++;
    });
    expect(checked).toBe(18);
    expect(pngSize(iconFile(String((app.IconUrl as Record<string, string>)["@DefaultValue"])))).toEqual({ w: 32, h: 32 });
    expect(pngSize(iconFile(String((app.HighResolutionIconUrl as Record<string, string>)["@DefaultValue"])))).toEqual({ w: 64, h: 64 });
  });

  it("names only pages the build produces", () => {
    const pages = [...urls.values()].map((u) => String(u["@DefaultValue"]).replace("https://localhost:3000/", "").split("?")[0]);
    const config = readFileSync(join(root, "webpack.config.js"), "utf8");
    for (const p of new Set(pages)) expect(config).toContain(`"${p}"`);
  });
});

describe("manifest for a deployment address", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { manifestFor, normalizeBase } = require("../../scripts/manifest-for.js") as {
    manifestFor(xml: string, base: string): string;
    normalizeBase(base: string): string;
  };

  it("moves every URL to the base (with a path), AppDomain to its origin, and stays well-formed", () => {
    const out = manifestFor(xml, "https://jx.czj.example.gov.cn/jixiao/");
    expect(XMLValidator.validate(out)).toBe(true);
    expect(out).not.toContain("localhost");
    const urls = [...out.matchAll(/(?:DefaultValue|Url)="(https:[^"]+)"/g)].map((m) => m[1] as string);
    expect(urls.length).toBeGreaterThan(15);
    for (const u of urls) expect(u.startsWith("https://jx.czj.example.gov.cn/jixiao/")).toBe(true);
    expect(out).toContain("<AppDomain>https://jx.czj.example.gov.cn</AppDomain>");
    expect(out).toContain('DefaultValue="https://jx.czj.example.gov.cn/jixiao/taskpane.html?tab=library&amp;action=template"');
  });

  it("refuses an address Office cannot load", () => {
    expect(() => normalizeBase("http://intranet/jixiao")).toThrow(/https/);
    expect(() => normalizeBase("not a url")).toThrow(/无效/);
    expect(() => normalizeBase("https://x.cn/a?b=1")).toThrow();
    expect(normalizeBase("https://x.cn/a/")).toBe("https://x.cn/a");
  });
});
