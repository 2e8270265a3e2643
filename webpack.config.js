// Builds the task pane ("taskpane.html") and the ribbon function file ("commands.html") into dist/.
// `webpack serve` serves them on https://localhost:3000 with webpack-dev-server's own self-signed certificate.
const path = require("node:path");
const crypto = require("node:crypto");
const { execFileSync } = require("node:child_process");
const webpack = require("webpack");
const fs = require("node:fs");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const OFFICE_DIST = path.join(__dirname, "node_modules", "@microsoft", "office-js", "dist");

/**
 * The local office.js fallback, used when the CDN copy cannot load (offline, or networks where the CDN is blocked).
 * office.js loads, lazily: the mapping table, the host file for the platform (Excel: web 16.00, win32 16.01,
 * mac 16.00), the locale strings and telemetry. Only those files are copied: the whole 87 MB dist would make
 * the minifier crawl. They are copied as already minimised so Terser leaves them alone.
 */
const OFFICE_FALLBACK_FILES = [
  "office.js",
  "o15apptofilemappingtable.js",
  "excel-web-16.00.js",
  "excel-win32-16.01.js",
  "excel-mac-16.00.js",
  "zh-cn/office_strings.js",
  "en-us/office_strings.js",
  "telemetry/oteljs_agave.js",
].filter((f) => fs.existsSync(path.join(OFFICE_DIST, f)));

const officeLoader = fs.readFileSync(path.join(__dirname, "src", "taskpane", "office-loader.js"), "utf8");
// The office.js loader is its own small file (not inline), so the CSP needs no hash the HTML minifier could break.
const officeLoaderName = `office-loader.${crypto.createHash("sha256").update(officeLoader).digest("hex").slice(0, 8)}.js`;
const { manifestFor, normalizeBase, DEV_BASE } = require("./scripts/manifest-for");

/**
 * Validates the built-in library and computes its pinyin readings (scripts/build-pane-assets.ts), then names
 * the result by its content so browsers can cache it for good: it is fetched after first paint, not bundled.
 */
function builtinAsset() {
  execFileSync(process.execPath, [require.resolve("tsx/cli"), path.join(__dirname, "scripts", "build-pane-assets.ts")], { stdio: "inherit" });
  const file = path.join(__dirname, "build", "pane", "builtin.json");
  const hash = crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex").slice(0, 8);
  return { file, name: `library/builtin.${hash}.json` };
}

/** A bureau's defaults baked into its build: JIXIAO_LIBRARY_URL, JIXIAO_PROFILE, JIXIAO_LANG. */
function buildDefaults() {
  const d = {};
  if (process.env.JIXIAO_LIBRARY_URL) d.libraryUrl = process.env.JIXIAO_LIBRARY_URL;
  if (process.env.JIXIAO_PROFILE) d.profile = process.env.JIXIAO_PROFILE;
  if (process.env.JIXIAO_LANG) d.lang = process.env.JIXIAO_LANG;
  return d;
}

/**
 * Content-Security-Policy for the pages: scripts only from here (the office.js loader included) and Microsoft's
 * office.js host; connections only to here and the library origins. Fluent UI injects its styles,
 * hence 'unsafe-inline' for styles. With no library origin configured, any https origin may be connected to,
 * because a person can type a library URL in 设置; a bureau that sets JIXIAO_LIBRARY_ORIGINS (or
 * JIXIAO_LIBRARY_URL) narrows it to those.
 */
function csp(production, defaults) {
  const origins = (process.env.JIXIAO_LIBRARY_ORIGINS || "").split(",").map((o) => o.trim()).filter(Boolean);
  if (defaults.libraryUrl) origins.push(new URL(defaults.libraryUrl).origin);
  const connect = origins.length ? ["'self'", ...new Set(origins)] : ["'self'", "https:"];
  return [
    "default-src 'self'",
    `script-src 'self' https://appsforoffice.microsoft.com${production ? "" : " 'unsafe-eval'"}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: https://appsforoffice.microsoft.com",
    `connect-src ${connect.join(" ")}`,
    "frame-src 'self' https://appsforoffice.microsoft.com",
    "object-src 'none'",
    "base-uri 'self'",
  ].join("; ");
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const base = normalizeBase(env.base || process.env.JIXIAO_BASE_URL || DEV_BASE);
  const builtin = builtinAsset();
  const defaults = buildDefaults();
  const policy = csp(production, defaults);
  return {
    mode: production ? "production" : "development",
    devtool: production ? false : "eval-source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      notice: "./src/commands/notice.ts",
    },
    output: {
      path: path.join(__dirname, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
      publicPath: "auto",
    },
    // extensionAlias: dynamic import() names its target ".js" (node16 resolution); the source is .ts.
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"], extensionAlias: { ".js": [".ts", ".tsx", ".js"] } },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              // ES modules let webpack tree-shake Fluent UI; the repository itself compiles to CommonJS for Node.
              compilerOptions: { module: "esnext", moduleResolution: "bundler", sourceMap: !production },
            },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: { officeLoader: officeLoaderName, csp: policy },
        scriptLoading: "defer",
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        templateParameters: { officeLoader: officeLoaderName, csp: policy },
        scriptLoading: "defer",
      }),
      new HtmlWebpackPlugin({
        filename: "notice.html",
        template: "./src/commands/notice.html",
        chunks: ["notice"],
        templateParameters: { officeLoader: officeLoaderName, csp: policy },
        scriptLoading: "defer",
      }),
      new webpack.DefinePlugin({
        __JIXIAO_BUILTIN__: JSON.stringify(builtin.name),
        __JIXIAO_DEFAULTS__: JSON.stringify(defaults),
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: builtin.file, to: builtin.name, info: { minimized: true, immutable: true } },
          { from: "src/taskpane/office-loader.js", to: officeLoaderName, info: { minimized: true, immutable: true } },
          // The manifest for the address this build is for (JIXIAO_BASE_URL or --env base=...).
          { from: "manifest.xml", to: "manifest.xml", transform: (content) => manifestFor(content.toString("utf8"), base) },
          { from: "assets/icons/*.png", to: "assets/[name][ext]" },
          ...OFFICE_FALLBACK_FILES.map((f) => ({
            from: path.join(OFFICE_DIST, f),
            to: `office/${f}`,
            info: { minimized: true },
          })),
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      port: 3000,
      host: "localhost",
      server: "https",
      headers: { "Access-Control-Allow-Origin": "*" },
      hot: false,
      liveReload: !production,
      client: { overlay: false },
      static: false,
    },
  };
};
