/** The one A1 arithmetic lives in src/core/a1.ts; recognition imports it from here for brevity. */
export * from "../../a1";
