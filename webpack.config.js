// Builds the task pane ("taskpane.html") and the ribbon function file ("commands.html") into dist/.
// `webpack serve` serves them on https://localhost:3000 with webpack-dev-server's own self-signed certificate.
const path = require("node:path");
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

module.exports = (_env, argv = {}) => {
  const production = argv.mode === "production";
  return {
    mode: production ? "production" : "development",
    devtool: production ? false : "eval-source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
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
        templateParameters: { officeLoader },
        scriptLoading: "defer",
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        templateParameters: { officeLoader },
        scriptLoading: "defer",
      }),
      new CopyWebpackPlugin({
        patterns: [
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
