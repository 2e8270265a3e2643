import type { CellValue } from "../table/grid";
import { OPERATOR_DISPLAY } from "../values/types";
import { canonicalJson } from "./hash";
import { formatPath, LibraryLoadError, makeProblem, problemFromIssue, type LibraryProblem } from "./load";
import { LibraryPackageSchema, type Indicator, type LibraryPackage } from "./schema";

/**
 * The library workbook: how a bureau edits a library in Excel. Four sheets, each a header row and
 * plain rows; the xlsx adapter writes these arrays as they are, and reads them back the same way.
 */
export const LIBRARY_SHEET_NAMES = ["指标", "指标体系", "规则配置", "基本信息"] as const;
export type LibrarySheetName = (typeof LIBRARY_SHEET_NAMES)[number];
export type LibrarySheets = Record<LibrarySheetName, CellValue[][]>;

/** Separator for lists inside a cell; ";" is accepted on reading too. */
export const LIST_SEPARATOR = "；";

type IndicatorColumnKey =
  | "code" | "name" | "level1" | "level2" | "kind" | "operator" | "unit" | "explanation" | "formula" | "bases"
  | "source" | "weightHint" | "scoring" | "tiers" | "example" | "generality" | "projectTypes" | "sectors"
  | "tangshanTypes" | "tangshanLayer" | "deptDimension" | "budgetManagement" | "stages" | "status"
  | "retiredDate" | "replacement" | "retiredReason" | "keywords" | "block";

export interface IndicatorColumn {
  key: IndicatorColumnKey;
  header: string;
  /** Schema path (after "indicators[i].") the column fills, to place validation problems on a cell. */
  path: string;
}

export const INDICATOR_COLUMNS: readonly IndicatorColumn[] = [
  { key: "code", header: "指标编码", path: "code" },
  { key: "name", header: "指标名称", path: "name" },
  { key: "level1", header: "一级指标", path: "level1" },
  { key: "level2", header: "二级指标", path: "level2" },
  { key: "kind", header: "指标性质", path: "kind" },
  { key: "operator", header: "计算符号", path: "operator" },
  { key: "unit", header: "计量单位", path: "unit" },
  { key: "explanation", header: "指标解释", path: "explanation" },
  { key: "formula", header: "计算公式", path: "formula" },
  { key: "bases", header: "指标值设定依据", path: "bases" },
  { key: "source", header: "指标出处", path: "source" },
  { key: "weightHint", header: "建议权重", path: "weightHint" },
  { key: "scoring", header: "评分标准", path: "scoring" },
  { key: "tiers", header: "定性档次", path: "tiers" },
  { key: "example", header: "指标值示例", path: "example" },
  { key: "generality", header: "共性/个性", path: "scope.generality" },
  { key: "projectTypes", header: "项目类型", path: "scope.projectTypes" },
  { key: "sectors", header: "行业领域", path: "scope.sectors" },
  { key: "tangshanTypes", header: "唐山分类", path: "scope.tangshan.types" },
  { key: "tangshanLayer", header: "唐山层级", path: "scope.tangshan.layer" },
  { key: "deptDimension", header: "部门整体维度", path: "scope.deptDimension" },
  { key: "budgetManagement", header: "预算执行与资金管理", path: "scope.budgetManagement" },
  { key: "stages", header: "适用阶段", path: "scope.stages" },
  { key: "status", header: "状态", path: "status.state" },
  { key: "retiredDate", header: "停用日期", path: "status.date" },
  { key: "replacement", header: "替代指标编码", path: "status.replacement" },
  { key: "retiredReason", header: "停用原因", path: "status.reason" },
  { key: "keywords", header: "关键词", path: "keywords" },
  { key: "block", header: "计分区块", path: "block" },
];

/** How the 计分区块 column shows an indicator scored in the budget block (预算执行), not as a 三级指标. */
const BUDGET_BLOCK = "预算执行";

export const TREE_HEADERS = ["一级指标", "一级别名", "二级指标", "二级别名"] as const;
export const PROFILE_HEADERS = ["规则编号", "设置项", "值", "说明"] as const;
export const INFO_HEADERS = ["项目", "值"] as const;
export const CHANGELOG_TITLE = "修订记录";
export const CHANGELOG_HEADERS = ["版本", "日期", "摘要", "新增", "修改", "停用"] as const;

