/**
 * Browser proof: builds the task pane, serves it on localhost, drives Debian's Chromium through playwright-core
 * with the in-memory workbook (no Office), and saves a screenshot of each page to test-output/screenshots/.
 */
import { existsSync, mkdirSync, readFileSync, mkdtempSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { pinyin } from "pinyin-pro";
import webpack from "webpack";
import { builtinLibrary } from "../../src/core/library";
import { columnFor, templateLayout } from "../../src/core/table/templates/layout";

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
      viewport: { width: 420, height: 900 },
      locale: "zh-CN",
    });
    await context.route("**/*", (route) => {
      const host = new URL(route.request().url()).hostname;
      if (host === "localhost" || host === "127.0.0.1") return route.continue();
      blocked.push(route.request().url());
      return route.abort();
    });
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
    server?.close();
  });

  it("searches by initials, builds a self-evaluation table, checks and scores it", async () => {
    const t0 = Date.now();
    await page.goto(`${base}/taskpane.html`);
    await page.getByTestId("not-in-excel").waitFor();
    console.log(`首屏 / first render: ${Date.now() - t0} ms; blocked: ${blocked.join(", ")}`);
    expect(blocked.some((u) => u.includes("appsforoffice.microsoft.com"))).toBe(true);
    await page.screenshot({ path: join(shots, "0-start.png") });

    const lib = builtinLibrary().indicators.filter((i) => i.status.state === "active" && i.kind === "quantitative" && i.operator === ">=" && /^[\u4e00-\u9fff]{3,}$/.test(i.name));
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
        await page.screenshot({ path: join(shots, "1-library-search.png") });
      }
      await box.check();
    }
    await page.getByTestId("kind").selectOption("self-eval");
    await page.getByRole("button", { name: "新建模板" }).click();
    await page.getByText(/已新建模板/).waitFor();

    const letter = (k: Parameters<typeof columnFor>[1]): string => columnFor("self-eval", k)?.letter as string;
    const cols = { target: letter("target"), actual: letter("actual"), weight: letter("weight") };
    const filled = await page.evaluate(
      ({ names, cols }) => {
        const host = window.jixiaoMemoryHost!;
        const sheet = host.activeSheet();
        return names.map((name, i) => {
          const at = host.findText(sheet, name);
          if (!at) return null;
          const row = at.replace(/^[A-Z]+/, "");
          host.setCell(sheet, `${cols.target}${row}`, 100);
          host.setCell(sheet, `${cols.weight}${row}`, 10);
          host.setCell(sheet, `${cols.actual}${row}`, i === 0 ? 80 : 100);
          return row;
        });
      },
      { names: picks.map((p) => p.name), cols },
    );
    expect(filled.every((r) => r !== null)).toBe(true);
    // The funding block too: without it a self-evaluation has no total (the pane says why, not 0).
    const budget = templateLayout("self-eval").budget;
    const fundRow = budget.lines[0]?.row ?? 0;
    await page.evaluate(
      ({ cells }) => {
        const host = window.jixiaoMemoryHost!;
        for (const [at, v] of cells) host.setCell(host.activeSheet(), at, v);
      },
      { cells: [[`${budget.columns.budget?.letter}${fundRow}`, 100], [`${budget.columns.executed?.letter}${fundRow}`, 95]] as [string, number][] },
    );

    await page.getByRole("tab", { name: "检查" }).click();
    const verdict = await page.getByTestId("verdict").innerText();
    expect(verdict).toMatch(/没有发现问题|\d+ 个错误，\d+ 个警告/);
    await page.screenshot({ path: join(shots, "2-check.png"), fullPage: true });

    await page.getByRole("tab", { name: "得分" }).click();
    const total = await page.getByTestId("total").first().innerText();
    expect(total).toMatch(/总分: \d/);
    await page.screenshot({ path: join(shots, "3-score.png"), fullPage: true });
    // Typing a better actual raises the score: the pane follows the workbook.
    const before = Number(/总分: ([\d.]+)/.exec(total)?.[1]);
    await page.evaluate(({ row, col }) => {
      const host = window.jixiaoMemoryHost!;
      host.setCell(host.activeSheet(), `${col}${row}`, 100);
    }, { row: filled[0] as string, col: cols.actual });
    await page.waitForFunction((b) => {
      const m = /总分: ([\d.]+)/.exec(document.querySelector("[data-testid=total]")?.textContent ?? "");
      return m && Number(m[1]) > b;
    }, before);

    await page.getByRole("tab", { name: "设置" }).click();
    await page.screenshot({ path: join(shots, "4-settings.png") });
  });
});
