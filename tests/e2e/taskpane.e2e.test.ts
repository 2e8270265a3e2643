/**
 * Browser proof: builds the task pane, serves it on localhost, drives Debian's Chromium through playwright-core
 * with the in-memory workbook (no Office), and saves a screenshot of each page to test-output/screenshots/.
 */
import { existsSync, mkdirSync, readFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { pinyin } from "pinyin-pro";
import webpack from "webpack";
import { builtinLibrary } from "../../src/core/library";
import { columnFor } from "../../src/core/table/templates/layout";

const CHROMIUM = "/usr/bin/chromium";
const root = join(__dirname, "..", "..");
const out = join(root, "test-output", "e2e-dist");
const shots = join(root, "test-output", "screenshots");
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium && process.env.CI === "true") throw new Error(`CI 上缺少 ${CHROMIUM} / Chromium missing on CI: apt-get install chromium`);
if (!haveChromium) console.warn(`跳过浏览器测试：没有 ${CHROMIUM} / skipping the browser proof: no Chromium`);
const maybe = haveChromium ? describe : describe.skip;

jest.setTimeout(240_000);

async function build(): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const factory = require("../../webpack.config.js") as (env: unknown, argv: { mode: string }) => webpack.Configuration;
  const config = factory({}, { mode: "development" });
  config.output = { ...config.output, path: out };
  config.devtool = false;
  await new Promise<void>((resolve, reject) =>
    webpack(config, (err, stats) => (err ? reject(err) : stats?.hasErrors() ? reject(new Error(stats.toString("errors-only"))) : resolve())),
  );
}

const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".png": "image/png", ".json": "application/json" };
function serve(): Promise<{ server: Server; port: number }> {
  return new Promise((resolve) => {
    const server = createServer((req, res) => {
      const path = normalize(decodeURIComponent((req.url ?? "/").split("?")[0] as string)).replace(/^(\.\.[/\\])+/, "");
      const file = join(out, path);
      if (!file.startsWith(out) || !existsSync(file)) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
    });
    server.listen(0, "127.0.0.1", () => resolve({ server, port: (server.address() as { port: number }).port }));
  });
}

