/**
 * Runs the corpus of real tables through the one analysis and compares with the hand-written
 * expectations. Shared by the jest suite (tests/corpus/real.test.ts) and the figures script
 * (`npx tsx tests/corpus/report.ts`), so the closing note's figures are the tests' own.
 */
import { analyzeWorkbook, findProfile, type Analysis } from "../../src/core/analysis";
import { builtinLibrary, createLibraryView } from "../../src/core/library";
import type { Issue, LibraryView } from "../../src/core/checks/types";
import { parseAddr, parseRange } from "../../src/core/table/recognize/a1";
import { realToGrids } from "../fixtures/real/build";
import type { ExpectedTable, RealTable } from "../fixtures/real/types";

export interface TableVerdict {
  expected: ExpectedTable;
  found: boolean;
  kindRight: boolean;
  rowsRight: boolean;
  /** Only for tables whose expected total is a number or null by rule. */
  totalRight: boolean;
  got: { kind: string | null; indicators: number | null; total: number | null; grade: string | null };
}

export interface CorpusVerdict {
  table: RealTable;
  tables: TableVerdict[];
  /** mustFlag entries not raised. */
  missed: { code: string; cell?: string }[];
  /** Error-severity issues on an accepted form that the expectations do not list as real defects. */
  falseErrors: { code: string; cell: string | null; message: string }[];
  /** mustNotFlag codes raised at error severity. */
  forbidden: { code: string; cell: string | null }[];
}

let view: LibraryView | undefined;
export const corpusLibrary = (): LibraryView => (view ??= createLibraryView(builtinLibrary()));

export function analyzeReal(t: RealTable, lib: LibraryView = corpusLibrary()): Analysis {
  const profile = findProfile(t.profile, lib.pkg);
  return analyzeWorkbook(realToGrids(t), { library: lib, ...(profile ? { profile } : {}) });
}

const close = (a: number | null, b: number | null): boolean => (a === null || b === null ? a === b : Math.abs(a - b) <= 0.011);

/**
 * Whether an issue points where the expectation says. A row's issue must name that cell (or a range
 * holding it, "H15:H16"); a table-wide issue (weight/sum, meta/missing …) counts wherever it points,
 * since a hand-written expectation may pick another cell of the same total.
 */
function names(i: Issue, cell: string | undefined): boolean {
  if (!cell || i.cell === cell) return true;
  const cells = i.code === "value/actual-missing" ? i.params.cells : undefined;
  const range = cells ? (parseRange(cells) ?? parseRange(`${cells}:${cells}`)) : null;
  const at = parseAddr(cell);
  if (range && at && at.row >= range.top && at.row <= range.bottom && at.col >= range.left && at.col <= range.right) return true;
  return i.row === undefined && i.indicator === undefined;
}

export function judge(t: RealTable, a: Analysis): CorpusVerdict {
  const used = new Set<number>();
  const tables: TableVerdict[] = t.expected.map((e) => {
    // The analysed table that matches this expectation: same kind first, in order.
    let idx = a.tables.findIndex((x, i) => !used.has(i) && x.table.kind === e.kind);
    if (idx < 0) idx = a.tables.findIndex((_, i) => !used.has(i));
    const got = idx >= 0 ? a.tables[idx] : undefined;
    if (idx >= 0) used.add(idx);
    const indicators = got ? got.facts.named().length : null;
    const total = got ? got.score.total : null;
    return {
      expected: e,
      found: !!got,
      kindRight: got?.table.kind === e.kind,
      rowsRight: indicators === e.indicators,
      totalRight: !!got && close(total, e.total) && (got.score.grade ?? null) === (e.grade ?? null),
      got: { kind: got?.table.kind ?? null, indicators, total, grade: got?.score.grade ?? null },
    };
  });
  const must = t.expected.flatMap((e) => e.mustFlag ?? []);
  const missed = must.filter((m) => !a.issues.some((i) => i.code === m.code && names(i, m.cell))).map((m) => ({ code: m.code, ...(m.cell ? { cell: m.cell } : {}) }));
  const realCodes = new Set(must.map((m) => m.code));
  const errors = a.issues.filter((i) => i.severity === "error");
  const falseErrors = t.accepted
    ? errors.filter((i) => !realCodes.has(i.code)).map((i) => ({ code: i.code, cell: i.cell ?? null, message: "" }))
    : [];
  const not = t.expected.flatMap((e) => e.mustNotFlag ?? []);
  const forbidden = errors
    .filter((i) => not.some((m) => m.code === i.code && (!m.cells || (i.cell !== undefined && m.cells.includes(i.cell)))))
    .map((i) => ({ code: i.code, cell: i.cell ?? null }));
  return { table: t, tables, missed, falseErrors, forbidden };
}
