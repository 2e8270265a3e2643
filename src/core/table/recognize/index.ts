export { recognizeTables, type RecognizeOptions } from "./recognize";
export type { RecognizeProblem, RecognizeProblemCode, RecognizeResult } from "./types";
export { readStamp, STAMP_SHEET } from "./stamp";
export { headerKey, squash, cleanLevel } from "./normalize";
export { addr, colLetter, colNumber, parseAddr, parseRange } from "./a1";
