/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    // The pane loads its tabs and engine as chunks (import("./x.js")): under jest they are plain requires,
    // so whole-pane tests can render the App without Node's experimental VM modules.
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.jest.json" }],
  },
  moduleNameMapper: {
    "^(\\.{1,2}/.+)\\.js$": "$1",
    "^office-addin-manifest$": "<rootDir>/tests/stubs/office-addin-manifest.js",
  },
  testTimeout: 30000,
  globalSetup: "<rootDir>/tests/global-setup.js",
};
