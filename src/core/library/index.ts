export * from "./schema";
export * from "./load";
export * from "./hash";
export * from "./search";
export * from "./diff";
export * from "./view";
export * from "./sheets";
export * from "./builtin";
export { foldText, foldQuery } from "./fold";
