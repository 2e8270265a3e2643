import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";

const root = join(__dirname, "..", "..");
const version = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }).version;
const build = (args: string[]) => spawnSync(process.execPath, [join(root, "scripts", "build-wps.mjs"), ...args], { cwd: root, encoding: "utf8" });

describe("npm run build:wps", () => {
  let out = "";
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), "jixiao-wps-"));
    const r = build(["--out", out, "--base-url", "https://intranet.test/jixiao", "--offline-url", "file:///opt/jixiao/jixiao.7z"]);
    expect(r.status).toBe(0);
  }, 120_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("writes a folder to host: main page, ribbon, pane, icons", () => {
    for (const f of ["index.html", "main.js", "ribbon.xml", "taskpane.html", "taskpane.js", "assets/icon-32.png", "assets/template-32.png", "assets/check-32.png", "assets/score-32.png"]) {
      expect(existsSync(join(out, f))).toBe(true);
    }
    expect(readFileSync(join(out, "index.html"), "utf8")).toContain('src="main.js"');
    const pane = readFileSync(join(out, "taskpane.html"), "utf8");
    expect(pane).toContain('src="taskpane.js"');
    expect(pane).not.toMatch(/<script[^>]*office/); // WPS runs no Office.js
    expect(readFileSync(join(out, "main.js"), "utf8")).toContain("ribbon");
  });

  it("lists the add-in for online deployment at the base URL", () => {
    const x = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(readFileSync(join(out, "jsplugins.xml"), "utf8"));
    expect(x.jsplugins.jspluginonline).toMatchObject({ name: "jixiao", type: "et", url: "https://intranet.test/jixiao/" });
  });

  it("packs the same files for offline deployment, with jsplugins.xml, publish.xml and an oem.ini snippet", () => {
    const dir = join(out, "offline", `jixiao_${version}`);
    expect(readdirSync(dir).sort()).toEqual(readdirSync(out).filter((f) => f !== "offline" && f !== "jsplugins.xml").sort());
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" });
    expect(parser.parse(readFileSync(join(out, "offline", "jsplugins.xml"), "utf8")).jsplugins.jsplugin).toMatchObject({ name: "jixiao", type: "et", url: "file:///opt/jixiao/jixiao.7z", version, enable: "true" });
    expect(parser.parse(readFileSync(join(out, "offline", "publish.xml"), "utf8")).jsplugins.jsplugin).toMatchObject({ url: `jixiao_${version}` });
    const ini = readFileSync(join(out, "offline", "oem.ini.example"), "utf8");
    expect(ini).toMatch(/JsApiPlugin=true/);
    expect(ini).toMatch(/JSPluginsServer=https:\/\/intranet\.test\/jixiao\/jsplugins\.xml/);
  });

  it("refuses a base URL that is not http(s)", () => {
    const r = build(["--out", join(out, "x"), "--base-url", "ftp://x.test/"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/http\(s\)/);
  });
});
