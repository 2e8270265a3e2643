/**
 * A tiny evaluator for exactly the classic Excel functions the formula builders emit, so the
 * formulas can be checked against scoreRow in jest. Test-only; the workbook helper proves them in LibreOffice.
 */
export type Scalar = number | string | boolean | null;
export class XlError {
  constructor(readonly code: string) {}
}
type Val = Scalar | XlError | Val[];
export type CellMap = Record<string, Scalar>;

type Tok = { t: "num"; v: number } | { t: "str"; v: string } | { t: "ref"; v: string } | { t: "fn"; v: string } | { t: "op"; v: string } | { t: "bool"; v: boolean };

function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i] as string;
    if (c === " ") {
      i++;
      continue;
    }
    if (c === '"') {
      let s = "";
      i++;
      for (;;) {
        if (i >= src.length) throw new Error("unterminated string");
        if (src[i] === '"') {
          if (src[i + 1] === '"') {
            s += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        s += src[i];
        i++;
      }
      out.push({ t: "str", v: s });
      continue;
    }
    const num = /^\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(src.slice(i));
    if (num) {
      out.push({ t: "num", v: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    const ref = /^(?:(?:'[^']+'|[A-Za-z0-9_]+)!)?\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?(?![A-Za-z0-9_(])/.exec(src.slice(i));
    if (ref) {
      out.push({ t: "ref", v: ref[0] });
      i += ref[0].length;
      continue;
    }
    const word = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(src.slice(i));
    if (word) {
      const w = word[0].toUpperCase();
      i += word[0].length;
      if (src[i] === "(") out.push({ t: "fn", v: w });
      else if (w === "TRUE" || w === "FALSE") out.push({ t: "bool", v: w === "TRUE" });
      else throw new Error(`unknown name ${w}`);
      continue;
    }
    const op = /^(<=|>=|<>|[-+*/^&=<>(),])/.exec(src.slice(i));
    if (op) {
      out.push({ t: "op", v: op[0] });
      i += op[0].length;
      continue;
    }
    throw new Error(`bad char ${c} at ${i} in ${src}`);
  }
  return out;
}

type Node =
  | { k: "lit"; v: Scalar }
  | { k: "ref"; v: string }
  | { k: "call"; fn: string; args: Node[] }
  | { k: "bin"; op: string; a: Node; b: Node }
  | { k: "neg"; a: Node };

function parse(tokens: Tok[]): Node {
  let p = 0;
  const peek = (): Tok | undefined => tokens[p];
  const isOp = (v: string): boolean => {
    const t = peek();
    return t !== undefined && t.t === "op" && t.v === v;
  };
  const expect = (v: string): void => {
    if (!isOp(v)) throw new Error(`expected ${v} at token ${p}`);
    p++;
  };
  const levels = [["=", "<>", "<", ">", "<=", ">="], ["&"], ["+", "-"], ["*", "/"], ["^"]];
  const bin = (lvl: number): Node => {
    if (lvl >= levels.length) return unary();
    let left = bin(lvl + 1);
    for (;;) {
      const t = peek();
      if (t && t.t === "op" && (levels[lvl] as string[]).includes(t.v)) {
        p++;
        left = { k: "bin", op: t.v, a: left, b: bin(lvl + 1) };
      } else return left;
    }
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
    return primary();
  };
  const primary = (): Node => {
    const t = peek();
    if (!t) throw new Error("unexpected end");
    p++;
    if (t.t === "num" || t.t === "str" || t.t === "bool") return { k: "lit", v: t.v };
    if (t.t === "ref") return { k: "ref", v: t.v };
    if (t.t === "fn") {
      expect("(");
      const args: Node[] = [];
      if (!isOp(")")) {
        args.push(bin(0));
        while (isOp(",")) {
          p++;
          args.push(bin(0));
        }
      }
      expect(")");
      return { k: "call", fn: t.v, args };
    }
    if (t.v === "(") {
      const e = bin(0);
      expect(")");
      return e;
    }
    throw new Error(`unexpected ${t.v}`);
  };
  const root = bin(0);
  if (p !== tokens.length) throw new Error(`trailing tokens at ${p}`);
  return root;
}

const colNum = (s: string): number => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
const colName = (n: number): string => {
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
};

function expandRef(ref: string): string[] {
  const bare = ref.replace(/^.*!/, "").replace(/\$/g, "");
  const [a, b] = bare.split(":");
  if (!b) return [a as string];
  const pa = /^([A-Z]+)(\d+)$/.exec(a as string);
  const pb = /^([A-Z]+)(\d+)$/.exec(b);
  if (!pa || !pb) throw new Error(`bad range ${ref}`);
  const out: string[] = [];
  for (let r = Number(pa[2]); r <= Number(pb[2]); r++)
    for (let c = colNum(pa[1] as string); c <= colNum(pb[1] as string); c++) out.push(`${colName(c)}${r}`);
  return out;
}

const isErr = (v: Val): v is XlError => v instanceof XlError;

function toNum(v: Val): number | XlError {
  if (isErr(v)) return v;
  if (Array.isArray(v)) return new XlError("#VALUE!");
  if (v === null) return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  const n = Number(v);
  return v.trim() !== "" && Number.isFinite(n) ? n : new XlError("#VALUE!");
}

function toBool(v: Val): boolean | XlError {
  if (isErr(v)) return v;
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  if (v === null) return false;
  return new XlError("#VALUE!");
}

/** Excel ordering: numbers < text < booleans; empty acts as 0 or "" beside the other side. */
function compare(a: Scalar, b: Scalar): number {
  if (a === null) a = typeof b === "string" ? "" : typeof b === "boolean" ? false : 0;
  if (b === null) b = typeof a === "string" ? "" : typeof a === "boolean" ? false : 0;
  const rank = (x: Scalar): number => (typeof x === "number" ? 0 : typeof x === "string" ? 1 : 2);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (typeof a === "string" && typeof b === "string") {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  const x = Number(a);
  const y = Number(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

function roundExcel(x: number, d: number): number {
  const m = 10 ** d;
  return (Math.sign(x) * Math.round(Number((Math.abs(x) * m).toPrecision(15)))) / m;
}

function matches(v: Scalar, crit: Scalar): boolean {
  if (typeof crit === "string") {
    const m = /^(<=|>=|<>|=|<|>)(.*)$/.exec(crit);
    if (m) {
      const rhsText = m[2] as string;
      const rhs: Scalar = rhsText !== "" && Number.isFinite(Number(rhsText)) ? Number(rhsText) : rhsText;
      if (typeof rhs === "number" && typeof v !== "number") return m[1] === "<>";
      const c = compare(v, rhs);
      return { "<=": c <= 0, ">=": c >= 0, "<>": c !== 0, "=": c === 0, "<": c < 0, ">": c > 0 }[m[1] as string] as boolean;
    }
    return typeof v === "string" && v.toLowerCase() === crit.toLowerCase();
  }
  return v === crit;
}

const parsed = new Map<string, Node>();

export function evaluate(formula: string, cells: CellMap): Scalar | XlError {
  let ast = parsed.get(formula);
  if (!ast) {
    ast = parse(tokenize(formula));
    parsed.set(formula, ast);
  }
  const cell = (a: string): Scalar => cells[a.replace(/^.*!/, "").replace(/\$/g, "")] ?? null;
  const scalar = (n: Node): Val => {
    const v = ev(n);
    return Array.isArray(v) ? new XlError("#VALUE!") : v;
  };
  const range = (n: Node): Scalar[] => {
    if (n.k !== "ref") throw new Error("range expected");
    return expandRef(n.v).map(cell);
  };
  const numbersOf = (args: Node[]): number[] | XlError => {
    const out: number[] = [];
    for (const a of args) {
      if (a.k === "ref") {
        // Referenced text, booleans and blanks are skipped by MIN/MAX/SUM, as in Excel.
        for (const v of expandRef(a.v).map(cell)) if (typeof v === "number") out.push(v);
        continue;
      }
      const v = toNum(scalar(a));
      if (isErr(v)) return v;
      out.push(v);
    }
    return out;
  };
  const ev = (n: Node): Val => {
    switch (n.k) {
      case "lit":
        return n.v;
      case "ref":
        return n.v.includes(":") ? expandRef(n.v).map(cell) : cell(n.v);
      case "neg": {
        const v = toNum(scalar(n.a));
        return isErr(v) ? v : -v;
      }
      case "bin": {
        const a = scalar(n.a);
        const b = scalar(n.b);
        if (isErr(a)) return a;
        if (isErr(b)) return b;
        if (["=", "<>", "<", ">", "<=", ">="].includes(n.op)) {
          const c = compare(a as Scalar, b as Scalar);
          return { "=": c === 0, "<>": c !== 0, "<": c < 0, ">": c > 0, "<=": c <= 0, ">=": c >= 0 }[n.op] as boolean;
        }
        if (n.op === "&") return `${a ?? ""}${b ?? ""}`;
        const x = toNum(a);
        const y = toNum(b);
        if (isErr(x)) return x;
        if (isErr(y)) return y;
        switch (n.op) {
          case "+":
            return x + y;
          case "-":
            return x - y;
          case "*":
            return x * y;
          case "/":
            return y === 0 ? new XlError("#DIV/0!") : x / y;
          default:
            return x ** y;
        }
      }
      case "call":
        return call(n.fn, n.args);
    }
  };
  const call = (fn: string, args: Node[]): Val => {
    const arg = (i: number): Node => {
      const a = args[i];
      if (!a) throw new Error(`${fn}: missing argument ${i}`);
      return a;
    };
    switch (fn) {
      case "IF": {
        const c = toBool(scalar(arg(0)));
        if (isErr(c)) return c;
        if (c) return scalar(arg(1));
        return args.length > 2 ? scalar(arg(2)) : false;
      }
      case "IFERROR": {
        const v = scalar(arg(0));
        return isErr(v) ? scalar(arg(1)) : v;
      }
      case "AND":
      case "OR": {
        const bs: boolean[] = [];
        for (const a of args) {
          const b = toBool(scalar(a));
          if (isErr(b)) return b;
          bs.push(b);
        }
        return fn === "AND" ? bs.every(Boolean) : bs.some(Boolean);
      }
      case "MIN":
      case "MAX":
      case "SUM": {
        const xs = numbersOf(args);
        if (isErr(xs)) return xs;
        if (fn === "SUM") return xs.reduce((s, x) => s + x, 0);
        if (xs.length === 0) return 0;
        return fn === "MIN" ? Math.min(...xs) : Math.max(...xs);
      }
      case "ROUND": {
        const x = toNum(scalar(arg(0)));
        const d = toNum(scalar(arg(1)));
        if (isErr(x)) return x;
        if (isErr(d)) return d;
        return roundExcel(x, d);
      }
      case "ABS": {
        const x = toNum(scalar(arg(0)));
        return isErr(x) ? x : Math.abs(x);
      }
      case "ISNUMBER": {
        const v = scalar(arg(0));
        return typeof v === "number";
      }
      case "SUMIF": {
        const r = range(arg(0));
        const crit = scalar(arg(1)) as Scalar;
        const s = args[2] ? range(arg(2)) : r;
        return r.reduce<number>((acc, v, i) => (matches(v, crit) && typeof s[i] === "number" ? acc + (s[i] as number) : acc), 0);
      }
      case "SUMIFS":
      case "COUNTIFS":
      case "COUNTIF": {
        const sumR = fn === "SUMIFS" ? range(arg(0)) : null;
        const start = fn === "SUMIFS" ? 1 : 0;
        const pairs: [Scalar[], Scalar][] = [];
        for (let i = start; i < args.length; i += 2) pairs.push([range(arg(i)), scalar(arg(i + 1)) as Scalar]);
        const len = (pairs[0] as [Scalar[], Scalar])[0].length;
        let acc = 0;
        for (let i = 0; i < len; i++) {
          if (!pairs.every(([r, c]) => matches(r[i] ?? null, c))) continue;
          if (sumR) acc += typeof sumR[i] === "number" ? (sumR[i] as number) : 0;
          else acc += 1;
        }
        return acc;
      }
      case "INDEX": {
        const r = range(arg(0));
        const i = toNum(scalar(arg(1)));
        if (isErr(i)) return i;
        return r[i - 1] ?? new XlError("#REF!");
      }
      case "MATCH": {
        const v = scalar(arg(0)) as Scalar;
        const r = range(arg(1));
        const i = r.findIndex((x) => compare(x, v) === 0);
        return i < 0 ? new XlError("#N/A") : i + 1;
      }
      default:
        throw new Error(`function not supported by the test evaluator: ${fn}`);
    }
  };
  const v = ev(ast);
  if (Array.isArray(v)) return new XlError("#VALUE!");
  return v;
}
