import js from "@eslint/js";
import tseslint from "typescript-eslint";

// The core must stay pure so the same checks run in Excel, in the CLI over thousands of files, and in jest.
const forbiddenInCore = [
  { group: ["react", "react-dom", "react/*", "@fluentui/*"], message: "src/core is pure: no React / UI." },
  { group: ["office-js", "@microsoft/office-js", "office-addin-*"], message: "src/core is pure: no Office.js." },
  { group: ["exceljs", "playwright-core", "commander"], message: "src/core is pure: adapters live in src/xlsx, src/excel, src/cli." },
  { group: ["node:*", "fs", "fs/*", "path", "os", "child_process", "worker_threads", "crypto", "url", "util", "stream", "zlib", "http", "https", "events", "buffer"], message: "src/core is pure: no Node built-ins." },
];

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "bench/out/**", "**/*.js", "**/*.mjs", "**/*.cjs"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: forbiddenInCore }],
      "no-restricted-globals": ["error",
        { name: "window", message: "src/core is pure: no DOM." },
        { name: "document", message: "src/core is pure: no DOM." },
        { name: "Office", message: "src/core is pure: no Office.js." },
        { name: "Excel", message: "src/core is pure: no Office.js." },
        { name: "process", message: "src/core is pure: no Node globals." },
        { name: "require", message: "src/core is pure: no Node globals." },
        { name: "Buffer", message: "src/core is pure: no Node globals." }],
    },
  },
);
