import type { LibraryProblem, LibraryProblemCode, LibraryProblemParams } from "../library/problems";
import type { Lang } from "./types";

const ZH_TYPES: Record<string, string> = {
  string: "文本", number: "数字", boolean: "是/否", array: "列表", object: "对象", null: "空值",
  undefined: "空", bigint: "整数", nan: "非数字",
};

const s = (p: LibraryProblemParams, k: string): string => (p[k] === undefined ? "" : String(p[k]));

function zhSchema(p: LibraryProblemParams): string {
  switch (p.check) {
    case "invalid_type":
      return p.missing ? `缺少必填项（应为${ZH_TYPES[s(p, "expected")] ?? s(p, "expected")}）` : `类型不对：应为${ZH_TYPES[s(p, "expected")] ?? s(p, "expected")}，实际是${ZH_TYPES[s(p, "got")] ?? s(p, "got")}`;
    case "invalid_value":
      return s(p, "values").includes("、") ? `取值不在可选范围内，可选：${s(p, "values")}` : `取值应为 ${s(p, "values")}`;
    case "invalid_union":
      return p.values ? `取值不在可选范围内，可选：${s(p, "values")}` : "内容与任何一种允许的写法都不符";
    case "invalid_format":
      return p.pattern ? `格式不对（应符合 ${s(p, "pattern")}）` : `格式不对（应为 ${s(p, "format")}）`;
    case "too_small":
      if (p.origin === "string") return Number(p.limit) <= 1 ? "不能为空" : `至少 ${s(p, "limit")} 个字符`;
      if (p.origin === "array") return `至少需要 ${s(p, "limit")} 项`;
      return `不能小于${p.inclusive ? "" : "或等于"} ${s(p, "limit")}`;
    case "too_big":
      if (p.origin === "array") return `最多 ${s(p, "limit")} 项`;
      if (p.origin === "string") return `最多 ${s(p, "limit")} 个字符`;
      return `不能大于${p.inclusive ? "" : "或等于"} ${s(p, "limit")}`;
    case "unrecognized_keys":
      return `有无法识别的字段：${s(p, "keys")}`;
    default:
      return "内容不符合指标库格式";
  }
}

function enSchema(p: LibraryProblemParams): string {
  switch (p.check) {
    case "invalid_type":
      return p.missing ? `Required (expected ${s(p, "expected")})` : `Invalid input: expected ${s(p, "expected")}, received ${s(p, "got")}`;
    case "invalid_value":
    case "invalid_union":
      return p.values ? `Invalid option: expected one of ${s(p, "values")}` : "Invalid input";
    case "invalid_format":
      return p.pattern ? `Invalid string: must match pattern ${s(p, "pattern")}` : `Invalid ${s(p, "format")}`;
    case "too_small":
      if (p.origin === "string") return Number(p.limit) <= 1 ? "Must not be empty" : `Too short: at least ${s(p, "limit")} characters`;
      if (p.origin === "array") return `Too small: at least ${s(p, "limit")} items`;
      return `Too small: must be ${p.inclusive ? ">=" : ">"} ${s(p, "limit")}`;
    case "too_big":
      if (p.origin === "array") return `Too big: at most ${s(p, "limit")} items`;
      if (p.origin === "string") return `Too long: at most ${s(p, "limit")} characters`;
      return `Too big: must be ${p.inclusive ? "<=" : "<"} ${s(p, "limit")}`;
    case "unrecognized_keys":
      return `Unrecognized key(s): ${s(p, "keys")}`;
    default:
      return "Does not match the library format";
  }
}

type Texts = Record<LibraryProblemCode, (p: LibraryProblemParams) => string>;

const ZH: Texts = {
  "json-syntax": (p) => (p.line ? `不是有效的 JSON（第 ${s(p, "line")} 行第 ${s(p, "col")} 列附近）：请检查逗号、引号和括号是否成对` : "不是有效的 JSON：请检查逗号、引号和括号是否成对"),
  "missing-sheet": (p) => `缺少工作表「${s(p, "sheet")}」`,
  "missing-column": (p) => `指标表缺少「${s(p, "header")}」列`,
  "tree-order": () => "二级指标前缺少一级指标",
  "profile-row": () => "规则配置行缺少规则编号或设置项",
  "formula-without-value": () => "单元格是公式但没有保存计算结果，请在 Excel 中打开并保存，或改为填写数值",
  "qualitative-operator": () => "定性指标的运算符应为 text",
  "quantitative-operator": () => "定量指标需要比较运算符",
  "unit-required": () => "定量指标必须有计量单位",
  "duplicate-code": (p) => `指标编码重复（与第 ${s(p, "first")} 条相同）`,
  "default-profile-missing": (p) => `默认规则 ${s(p, "id")} 不在 profiles 中`,
  "id-format": () => "id: 只能用小写字母、数字和连字符",
  "version-format": () => "version: 语义化版本号，如 1.0.0",
  "issued-format": () => "issued: 日期格式 YYYY-MM-DD",
  schema: zhSchema,
};

const EN: Texts = {
  "json-syntax": (p) => (p.line ? `not valid JSON near line ${s(p, "line")}, column ${s(p, "col")}${p.detail ? ` (${s(p, "detail")})` : ""}` : `not valid JSON${p.detail ? ` (${s(p, "detail")})` : ""}`),
  "missing-sheet": (p) => `the workbook has no "${s(p, "sheet")}" sheet`,
  "missing-column": (p) => `the 指标 sheet has no "${s(p, "header")}" column`,
  "tree-order": () => "a second level comes before any first level",
  "profile-row": () => "a 规则配置 row lacks the profile id or the setting",
  "formula-without-value": () => "the cell holds a formula whose result was never saved; open and save it in Excel, or type the value",
  "qualitative-operator": () => 'a qualitative indicator uses operator "text"',
  "quantitative-operator": () => "a quantitative indicator needs a comparison operator",
  "unit-required": () => "a quantitative indicator needs a unit",
  "duplicate-code": (p) => `duplicate code ${s(p, "code")}`,
  "default-profile-missing": (p) => `default profile ${s(p, "id")} not found`,
  "id-format": () => "id: lower-case letters, digits and hyphens",
  "version-format": () => "version: a semver version such as 1.0.0",
  "issued-format": () => "issued: date as YYYY-MM-DD",
  schema: enSchema,
};

/** The text a person reads for a library problem, Chinese unless asked otherwise. */
export function libraryProblemText(p: LibraryProblem, lang: Lang = "zh-CN"): string {
  return (lang === "en" ? EN : ZH)[p.code](p.params);
}

/** Where: the workbook cell when known, else the JSON path, else the whole file. */
export function libraryProblemPlace(p: LibraryProblem, lang: Lang = "zh-CN"): string {
  return p.cell ?? (p.path || (lang === "en" ? "(whole file)" : "（整个文件）"));
}
