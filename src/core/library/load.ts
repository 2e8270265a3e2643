import { LibraryPackageSchema, type LibraryPackage } from "./schema";
import { makeProblem, problemFromIssue, type LibraryProblem } from "./problems";
import { libraryProblemPlace, libraryProblemText } from "../messages/library";
import type { Lang } from "../messages/types";

export { makeProblem, problemFromIssue, formatPath, type LibraryProblem, type LibraryProblemCode } from "./problems";

/** A library file that cannot be used; `.problems` lists every fault, `.message` spells them all out. */
export class LibraryLoadError extends Error {
  readonly problems: LibraryProblem[];

  readonly what: { zh: string; en: string };

  constructor(problems: LibraryProblem[], what: { zh: string; en: string } = { zh: "指标库文件", en: "The library file" }) {
    super(formatProblems(problems, what));
    this.name = "LibraryLoadError";
    this.problems = problems;
    this.what = what;
  }

  /** The whole report in one language, for a face that shows one. */
  text(lang: Lang): string {
    return describeProblems(this.problems, this.what, lang);
  }
}

function describeProblems(problems: readonly LibraryProblem[], what: { zh: string; en: string }, lang: Lang): string {
  const n = problems.length;
  if (lang === "en") {
    return [
      `${what.en} does not match the format (${n} problem${n === 1 ? "" : "s"}):`,
      ...problems.map((p) => `- ${libraryProblemPlace(p, "en")}: ${libraryProblemText(p, "en")}`),
      "Correct each one and import the file again; [n] in a location counts from 0 (indicators[0] is the first indicator).",
    ].join("\n");
  }
  return [
    `${what.zh}不符合格式，共 ${n} 处问题：`,
    ...problems.map((p) => `- ${libraryProblemPlace(p)}：${libraryProblemText(p)}`),
    "请逐条改正后重新导入；位置中的 [n] 是从 0 开始的序号（indicators[0] 是第 1 条指标）。",
  ].join("\n");
}

/** Both languages, Chinese first: the Error's own message, for logs and uncaught reports. */
function formatProblems(problems: readonly LibraryProblem[], what: { zh: string; en: string }): string {
  return `${describeProblems(problems, what, "zh-CN")}\n\n${describeProblems(problems, what, "en")}`;
}

/** Validates an already-parsed library package; throws LibraryLoadError listing every problem. */
export function loadLibrary(json: unknown): LibraryPackage {
  const result = LibraryPackageSchema.safeParse(json, { reportInput: true });
  if (result.success) return result.data;
  throw new LibraryLoadError(result.error.issues.map(problemFromIssue));
}

/** Parses library JSON text (a BOM is allowed) and validates it. */
export function parseLibraryText(text: string): LibraryPackage {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    const pos = /position (\d+)/.exec(detail);
    const at = pos && pos[1] ? lineCol(text.replace(/^\uFEFF/, ""), Number(pos[1])) : null;
    throw new LibraryLoadError([makeProblem("json-syntax", "", { detail, ...(at ? { line: at.line, col: at.col } : {}) })]);
  }
  return loadLibrary(json);
}

function lineCol(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let col = 1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === "\n") {
      line++;
      col = 1;
    } else col++;
  }
  return { line, col };
}
