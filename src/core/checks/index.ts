export * from "./types";
export { checkTable, checkTables, DEFAULT_MAX_ISSUES } from "./engine";
export { RULES } from "./registry";
export { normalizeName, normalizeFormula } from "./normalize";
export { factsFor, TableFacts, type RowFacts } from "./facts";
