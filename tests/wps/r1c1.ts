/**
 * A1 ⇄ R1C1 reference conversion for the fake ET model, so FormulaR1C1, block Formula writes and row
 * insertion behave as in the real one. Double-quoted text is left alone; column-only and row-only references
 * are not handled (Jixiao's formulas use neither).
 */
import { colToLetters, lettersToCol } from "../../src/excel/a1";

const A1_REF = /(?<![A-Za-z0-9_.$])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g;
const R1C1_REF = /(?<![A-Za-z0-9_])R(\[-?\d+\]|\d+)?C(\[-?\d+\]|\d+)?(?![A-Za-z0-9_(])/g;

/** Applies `fn` to the parts of a formula outside double-quoted strings. */
function outsideStrings(formula: string, fn: (code: string) => string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : fn(part)))
    .join("");
}

export function a1ToR1C1(formula: string, row: number, col: number): string {
  return outsideStrings(formula, (code) =>
    code.replace(A1_REF, (_m, ca: string, letters: string, ra: string, digits: string) => {
      const r = Number(digits);
      const c = lettersToCol(letters);
      const rp = ra ? `R${r}` : r === row ? "R" : `R[${r - row}]`;
      const cp = ca ? `C${c}` : c === col ? "C" : `C[${c - col}]`;
      return rp + cp;
    }),
  );
}

export function r1c1ToA1(formula: string, row: number, col: number): string {
  return outsideStrings(formula, (code) =>
    code.replace(R1C1_REF, (_m, rp: string | undefined, cp: string | undefined) => {
      const part = (p: string | undefined, base: number): [number, boolean] => {
        if (p === undefined) return [base, false];
        if (p.startsWith("[")) return [base + Number(p.slice(1, -1)), false];
        return [Number(p), true];
      };
      const [r, rAbs] = part(rp, row);
      const [c, cAbs] = part(cp, col);
      return `${cAbs ? "$" : ""}${colToLetters(c)}${rAbs ? "$" : ""}${r}`;
    }),
  );
}

/** Moves same-sheet references at or below `at` down by `count` rows, as inserting rows does. */
export function shiftRows(formula: string, at: number, count: number): string {
  return outsideStrings(formula, (code) =>
    code.replace(/(?<![A-Za-z0-9_.$!'])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(!])/g, (_m, ca: string, letters: string, ra: string, digits: string) => {
      const r = Number(digits);
      return `${ca}${letters}${ra}${r >= at ? r + count : r}`;
    }),
  );
}