maybe("task pane in Chromium with the in-memory workbook", () => {
  let context: BrowserContext;
  let server: Server;
  let page: Page;
  let base = "";
  const blocked: string[] = [];

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    await build();
    const s = await serve();
    server = s.server;
    base = `http://localhost:${s.port}`;
    // A fresh profile each run, so no cached state or extension changes what the test sees.
    context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "jixiao-chrome-")), {
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
      ignoreHTTPSErrors: true,
      viewport: { width: 1280, height: 860 },
      locale: "zh-CN",
    });
    await context.route("**/*", (route) => {
      const host = new URL(route.request().url()).hostname;
      if (host === "localhost" || host === "127.0.0.1") return route.continue();
      blocked.push(route.request().url());
      return route.abort();
    });
    page = await context.newPage();
    // Every Content-Security-Policy violation is collected: the pane must work under its own policy.
    await page.addInitScript(() => {
      const w = window as unknown as { cspViolations: string[] };
      w.cspViolations = [];
      document.addEventListener("securitypolicyviolation", (e) => w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
  });

  afterAll(async () => {
    await context?.close();
    server?.close();
  });

  it("walks the accountant's journey through the grid: search, template, typing, issues, score, settings remembered", async () => {
    const t0 = Date.now();
    await page.goto(`${base}/taskpane.html`);
    await page.getByRole("tab", { name: "指标库" }).waitFor();
    const firstPaint = Date.now() - t0;
    await page.getByTestId("not-in-excel").waitFor();
    console.log(`首屏 / first paint: ${firstPaint} ms; in-memory workbook: ${Date.now() - t0} ms; blocked: ${blocked.join(", ")}`);
    expect(blocked.some((u) => u.includes("appsforoffice.microsoft.com"))).toBe(true);
    const total = builtinLibrary().indicators.filter((i) => i.status.state === "active").length;
    await page.getByText(`共 ${total} 个指标`).waitFor();
    await page.screenshot({ path: join(shots, "0-start.png") });
    // The CDN is blocked: the loader fell back to the office.js copy served beside the pane, under the CSP.
    await page.waitForFunction(() => (window as unknown as { jixiaoOfficeSource?: string }).jixiaoOfficeSource !== undefined);
    expect(await page.evaluate(() => (window as unknown as { jixiaoOfficeSource?: string }).jixiaoOfficeSource)).toBe("local");

    const lib = builtinLibrary().indicators.filter((i) => i.status.state === "active" && !i.block && i.kind === "quantitative" && i.operator === ">=" && /^[\u4e00-\u9fff]{3,}$/.test(i.name));
    const picks = [lib.find((i) => i.level2 === "数量指标"), lib.find((i) => i.level2 === "质量指标"), lib.find((i) => i.level1 === "效益指标")].filter(
      (i): i is NonNullable<typeof i> => !!i,
    );
    expect(picks).toHaveLength(3);
    for (const [n, ind] of picks.entries()) {
      const initials = pinyin(ind.name, { pattern: "first", toneType: "none", type: "array" }).join("");
      await page.getByTestId("search").fill(initials);
      const box = page.getByRole("checkbox", { name: `选择 ${ind.name}` });
      await box.waitFor();
      if (n === 0) {
        expect(await page.getByTestId("results").locator("mark").count()).toBeGreaterThan(0);
        await box.locator("xpath=ancestor::li").getByRole("button", { name: "详情" }).click();
        await page.getByTestId("indicator-card").waitFor();
        expect(await page.getByTestId("indicator-card").innerText()).toContain("评分标准");
        await page.screenshot({ path: join(shots, "1-library-search.png") });
      }
      await box.check();
    }
    await page.getByTestId("kind").selectOption("self-eval");
    await page.getByRole("button", { name: "新建模板" }).click();
    await page.getByText(/已新建模板/).waitFor();
    await page.getByRole("grid").waitFor();

    // A fresh template is a to-do list, not a page of red errors.
    await page.getByRole("tab", { name: "检查" }).click();
    expect(await page.getByTestId("verdict").getAttribute("data-state")).toBe("blank");
    expect(await page.locator("ul[data-kind=error]").count()).toBe(0);
    await page.screenshot({ path: join(shots, "2-blank-template.png") });

    // Type targets, weights and actuals into the grid's cells, as a person would.
    const letter = (k: Parameters<typeof columnFor>[1]): string => columnFor("self-eval", k)?.letter as string;
    const cols = { target: letter("target"), actual: letter("actual"), weight: letter("weight") };
    const rows: string[] = [];
    for (const p of picks) {
      const cell = page.getByRole("gridcell", { name: p.name, exact: true }).first();
      rows.push(((await cell.getAttribute("data-addr")) as string).replace(/^[A-Z]+/, ""));
    }
    const typeInto = async (addr: string, text: string): Promise<void> => {
      await page.locator(`[role=gridcell][data-addr="${addr}"]`).click();
      await page.keyboard.type(text);
      await page.keyboard.press("Enter");
      await page.waitForFunction((a) => document.querySelector(`[data-addr="${a}"] input`) === null, addr);
    };
    // Three indicators of 30 and the budget's 10 make the full 100: a table whose weights do not is given no total.
    for (const [i, r] of rows.entries()) {
      await typeInto(`${cols.target}${r}`, "100");
      await typeInto(`${cols.weight}${r}`, "30");
      if (i < 2) await typeInto(`${cols.actual}${r}`, i === 0 ? "80" : "100");
    }
    expect(await page.locator(`[data-addr="${cols.target}${rows[0]}"]`).innerText()).toBe("100");
    // The budget block: 全年预算数 and 全年执行数 of 年度资金总额.
    const fundsRow = ((await page.getByRole("gridcell", { name: "年度资金总额", exact: true }).getAttribute("data-addr")) as string).replace(/^[A-Z]+/, "");
    const colOf = async (header: string): Promise<string> => ((await page.getByRole("gridcell", { name: header, exact: true }).getAttribute("data-addr")) as string).replace(/\d+$/, "");
    await typeInto(`${await colOf("全年预算数（A）")}${fundsRow}`, "200");
    await typeInto(`${await colOf("全年执行数（B）")}${fundsRow}`, "190");
    // Partly filled: one actual is missing; it is a to-do with a mark in the grid, and 定位到 takes you there.
    await page.waitForFunction(() => document.querySelector("[data-testid=verdict]")?.getAttribute("data-state") !== "blank");
    await page.screenshot({ path: join(shots, "3-partly-filled.png") });
    const missing = `${cols.actual}${rows[2]}`;
    expect(await page.locator(`[data-addr="${missing}"]`).getAttribute("data-mark")).toBeTruthy();
    await page.getByRole("button", { name: `定位到 ${missing}` }).first().click();
    await page.waitForFunction((a) => document.querySelector("[data-testid=grid-address]")?.textContent === a, missing);
    await typeInto(missing, "95");

    await page.getByRole("tab", { name: "得分" }).click();
    const totalText = await page.getByTestId("total").first().innerText();
    expect(totalText).toMatch(/总分: \d/);
    await page.screenshot({ path: join(shots, "4-score.png") });
    // Typing a better actual raises the score: the pane follows the workbook.
    const before = Number(/总分: ([\d.]+)/.exec(totalText)?.[1]);
    await typeInto(`${cols.actual}${rows[0]}`, "100");
    await page.waitForFunction((b) => {
      const m = /总分: ([\d.]+)/.exec(document.querySelector("[data-testid=total]")?.textContent ?? "");
      return m && Number(m[1]) > b;
    }, before);

    // Settings are remembered across openings.
    await page.getByRole("tab", { name: "设置" }).click();
    await page.getByTestId("profile").selectOption("sichuan-90");
    await page.getByTestId("lang").selectOption("en");
    await page.getByRole("tab", { name: "Settings" }).waitFor();
    await page.screenshot({ path: join(shots, "5-settings.png") });
    await page.reload();
    await page.getByRole("tab", { name: "Settings" }).click();
    expect(await page.getByTestId("profile").inputValue()).toBe("sichuan-90");
    expect(await page.getByTestId("lang").inputValue()).toBe("en");
    await page.screenshot({ path: join(shots, "6-after-reload.png") });
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  });

  it("takes a bureau's defaults from jixiao.config.json served beside the add-in, and explains a bad one", async () => {
    writeFileSync(join(out, "jixiao.config.json"), JSON.stringify({ profile: "central-2021" }));
    const p = await context.newPage();
    await p.goto(`${base}/taskpane.html?tab=settings`);
    await p.evaluate(() => localStorage.clear());
    await p.reload();
    await p.waitForFunction(() => (document.querySelector("[data-testid=profile]") as HTMLSelectElement | null)?.value === "central-2021");
    writeFileSync(join(out, "jixiao.config.json"), JSON.stringify({ profile: "central-2021", libraryURL: "http://x" }));
    await p.reload();
    await p.getByTestId("notice").waitFor();
    expect(await p.getByTestId("notice").innerText()).toContain("jixiao.config.json");
    await p.getByRole("button", { name: "详情" }).click();
    await p.screenshot({ path: join(shots, "7-bad-config.png") });
    await p.getByRole("button", { name: "关闭" }).click();
    expect(await p.getByTestId("notice").count()).toBe(0);
    rmSync(join(out, "jixiao.config.json"));
    await p.close();
  });
});
