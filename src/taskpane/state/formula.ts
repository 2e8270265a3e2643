import type { CellValue } from "../../core/table/grid";
import { colToLetters, lettersToCol } from "../../excel/a1";

/**
 * A small evaluator for the classic functions Jixiao writes into workbooks (IF, IFERROR, AND, OR, NOT,
 * ISNUMBER, ISBLANK, MIN, MAX, SUM, SUMIF(S), COUNTIF(S), ROUND, ABS, LEN, TRIM), so the in-memory workbook can
 * show what a formula gives, as Excel would. Display only: the analysis reads values, never these results.
 * Anything it does not know yields an error (shown as ƒ), never a wrong number on purpose.
 */
export type Scalar = number | string | boolean | null;
type Value = Scalar | { range: Scalar[][] } | FormulaError;
export class FormulaError {
  constructor(readonly code: string) {}
}

type Tok = { t: "num"; v: number } | { t: "str"; v: string } | { t: "ref"; v: string } | { t: "id"; v: string } | { t: "op"; v: string };

function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i] as string;
    if (/\s/.test(ch)) i++;
    else if (ch === '"') {
      let s = "";
      i++;
      while (i < src.length) {
        if (src[i] === '"' && src[i + 1] === '"') {
          s += '"';
          i += 2;
        } else if (src[i] === '"') break;
        else s += src[i++];
      }
      i++;
      out.push({ t: "str", v: s });
    } else if (/[0-9.]/.test(ch)) {
      const m = /^\d*\.?\d+(?:[eE][-+]?\d+)?/.exec(src.slice(i)) as RegExpExecArray;
      out.push({ t: "num", v: Number(m[0]) });
      i += m[0].length;
    } else if (/[A-Za-z_$']/.test(ch)) {
      const m = /^(?:'[^']+'!|[A-Za-z_][\w.]*!)?\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?(?![\w(])/.exec(src.slice(i));
      if (m) {
        out.push({ t: "ref", v: m[0] });
        i += m[0].length;
      } else {
        const id = /^[A-Za-z_][\w.]*/.exec(src.slice(i));
        if (!id) throw new FormulaError("#NAME?");
        out.push({ t: "id", v: id[0].toUpperCase() });
        i += id[0].length;
      }
    } else {
      const two = src.slice(i, i + 2);
      if (two === "<=" || two === ">=" || two === "<>") {
        out.push({ t: "op", v: two });
        i += 2;
      } else if ("+-*/^&=<>(),%".includes(ch)) {
        out.push({ t: "op", v: ch });
        i++;
      } else throw new FormulaError("#NAME?");
    }
  }
  return out;
}

type Node =
  | { k: "lit"; v: Scalar }
  | { k: "ref"; v: string }
  | { k: "call"; f: string; args: Node[] }
  | { k: "bin"; op: string; a: Node; b: Node }
  | { k: "neg"; a: Node }
  | { k: "pct"; a: Node };

function parse(toks: Tok[]): Node {
  let p = 0;
  const peek = (): Tok | undefined => toks[p];
  const isOp = (v: string): boolean => peek()?.t === "op" && peek()?.v === v;
  const expect = (v: string): void => {
    if (!isOp(v)) throw new FormulaError("#VALUE!");
    p++;
  };
  const levels = [["=", "<>", "<", ">", "<=", ">="], ["&"], ["+", "-"], ["*", "/"], ["^"]];
  const binary = (level: number): Node => {
    if (level === levels.length) return unary();
    let a = binary(level + 1);
    while (peek()?.t === "op" && (levels[level] as string[]).includes(peek()?.v as string)) {
      const op = (toks[p++] as Tok).v as string;
      a = { k: "bin", op, a, b: binary(level + 1) };
    }
    return a;
  };
  const unary = (): Node => {
    if (isOp("-")) {
      p++;
      return { k: "neg", a: unary() };
    }
    if (isOp("+")) {
      p++;
      return unary();
    }
    let n = primary();
    while (isOp("%")) {
      p++;
      n = { k: "pct", a: n };
    }
    return n;
  };
  const primary = (): Node => {
    const t = toks[p++];
    if (!t) throw new FormulaError("#VALUE!");
    if (t.t === "num") return { k: "lit", v: t.v };
    if (t.t === "str") return { k: "lit", v: t.v };
    if (t.t === "ref") return { k: "ref", v: t.v };
    if (t.t === "id") {
      if (t.v === "TRUE" || t.v === "FALSE") return { k: "lit", v: t.v === "TRUE" };
      expect("(");
      const args: Node[] = [];
      if (!isOp(")")) {
        args.push(binary(0));
        while (isOp(",")) {
          p++;
          args.push(binary(0));
        }
      }
      expect(")");
      return { k: "call", f: t.v, args };
    }
    if (t.v === "(") {
      const n = binary(0);
      expect(")");
      return n;
    }
    throw new FormulaError("#VALUE!");
  };
  const n = binary(0);
  if (p !== toks.length) throw new FormulaError("#VALUE!");
  return n;
}