/** 基本信息 rows: label shown, meta key. */
export const INFO_ROWS: readonly { label: string; key: "format" | keyof LibraryPackage["meta"] }[] = [
  { label: "格式", key: "format" },
  { label: "指标库编号", key: "id" },
  { label: "指标库名称", key: "name" },
  { label: "发布单位", key: "issuer" },
  { label: "版本", key: "version" },
  { label: "发布日期", key: "issued" },
  { label: "说明", key: "description" },
  { label: "默认规则", key: "defaultProfile" },
];

/** Readable names for profile settings, shown beside the key; reading ignores them. */
export const PROFILE_SETTING_LABELS: Record<string, string> = {
  id: "规则编号", name: "规则名称", description: "说明", tree: "指标体系", level1Weights: "一级指标分值",
  indicatorTotal: "绩效指标总分", "budget.weight": "预算执行率分值", "budget.lowThreshold": "执行率偏低阈值",
  "budget.rounding.mode": "执行率取舍方式", "budget.rounding.digits": "执行率小数位", grades: "等级划分",
  qualitativeTiers: "定性指标档次", reverseFormula: "反向指标算法", equality: "等于型指标算法", rangeTiers: "区间指标档次",
  dateLateFactor: "逾期完成得分比例", "overCompletion.threshold": "超额完成提示倍数", "explanation.belowWeight": "未满分须说明原因",
  "explanation.overCompletion": "超额完成须说明原因", minIndicators: "最少指标数", "cost.required": "须有成本指标",
  "cost.capWhenMissing": "缺成本指标时的封顶分", "cost.level2": "成本类二级指标", scoreTolerance: "自评分容差",
  vagueWords: "模糊用语",
  "overDeduction.enabled": "指标偏离减分", "overDeduction.threshold": "指标偏离倍数", "overDeduction.points": "指标偏离减分值",
  "executionCap.enabled": "按执行率封顶", "executionCap.bands": "执行率封顶档次", "budgetOverspend.threshold": "超支提示执行率",
  equalityTolerance: "等于型容差", severity: "问题严重程度",
};

const KIND_DISPLAY = { quantitative: "定量", qualitative: "定性" } as const;
const YES = "是";
const NO = "否";
const ACTIVE = "启用";
const RETIRED = "停用";
const NONE = "无";

// ---------- cell encodings ----------

const isBlank = (v: CellValue | undefined): boolean => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  return typeof v === "string" ? v : String(v);
}

/** Tries the readable form first and keeps it only if reading it gives the same value back; JSON otherwise. */
function encodeSafely<T>(value: T, readable: string, read: (s: string) => unknown): string {
  return canonicalJson(read(readable)) === canonicalJson(value) ? readable : JSON.stringify(value);
}

