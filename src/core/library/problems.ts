import type { z } from "zod";

/**
 * Why a library file or workbook cannot be used: a code with its parameters, like every issue, and one
 * catalogue of texts per language (src/core/messages/library.ts). Faces format; nothing splits strings.
 */
export type LibraryProblemCode =
  /** The text is not JSON. */
  | "json-syntax"
  /** The library workbook lacks a sheet or a required column. */
  | "missing-sheet"
  | "missing-column"
  /** 指标体系: a second level before any first level. */
  | "tree-order"
  /** 规则配置: a row without profile id or setting. */
  | "profile-row"
  /** A library cell holds a formula whose value was never saved. */
  | "formula-without-value"
  /** Schema rules of the package. */
  | "qualitative-operator"
  | "quantitative-operator"
  | "unit-required"
  | "duplicate-code"
  | "default-profile-missing"
  | "id-format"
  | "version-format"
  | "issued-format"
  /** A field of the wrong type, out of range, unknown …: zod's own check, its facts in params. */
  | "schema";

export type LibraryProblemParams = Record<string, string | number | boolean>;

export interface LibraryProblem {
  code: LibraryProblemCode;
  /** Where the problem is, e.g. "indicators[12].unit"; "" for the whole file. */
  path: string;
  /** Sheet and cell when the package came from a library workbook, e.g. "指标!G14". */
  cell?: string;
  params: LibraryProblemParams;
}

export function makeProblem(code: LibraryProblemCode, path: string, params: LibraryProblemParams = {}, cell?: string): LibraryProblem {
  return { code, path, params, ...(cell ? { cell } : {}) };
}

/** Turns ["indicators", 12, "unit"] into "indicators[12].unit". */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const p of path) {
    if (typeof p === "number") out += `[${p}]`;
    else out += out === "" ? String(p) : `.${String(p)}`;
  }
  return out;
}

const typeOf = (v: unknown): string => (v === null ? "null" : Array.isArray(v) ? "array" : Number.isNaN(v) ? "nan" : typeof v);
const list = (values: readonly unknown[]): string => values.map((v) => JSON.stringify(v)).join("、");

const FORMAT_BY_PATH: Record<string, LibraryProblemCode> = { "meta.id": "id-format", "meta.version": "version-format", "meta.issued": "issued-format" };

/** A zod issue as a library problem: its code (ours where the schema names one) and the facts a message needs. */
export function problemFromIssue(issue: z.core.$ZodIssue): LibraryProblem {
  const path = formatPath(issue.path);
  if (issue.code === "custom") {
    const own = (issue.params as { problem?: LibraryProblemCode } | undefined)?.problem;
    const { problem: _drop, ...rest } = (issue.params ?? {}) as LibraryProblemParams & { problem?: string };
    if (own) return makeProblem(own, path, rest);
  }
  if (issue.code === "invalid_format" && FORMAT_BY_PATH[path]) return makeProblem(FORMAT_BY_PATH[path] as LibraryProblemCode, path);
  const p: LibraryProblemParams = { check: issue.code };
  const raw = issue as unknown as Record<string, unknown>;
  if (issue.code === "invalid_type") {
    p.expected = String(raw.expected);
    if (raw.input === undefined) p.missing = true;
    else p.got = typeOf(raw.input);
  }
  if (issue.code === "invalid_value") p.values = list(raw.values as unknown[]);
  if (issue.code === "invalid_union" && Array.isArray(raw.options)) p.values = list(raw.options as unknown[]);
  if (issue.code === "invalid_format") {
    p.format = String(raw.format);
    if (raw.pattern !== undefined) p.pattern = String(raw.pattern);
  }
  if (issue.code === "too_small" || issue.code === "too_big") {
    p.origin = String(raw.origin);
    p.limit = Number(issue.code === "too_small" ? raw.minimum : raw.maximum);
    p.inclusive = raw.inclusive !== false;
  }
  if (issue.code === "unrecognized_keys") p.keys = (raw.keys as string[]).join("、");
  return makeProblem("schema", path, p);
}