export interface SheetAccess {
  /** The stored value of a cell (null when empty), and its formula when it has one. */
  cell(row: number, col: number): { value: CellValue; formula?: string } | undefined;
}

const num = (v: Scalar): number | FormulaError => {
  if (v === null || v === "") return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  const n = Number(v);
  return Number.isFinite(n) ? n : new FormulaError("#VALUE!");
};
const text = (v: Scalar): string => (v === null ? "" : typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v));
const flat = (vs: Value[]): Scalar[] => vs.flatMap((v) => (v instanceof FormulaError ? [] : typeof v === "object" && v !== null ? v.range.flat() : [v]));

function criterion(c: Scalar): (v: Scalar) => boolean {
  const s = text(c);
  const m = /^(<=|>=|<>|<|>|=)?(.*)$/.exec(s) as RegExpExecArray;
  const op = m[1] ?? "=";
  const rhs = m[2] as string;
  const rn = Number(rhs);
  const numeric = rhs !== "" && Number.isFinite(rn);
  return (v) => {
    if (numeric && typeof v === "number") {
      const d = v - rn;
      return op === "=" ? d === 0 : op === "<>" ? d !== 0 : op === "<" ? d < 0 : op === ">" ? d > 0 : op === "<=" ? d <= 0 : d >= 0;
    }
    const eq = text(v).toLowerCase() === rhs.toLowerCase();
    return op === "=" ? eq : op === "<>" ? !eq : false;
  };
}