function tryJsonArray(s: string): unknown[] | undefined {
  if (!s.trimStart().startsWith("[")) return undefined;
  try {
    const v = JSON.parse(s) as unknown;
    return Array.isArray(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

export function parseList(cell: CellValue | undefined): string[] {
  const s = cellText(cell);
  const json = tryJsonArray(s);
  if (json && json.every((x) => typeof x === "string")) return json as string[];
  return s
    .split(/[；;]/)
    .map((x) => x.trim())
    .filter((x) => x !== "");
}

export function formatList(items: readonly string[]): string {
  return encodeSafely(items, items.join(LIST_SEPARATOR), parseList);
}

type Basis = Indicator["bases"][number];
const NOTE_OPEN = "（注：";

function parseBasisItem(item: string): Record<string, string> {
  let rest = item;
  let note: string | undefined;
  const at = rest.indexOf(NOTE_OPEN);
  if (at >= 0 && rest.endsWith("）")) {
    note = rest.slice(at + NOTE_OPEN.length, -1);
    rest = rest.slice(0, at);
  }
  const eq = rest.search(/[=＝]/);
  const basis = (eq >= 0 ? rest.slice(0, eq) : rest).trim();
  const reference = eq >= 0 ? rest.slice(eq + 1).trim() : "";
  return { basis, ...(reference ? { reference } : {}), ...(note ? { note } : {}) };
}

export function parseBases(cell: CellValue | undefined): unknown[] {
  const s = cellText(cell);
  const json = tryJsonArray(s);
  if (json) return json;
  return s
    .split(/[；;]/)
    .map((x) => x.trim())
    .filter((x) => x !== "")
    .map(parseBasisItem);
}

export function formatBases(bases: readonly Basis[]): string {
  const readable = bases
    .map((b) => `${b.basis}${b.reference !== undefined ? `=${b.reference}` : ""}${b.note !== undefined ? `${NOTE_OPEN}${b.note}）` : ""}`)
    .join(LIST_SEPARATOR);
  return encodeSafely(bases, readable, parseBases);
}

/** Excel turns typed dates into serial numbers; give them back as YYYY-MM-DD. */
function dateText(v: CellValue | undefined): string {
  if (typeof v === "number" && Number.isFinite(v)) {
    const d = new Date(Date.UTC(1899, 11, 30) + Math.round(v) * 86_400_000);
    return d.toISOString().slice(0, 10);
  }
  return cellText(v).trim();
}

const OPERATOR_FROM_TEXT = new Map<string, string>([
  ...Object.entries(OPERATOR_DISPLAY).map(([op, shown]) => [shown, op] as [string, string]),
  ...Object.keys(OPERATOR_DISPLAY).map((op) => [op, op] as [string, string]),
  ["≧", ">="], ["≦", "<="], ["＞", ">"], ["＜", "<"], ["＝", "="],
]);

function readBoolean(v: CellValue | undefined): boolean | string | undefined {
  if (isBlank(v)) return undefined;
  if (typeof v === "boolean") return v;
  const s = cellText(v).trim().toLowerCase();
  if ([YES, "true", "1", "y", "yes"].includes(s)) return true;
  if ([NO, "false", "0", "n", "no"].includes(s)) return false;
  return cellText(v);
}

function readNumber(v: CellValue | undefined): number | string | undefined {
  if (isBlank(v)) return undefined;
  if (typeof v === "number") return v;
  const s = cellText(v).trim();
  const n = Number(s);
  return s !== "" && Number.isFinite(n) ? n : s;
}

// ---------- writing ----------

function indicatorRow(ind: Indicator): CellValue[] {
  const s = ind.scope;
  const retired = ind.status.state === "retired" ? ind.status : undefined;
  const values: Record<IndicatorColumnKey, CellValue> = {
    code: ind.code,
    name: ind.name,
    level1: ind.level1,
    level2: ind.level2,
    kind: KIND_DISPLAY[ind.kind],
    operator: OPERATOR_DISPLAY[ind.operator],
    unit: ind.unit,
    explanation: ind.explanation,
    formula: ind.formula ?? null,
    bases: formatBases(ind.bases),
    source: ind.source,
    weightHint: ind.weightHint,
    scoring: ind.scoring,
    tiers: ind.tiers ? formatList(ind.tiers) : null,
    example: ind.example ?? null,
    generality: s.generality,
    projectTypes: formatList(s.projectTypes),
    sectors: formatList(s.sectors),
    tangshanTypes: s.tangshan ? formatList(s.tangshan.types) : null,
    tangshanLayer: s.tangshan?.layer ?? null,
    deptDimension: s.deptDimension ?? null,
    budgetManagement: s.budgetManagement ? YES : NO,
    stages: s.stages.length === 0 ? NONE : formatList(s.stages),
    status: retired ? RETIRED : ACTIVE,
    retiredDate: retired?.date ?? null,
    replacement: retired?.replacement ?? null,
    retiredReason: retired?.reason ?? null,
    keywords: formatList(ind.keywords),
    block: ind.block === "budget" ? BUDGET_BLOCK : null,
  };
  return INDICATOR_COLUMNS.map((c) => (values[c.key] === "" && c.key !== "unit" ? null : values[c.key]));
}

function flatten(value: unknown, prefix: string, out: [string, unknown][]): void {
  const isPlain = value !== null && typeof value === "object" && !Array.isArray(value);
  const keys = isPlain ? Object.keys(value as object) : [];
  if (prefix !== "" && (!isPlain || keys.length === 0 || keys.some((k) => k.includes(".") || k === ""))) {
    out.push([prefix, value]);
    return;
  }
  for (const k of keys) {
    const v = (value as Record<string, unknown>)[k];
    if (v !== undefined) flatten(v, prefix === "" ? k : `${prefix}.${k}`, out);
  }
}

export function packageToSheets(pkg: LibraryPackage): LibrarySheets {
  const tree: CellValue[][] = [[...TREE_HEADERS]];
  for (const l1 of pkg.tree) {
    for (const l2 of l1.children) tree.push([l1.name, formatList(l1.aliases), l2.name, formatList(l2.aliases)]);
  }

  const profiles: CellValue[][] = [[...PROFILE_HEADERS]];
  for (const p of pkg.profiles) {
    const rows: [string, unknown][] = [];
    flatten(p, "", rows);
    for (const [key, v] of rows) {
      profiles.push([p.id, key, typeof v === "number" ? v : JSON.stringify(v), PROFILE_SETTING_LABELS[key] ?? null]);
    }
  }

  const info: CellValue[][] = [[...INFO_HEADERS]];
  for (const r of INFO_ROWS) info.push([r.label, r.key === "format" ? pkg.format : pkg.meta[r.key]]);
  info.push([], [CHANGELOG_TITLE], [...CHANGELOG_HEADERS]);
  for (const c of pkg.changelog) info.push([c.version, c.date, c.summary, formatList(c.added), formatList(c.changed), formatList(c.retired)]);

  return {
    指标: [INDICATOR_COLUMNS.map((c) => c.header), ...pkg.indicators.map(indicatorRow)],
    指标体系: tree,
    规则配置: profiles,
    基本信息: info,
  };
}

// ---------- reading ----------

export function columnLetter(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

const normHeader = (v: CellValue | undefined): string => cellText(v).replace(/\s+/g, "");

interface Reader {
  problems: LibraryProblem[];
  /** Schema path prefix → "sheet!A1", to point validation problems at a cell. */
  cells: Map<string, string>;
}

function readIndicators(rows: CellValue[][], rd: Reader): unknown[] {
  const header = rows[0] ?? [];
  const col = new Map<IndicatorColumnKey, number>();
  for (const c of INDICATOR_COLUMNS) {
    const at = header.findIndex((h) => normHeader(h) === c.header);
    if (at >= 0) col.set(c.key, at);
  }
  for (const key of ["code", "name", "level1", "level2"] as const) {
    if (!col.has(key)) {
      const header = INDICATOR_COLUMNS.find((c) => c.key === key)?.header ?? key;
      rd.problems.push(makeProblem("missing-column", "indicators", { header }, "指标!1:1"));
    }
  }
  const out: unknown[] = [];
  rows.slice(1).forEach((row, r) => {
    if (row.every(isBlank)) return;
    const i = out.length;
    const sheetRow = r + 2;
    const get = (k: IndicatorColumnKey): CellValue | undefined => {
      const at = col.get(k);
      return at === undefined ? undefined : row[at];
    };
    const text = (k: IndicatorColumnKey): string => cellText(get(k));
    const optional = (k: IndicatorColumnKey): string | undefined => (isBlank(get(k)) ? undefined : text(k));
    for (const c of INDICATOR_COLUMNS) {
      const at = col.get(c.key);
      if (at !== undefined) rd.cells.set(`indicators[${i}].${c.path}`, `指标!${columnLetter(at)}${sheetRow}`);
    }
    rd.cells.set(`indicators[${i}]`, `指标!${sheetRow}:${sheetRow}`);

    const kindText = text("kind").trim();
    const kind = kindText === KIND_DISPLAY.quantitative ? "quantitative" : kindText === KIND_DISPLAY.qualitative ? "qualitative" : kindText;
    const opText = text("operator").trim();
    const tangshanTypes = parseList(get("tangshanTypes"));
    const tangshanLayer = optional("tangshanLayer");
    const stagesText = text("stages").trim();
    const statusText = text("status").trim();
    const retired = statusText === RETIRED || statusText === "retired";
    const scope: Record<string, unknown> = {
      generality: text("generality").trim(),
      projectTypes: parseList(get("projectTypes")),
      sectors: parseList(get("sectors")),
      ...(tangshanTypes.length > 0 || tangshanLayer !== undefined ? { tangshan: { types: tangshanTypes, layer: tangshanLayer } } : {}),
      ...(optional("deptDimension") !== undefined ? { deptDimension: text("deptDimension").trim() } : {}),
      ...(readBoolean(get("budgetManagement")) !== undefined ? { budgetManagement: readBoolean(get("budgetManagement")) } : {}),
      ...(stagesText === NONE ? { stages: [] } : stagesText !== "" ? { stages: parseList(get("stages")) } : {}),
    };
    const ind: Record<string, unknown> = {
      code: text("code").trim(),
      name: text("name"),
      level1: text("level1").trim(),
      level2: text("level2").trim(),
      explanation: text("explanation"),
      formula: optional("formula"),
      unit: text("unit"),
      operator: OPERATOR_FROM_TEXT.get(opText) ?? opText,
      kind,
      bases: parseBases(get("bases")),
      source: text("source"),
      weightHint: readNumber(get("weightHint")),
      scoring: text("scoring"),
      tiers: isBlank(get("tiers")) ? undefined : parseList(get("tiers")),
      example: optional("example"),
      scope,
      status: retired
        ? {
            state: "retired",
            date: dateText(get("retiredDate")),
            ...(optional("replacement") !== undefined ? { replacement: text("replacement").trim() } : {}),
            ...(optional("retiredReason") !== undefined ? { reason: text("retiredReason") } : {}),
          }
        : { state: "active" },
      keywords: parseList(get("keywords")),
      block: ((b: string) => (b === BUDGET_BLOCK || b === "budget" ? "budget" : b === "" ? undefined : b))(text("block").trim()),
    };
    for (const k of Object.keys(ind)) if (ind[k] === undefined) delete ind[k];
    out.push(ind);
  });
  return out;
}

function readTree(rows: CellValue[][], rd: Reader): unknown[] {
  const tree: { name: string; aliases: string[]; children: { name: string; aliases: string[] }[] }[] = [];
  rows.slice(1).forEach((row, r) => {
    if (row.every(isBlank)) return;
    const sheetRow = r + 2;
    const l1Name = cellText(row[0]).trim();
    let l1 = tree[tree.length - 1];
    // A blank 一级 cell continues the group above, as merged cells read back.
    if (l1Name !== "" && l1?.name !== l1Name) {
      l1 = tree.find((t) => t.name === l1Name);
      if (!l1) {
        l1 = { name: l1Name, aliases: parseList(row[1]), children: [] };
        tree.push(l1);
        rd.cells.set(`tree[${tree.length - 1}]`, `指标体系!A${sheetRow}`);
      }
    }
    if (!l1) {
      rd.problems.push(makeProblem("tree-order", "tree", {}, `指标体系!A${sheetRow}`));
      return;
    }
    if (l1.aliases.length === 0) l1.aliases = parseList(row[1]);
    const t = tree.indexOf(l1);
    rd.cells.set(`tree[${t}].children[${l1.children.length}]`, `指标体系!C${sheetRow}`);
    l1.children.push({ name: cellText(row[2]).trim(), aliases: parseList(row[3]) });
  });
  return tree;
}

function setPath(target: Record<string, unknown>, key: string, value: unknown): void {
  const parts = key.split(".");
  let obj = target;
  parts.slice(0, -1).forEach((p) => {
    const next = obj[p];
    if (next === null || typeof next !== "object" || Array.isArray(next)) obj[p] = {};
    obj = obj[p] as Record<string, unknown>;
  });
  obj[parts[parts.length - 1] as string] = value;
}

function readProfiles(rows: CellValue[][], rd: Reader): unknown[] {
  const profiles: Record<string, unknown>[] = [];
  const byId = new Map<string, number>();
  rows.slice(1).forEach((row, r) => {
    if (row.every(isBlank)) return;
    const sheetRow = r + 2;
    const id = cellText(row[0]).trim();
    const key = cellText(row[1]).trim();
    if (id === "" || key === "") {
      rd.problems.push(makeProblem("profile-row", "profiles", {}, `规则配置!A${sheetRow}`));
      return;
    }
    let at = byId.get(id);
    if (at === undefined) {
      at = profiles.length;
      byId.set(id, at);
      profiles.push({});
      rd.cells.set(`profiles[${at}]`, `规则配置!A${sheetRow}`);
    }
    const p = profiles[at] as Record<string, unknown>;
    const raw = row[2];
    if (isBlank(raw)) return;
    let value: unknown = raw;
    if (typeof raw === "string") {
      try {
        value = JSON.parse(raw);
      } catch {
        // Plain text typed by hand (a name, a description) is taken as it is.
        value = raw;
      }
    }
    setPath(p, key, value);
    rd.cells.set(`profiles[${at}].${key}`, `规则配置!C${sheetRow}`);
  });
  return profiles;
}

function readInfo(rows: CellValue[][], rd: Reader): { format: unknown; meta: Record<string, unknown>; changelog: unknown[] } {
  const meta: Record<string, unknown> = {};
  let format: unknown;
  const changelog: unknown[] = [];
  let section: "meta" | "changelogHeader" | "changelog" = "meta";
  rows.slice(1).forEach((row, r) => {
    if (row.every(isBlank)) return;
    const sheetRow = r + 2;
    const first = cellText(row[0]).trim();
    if (section === "meta") {
      if (first === CHANGELOG_TITLE) {
        section = "changelogHeader";
        return;
      }
      const spec = INFO_ROWS.find((x) => x.label === first || x.key === first);
      if (!spec) return;
      const value = spec.key === "issued" ? dateText(row[1]) : cellText(row[1]);
      if (spec.key === "format") format = value;
      else if (!(spec.key === "description" && isBlank(row[1]))) meta[spec.key] = value;
      rd.cells.set(spec.key === "format" ? "format" : `meta.${spec.key}`, `基本信息!B${sheetRow}`);
      return;
    }
    if (section === "changelogHeader") {
      section = "changelog";
      if (first === CHANGELOG_HEADERS[0]) return;
    }
    rd.cells.set(`changelog[${changelog.length}]`, `基本信息!A${sheetRow}`);
    changelog.push({
      version: cellText(row[0]).trim(),
      date: dateText(row[1]),
      summary: cellText(row[2]),
      added: parseList(row[3]),
      changed: parseList(row[4]),
      retired: parseList(row[5]),
    });
  });
  return { format, meta, changelog };
}

/** Finds the most specific recorded cell for a schema path ("indicators[3].scope.sectors[1]" → its column). */
function locate(cells: Map<string, string>, path: string): string | undefined {
  let p = path;
  for (;;) {
    const hit = cells.get(p);
    if (hit) return hit;
    const cut = Math.max(p.lastIndexOf("."), p.lastIndexOf("["));
    if (cut <= 0) return undefined;
    p = p.slice(0, cut);
  }
}

/** Reads a library workbook back into a package, validated; problems name the sheet and cell. */
export function sheetsToPackage(sheets: LibrarySheets): LibraryPackage {
  const rd: Reader = { problems: [], cells: new Map() };
  for (const name of LIBRARY_SHEET_NAMES) {
    if (!Array.isArray(sheets[name])) {
      rd.problems.push(makeProblem("missing-sheet", "", { sheet: name }));
    }
  }
  if (rd.problems.length > 0) throw new LibraryLoadError(rd.problems, WORKBOOK);
  const info = readInfo(sheets.基本信息, rd);
  const raw = {
    format: info.format,
    meta: info.meta,
    tree: readTree(sheets.指标体系, rd),
    profiles: readProfiles(sheets.规则配置, rd),
    indicators: readIndicators(sheets.指标, rd),
    changelog: info.changelog,
  };
  const result = LibraryPackageSchema.safeParse(raw, { reportInput: true });
  const problems = [...rd.problems];
  if (!result.success) {
    for (const issue of result.error.issues) {
      const p = problemFromIssue(issue);
      const cell = locate(rd.cells, formatPath(issue.path));
      problems.push(cell ? { ...p, cell } : p);
    }
  }
  if (problems.length > 0 || !result.success) throw new LibraryLoadError(problems, WORKBOOK);
  return result.data;
}

const WORKBOOK = { zh: "指标库工作簿", en: "The library workbook" };
