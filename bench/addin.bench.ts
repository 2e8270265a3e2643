/**
 * Add-in figures: syncs and payload for rendering 20-, 200- and 2,000-indicator templates through the fake
 * RequestContext, the production task pane bundle size (gzip), and time to first render in Chromium.
 * Run `npm run build` first for the last two.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { gzipSync } from "node:zlib";
import { builtinLibrary } from "../src/core/library";
import { builtinProfile } from "../src/core/profiles/builtin";
import { buildTemplate } from "../src/core/table/templates/build";
import { renderPlan } from "../src/excel/render-plan";
import { FakeContext } from "../tests/excel/fakes/fake-excel";
import { report } from "./util";

export default async function run(): Promise<void> {
  const library = builtinLibrary();
  const profile = builtinProfile();
  const active = library.indicators.filter((i) => i.status.state === "active");
  for (const n of [20, 200, 2000]) {
    const indicators = Array.from({ length: n }, (_, i) => active[i % active.length]!);
    const plan = buildTemplate("self-eval", { library, profile, indicators, rowsPerLevel2: 0 });
    const ctx = new FakeContext(["Sheet1"]);
    const t0 = performance.now();
    const r = await renderPlan(ctx as unknown as Excel.RequestContext, plan);
    report(`renderPlan ${n} indicators`, {
      cells: plan.sheets.reduce((k, s) => k + s.cells.length, 0),
      syncs: r.syncs,
      "payload KiB": r.payloadBytes / 1024,
      "queued operations": ctx.ops.length,
      "ms (fake context)": performance.now() - t0,
    });
  }

  const dist = join(__dirname, "..", "dist");
  if (!existsSync(join(dist, "taskpane.html"))) {
    console.log("\n(no dist/: run `npm run build` for bundle size and first render)");
    return;
  }
  const sizes: Record<string, string> = {};
  for (const f of readdirSync(dist).filter((f) => f.endsWith(".js"))) {
    const b = readFileSync(join(dist, f));
    sizes[f] = `${(b.length / 1024).toFixed(0)} KiB, gzip ${(gzipSync(b, { level: 9 }).length / 1024).toFixed(0)} KiB`;
  }
  report("production bundles", sizes);

  if (!existsSync("/usr/bin/chromium")) return;
  const { chromium } = await import("playwright-core");
  const server = createServer((req, res) => {
    const file = join(dist, (req.url ?? "/").split("?")[0] as string);
    if (!file.startsWith(dist) || !existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { "Content-Type": extname(file) === ".html" ? "text/html; charset=utf-8" : "text/javascript" }).end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as { port: number }).port;
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "jixiao-bench-")), {
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  await context.route("**/*", (route) => (new URL(route.request().url()).hostname === "127.0.0.1" ? route.continue() : route.abort()));
  const page = await context.newPage();
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = Date.now();
    await page.goto(`http://127.0.0.1:${port}/taskpane.html`);
    await page.getByRole("tab", { name: "指标库" }).waitFor();
    times.push(Date.now() - t0);
  }
  report("first render in Chromium (CDN blocked, local office.js)", { "ms (runs)": times.join(", ") });
  await context.close();
  server.close();
}