/** Evaluates every formula of a sheet; returns the results by "row,col". Cycles and unknowns give errors. */
export function evaluateSheet(sheet: SheetAccess, formulas: Iterable<[number, number, string]>): Map<string, Scalar | FormulaError> {
  const memo = new Map<string, Scalar | FormulaError>();
  const busy = new Set<string>();
  const cellValue = (r: number, c: number): Scalar | FormulaError => {
    const key = `${r},${c}`;
    const cell = sheet.cell(r, c);
    if (!cell?.formula) {
      const v = cell?.value ?? null;
      return typeof v === "number" || typeof v === "string" || typeof v === "boolean" || v === null ? v : String(v);
    }
    const hit = memo.get(key);
    if (hit !== undefined) return hit;
    if (busy.has(key)) return new FormulaError("#REF!");
    busy.add(key);
    let out: Scalar | FormulaError;
    try {
      const v = evalNode(parse(tokenize(cell.formula.replace(/^=/, ""))));
      out = v instanceof FormulaError ? v : typeof v === "object" && v !== null ? (v.range[0]?.[0] ?? null) : v;
    } catch (e) {
      out = e instanceof FormulaError ? e : new FormulaError("#VALUE!");
    }
    busy.delete(key);
    memo.set(key, out);
    return out;
  };
  const ref = (a1: string): Value => {
    if (a1.includes("!")) return new FormulaError("#REF!"); // other sheets are not evaluated here
    const [from, to] = a1.replace(/\$/g, "").split(":") as [string, string | undefined];
    const at = (s: string): [number, number] => {
      const m = /^([A-Za-z]+)(\d+)$/.exec(s) as RegExpExecArray;
      return [Number(m[2]), lettersToCol((m[1] as string).toUpperCase())];
    };
    const [r1, c1] = at(from);
    if (!to) return cellValue(r1, c1);
    const [r2, c2] = at(to);
    const range: Scalar[][] = [];
    for (let r = Math.min(r1, r2); r <= Math.max(r1, r2); r++) {
      const row: Scalar[] = [];
      for (let c = Math.min(c1, c2); c <= Math.max(c1, c2); c++) {
        const v = cellValue(r, c);
        row.push(v instanceof FormulaError ? null : v);
      }
      range.push(row);
    }
    return { range };
  };
  const scalar = (v: Value): Scalar | FormulaError => (v instanceof FormulaError ? v : typeof v === "object" && v !== null ? new FormulaError("#VALUE!") : v);
  const evalNode = (n: Node): Value => {
    switch (n.k) {
      case "lit":
        return n.v;
      case "ref":
        return ref(n.v);
      case "neg": {
        const v = scalar(evalNode(n.a));
        if (v instanceof FormulaError) return v;
        const x = num(v);
        return x instanceof FormulaError ? x : -x;
      }
      case "pct": {
        const v = scalar(evalNode(n.a));
        if (v instanceof FormulaError) return v;
        const x = num(v);
        return x instanceof FormulaError ? x : x / 100;
      }
      case "bin": {
        const a = scalar(evalNode(n.a));
        const b = scalar(evalNode(n.b));
        if (a instanceof FormulaError) return a;
        if (b instanceof FormulaError) return b;
        if (n.op === "&") return text(a) + text(b);
        if (["=", "<>", "<", ">", "<=", ">="].includes(n.op)) {
          const an = typeof a === "number" || a === null ? (a ?? 0) : null;
          const bn = typeof b === "number" || b === null ? (b ?? 0) : null;
          let d: number;
          if (an !== null && bn !== null && !(typeof a === "string" || typeof b === "string")) d = an - bn;
          else d = text(a).toLowerCase() < text(b).toLowerCase() ? -1 : text(a).toLowerCase() > text(b).toLowerCase() ? 1 : 0;
          return n.op === "=" ? d === 0 : n.op === "<>" ? d !== 0 : n.op === "<" ? d < 0 : n.op === ">" ? d > 0 : n.op === "<=" ? d <= 0 : d >= 0;
        }
        const x = num(a), y = num(b);
        if (x instanceof FormulaError) return x;
        if (y instanceof FormulaError) return y;
        if (n.op === "+") return x + y;
        if (n.op === "-") return x - y;
        if (n.op === "*") return x * y;
        if (n.op === "/") return y === 0 ? new FormulaError("#DIV/0!") : x / y;
        return x ** y;
      }
      case "call":
        return call(n.f, n.args);
    }
  };
  const call = (f: string, args: Node[]): Value => {
    const ev = (i: number): Value => (args[i] ? evalNode(args[i] as Node) : null);
    const sc = (i: number): Scalar | FormulaError => scalar(ev(i));
    const bool = (v: Scalar): boolean => (typeof v === "string" ? v !== "" : !!v);
    switch (f) {
      case "IF": {
        const c = sc(0);
        if (c instanceof FormulaError) return c;
        return bool(c) ? ev(1) : args.length > 2 ? ev(2) : false;
      }
      case "IFERROR": {
        const v = ev(0);
        return v instanceof FormulaError ? ev(1) : v;
      }
      case "AND":
      case "OR": {
        const vs = args.map((_, i) => sc(i));
        const err = vs.find((v) => v instanceof FormulaError);
        if (err) return err;
        const bs = (vs as Scalar[]).map(bool);
        return f === "AND" ? bs.every(Boolean) : bs.some(Boolean);
      }
      case "NOT": {
        const v = sc(0);
        return v instanceof FormulaError ? v : !bool(v);
      }
      case "ISNUMBER":
        return typeof sc(0) === "number";
      case "ISBLANK":
        return sc(0) === null;
      case "MIN":
      case "MAX":
      case "SUM": {
        const vs = args.map((_, i) => ev(i));
        const err = vs.find((v) => v instanceof FormulaError);
        if (err) return err;
        const ns = flat(vs).filter((v): v is number => typeof v === "number");
        if (f === "SUM") return ns.reduce((a, b) => a + b, 0);
        return ns.length ? (f === "MIN" ? Math.min(...ns) : Math.max(...ns)) : 0;
      }
      case "ROUND": {
        const v = sc(0), d = sc(1);
        if (v instanceof FormulaError) return v;
        if (d instanceof FormulaError) return d;
        const x = num(v), k = num(d);
        if (x instanceof FormulaError || k instanceof FormulaError) return new FormulaError("#VALUE!");
        const m = 10 ** k;
        return Math.sign(x) * Math.round(Math.abs(x) * m + 1e-9) / m;
      }
      case "ABS": {
        const v = sc(0);
        if (v instanceof FormulaError) return v;
        const x = num(v);
        return x instanceof FormulaError ? x : Math.abs(x);
      }
      case "LEN":
        return text(sc(0) as Scalar).length;
      case "TRIM":
        return text(sc(0) as Scalar).trim().replace(/ +/g, " ");
      case "SUMIF":
      case "COUNTIF":
      case "SUMIFS":
      case "COUNTIFS": {
        const ranges: Scalar[][] = [];
        const tests: ((v: Scalar) => boolean)[] = [];
        let sumRange: Scalar[] | null = null;
        const rangeOf = (i: number): Scalar[] | null => {
          const v = ev(i);
          return typeof v === "object" && v !== null && !(v instanceof FormulaError) ? v.range.flat() : null;
        };
        const crit = (i: number): ((v: Scalar) => boolean) => criterion(sc(i) as Scalar);
        if (f === "SUMIF") {
          ranges.push(rangeOf(0) ?? []);
          tests.push(crit(1));
          sumRange = args.length > 2 ? rangeOf(2) : (ranges[0] as Scalar[]);
        } else if (f === "COUNTIF") {
          ranges.push(rangeOf(0) ?? []);
          tests.push(crit(1));
        } else {
          const start = f === "SUMIFS" ? 1 : 0;
          if (f === "SUMIFS") sumRange = rangeOf(0);
          for (let i = start; i + 1 < args.length; i += 2) {
            ranges.push(rangeOf(i) ?? []);
            tests.push(crit(i + 1));
          }
        }
        const n = (ranges[0] as Scalar[]).length;
        let total = 0;
        for (let i = 0; i < n; i++) {
          if (!tests.every((t, j) => t((ranges[j] as Scalar[])[i] ?? null))) continue;
          if (sumRange) {
            const v = sumRange[i];
            if (typeof v === "number") total += v;
          } else total++;
        }
        return total;
      }
      default:
        return new FormulaError("#NAME?");
    }
  };
  const out = new Map<string, Scalar | FormulaError>();
  for (const [r, c] of formulas) out.set(`${r},${c}`, cellValue(r, c));
  return out;
}

export const addrOf = (r: number, c: number): string => `${colToLetters(c)}${r}`;
