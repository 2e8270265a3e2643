import { z } from "zod";
import { en, zhCN } from "zod/locales";
import { LibraryPackageSchema, type LibraryPackage } from "./schema";

export interface LibraryProblem {
  /** Where the problem is, e.g. "indicators[12].unit"; "" for the whole file. */
  path: string;
  /** "中文 / English". */
  message: string;
  zh: string;
  en: string;
  /** Sheet and cell when the package came from a library workbook, e.g. "指标!G14". */
  cell?: string;
}

/** A library file that cannot be used; `.problems` lists every fault, `.message` spells them all out. */
export class LibraryLoadError extends Error {
  readonly problems: LibraryProblem[];

  constructor(problems: LibraryProblem[], what: { zh: string; en: string } = { zh: "指标库文件", en: "The library file" }) {
    super(formatProblems(problems, what));
    this.name = "LibraryLoadError";
    this.problems = problems;
  }
}

const zhLocale = zhCN().localeError;
const enLocale = en().localeError;

type ErrorMap = z.core.$ZodErrorMap;
type RawIssue = Parameters<ErrorMap>[0];

const localeText = (map: ErrorMap, issue: RawIssue): string => {
  const out = map(issue);
  if (typeof out === "string") return out;
  return out?.message ?? "";
};

const ZH_TYPES: Record<string, string> = {
  string: "文本", number: "数字", boolean: "是/否", array: "列表", object: "对象", null: "空值",
  undefined: "空", bigint: "整数", nan: "非数字",
};

const typeOf = (v: unknown): string => (v === null ? "null" : Array.isArray(v) ? "array" : Number.isNaN(v) ? "nan" : typeof v);

const joinOptions = (values: readonly unknown[]): string => values.map((v) => JSON.stringify(v)).join("、");

/** Plain Chinese for the faults library authors make most; zod's zh-CN locale covers the rest. */
function zhMessage(issue: RawIssue): string {
  switch (issue.code) {
    case "invalid_type": {
      const got = typeOf(issue.input);
      const want = ZH_TYPES[issue.expected] ?? issue.expected;
      if (issue.input === undefined) return `缺少必填项（应为${want}）`;
      return `类型不对：应为${want}，实际是${ZH_TYPES[got] ?? got}`;
    }
    case "invalid_value":
      if (issue.values.length === 1) return `取值应为 ${joinOptions(issue.values)}`;
      return `取值不在可选范围内，可选：${joinOptions(issue.values)}`;
    case "invalid_format":
      if (issue.format === "regex") return `格式不对（应符合 ${String(issue.pattern)}）`;
      break;
    case "too_small":
      if (issue.origin === "string") return Number(issue.minimum) <= 1 ? "不能为空" : `至少 ${String(issue.minimum)} 个字符`;
      if (issue.origin === "array") return `至少需要 ${String(issue.minimum)} 项`;
      return `不能小于${issue.inclusive ? "" : "或等于"} ${String(issue.minimum)}`;
    case "too_big":
      if (issue.origin === "array") return `最多 ${String(issue.maximum)} 项`;
      if (issue.origin === "string") return `最多 ${String(issue.maximum)} 个字符`;
      return `不能大于${issue.inclusive ? "" : "或等于"} ${String(issue.maximum)}`;
    case "unrecognized_keys":
      return `有无法识别的字段：${issue.keys.join("、")}`;
    case "invalid_union": {
      // Discriminated unions (status.state) carry the allowed values.
      const options = (issue as { options?: unknown }).options;
      if (Array.isArray(options) && options.length > 0) return `取值不在可选范围内，可选：${joinOptions(options)}`;
      return "内容与任何一种允许的写法都不符";
    }
    default:
      break;
  }
  return localeText(zhLocale, issue);
}

function enMessage(issue: RawIssue): string {
  if (issue.code === "invalid_type" && issue.input === undefined) return `Required (expected ${issue.expected})`;
  return localeText(enLocale, issue);
}

/** Per-call error map: "中文 / English", so the global zod config stays untouched. */
export const bilingualErrorMap: ErrorMap = (issue) => `${zhMessage(issue)} / ${enMessage(issue)}`;

/** Turns ["indicators", 12, "unit"] into "indicators[12].unit". */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const p of path) {
    if (typeof p === "number") out += `[${p}]`;
    else out += out === "" ? String(p) : `.${String(p)}`;
  }
  return out;
}

/** Splits a "中文 / English" message; schema-level messages are written that way too. */
export function splitBilingual(message: string): { zh: string; en: string } {
  const m = /^(.*?[^\s/])\s*\/\s+(.+)$/s.exec(message);
  if (m && m[1] && m[2] && /[\u3400-\u9fff]/.test(m[1])) return { zh: m[1], en: m[2] };
  return { zh: message, en: message };
}

export function problemFromIssue(issue: z.core.$ZodIssue): LibraryProblem {
  const { zh, en: english } = splitBilingual(issue.message);
  return { path: formatPath(issue.path), message: `${zh} / ${english}`, zh, en: english };
}

export function makeProblem(path: string, zh: string, english: string, cell?: string): LibraryProblem {
  return { path, message: `${zh} / ${english}`, zh, en: english, ...(cell ? { cell } : {}) };
}

function formatProblems(problems: readonly LibraryProblem[], what: { zh: string; en: string }): string {
  const n = problems.length;
  const where = (p: LibraryProblem): string => p.cell ?? (p.path || "（整个文件）");
  const whereEn = (p: LibraryProblem): string => p.cell ?? (p.path || "(whole file)");
  const zhLines = problems.map((p) => `- ${where(p)}：${p.zh}`);
  const enLines = problems.map((p) => `- ${whereEn(p)}: ${p.en}`);
  return [
    `${what.zh}不符合格式，共 ${n} 处问题：`,
    ...zhLines,
    "请逐条改正后重新导入；位置中的 [n] 是从 0 开始的序号（indicators[0] 是第 1 条指标）。",
    "",
    `${what.en} does not match the format (${n} problem${n === 1 ? "" : "s"}):`,
    ...enLines,
    "Correct each one and import the file again; [n] in a location counts from 0 (indicators[0] is the first indicator).",
  ].join("\n");
}

/** Validates an already-parsed library package; throws LibraryLoadError listing every problem. */
export function loadLibrary(json: unknown): LibraryPackage {
  const result = LibraryPackageSchema.safeParse(json, { error: bilingualErrorMap });
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
    const zh = at
      ? `不是有效的 JSON（第 ${at.line} 行第 ${at.col} 列附近）：请检查逗号、引号和括号是否成对`
      : "不是有效的 JSON：请检查逗号、引号和括号是否成对";
    const english = at ? `not valid JSON near line ${at.line}, column ${at.col} (${detail})` : `not valid JSON (${detail})`;
    throw new LibraryLoadError([makeProblem("", zh, english)]);
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
