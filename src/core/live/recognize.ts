import { normalizeFormula } from "../checks/normalize";
import type { CellValue, Grid } from "../table/grid";
import { parseAddr } from "../table/recognize/a1";
import type { FormulaCell, Table } from "../table/table";
import type { LiveStamp } from "./types";

type StampCell = LiveStamp["cells"][number];

function locate(grid: Grid, a1: string): { r: number; c: number } | null {
  const p = parseAddr(a1);
  if (!p) return null;
  return { r: p.row - grid.origin.row, c: p.col - grid.origin.col };
}

/** The cell still holds what live scoring wrote there. */
function untouched(grid: Grid, c: StampCell): boolean {
  const at = locate(grid, c.addr);
  if (!at) return false;
  const f = grid.formulas[at.r]?.[at.c] ?? null;
  if (c.formula !== undefined) return f !== null && normalizeFormula(f) === normalizeFormula(c.formula);
  return !f && (grid.values[at.r]?.[at.c] ?? null) === (c.value ?? "");
}

/**
 * The sheet as it was before live scoring: every added cell that still holds what was added reads as
 * empty, so the reader finds the same table (helper columns are never read as indicators, the
 * 核算得分 column never as the typed score). A cell a person has since overwritten is read as typed.
 */
export function maskLiveCells(grid: Grid, stamp: LiveStamp): Grid {
  const values = grid.values.map((row) => [...row]);
  const formulas = grid.formulas.map((row) => [...row]);
  for (const c of stamp.cells) {
    if (!untouched(grid, c)) continue;
    const at = locate(grid, c.addr);
    if (!at || !values[at.r]) continue;
    (values[at.r] as CellValue[])[at.c] = null;
    if (formulas[at.r]) (formulas[at.r] as (string | null)[])[at.c] = null;
  }
  return { ...grid, values, formulas };
}

/** The added formulas as the checks see them, so score/formula-changed protects them. */
export function liveFormulaCells(grid: Grid, stamp: LiveStamp): FormulaCell[] {
  const out: FormulaCell[] = [];
  for (const c of stamp.cells) {
    if (c.formula === undefined) continue;
    const at = locate(grid, c.addr);
    const formula = at ? grid.formulas[at.r]?.[at.c] : null;
    out.push({ addr: c.addr, label: `实时计分 ${c.label}`, expected: c.formula, ...(formula ? { formula } : {}), value: at ? (grid.values[at.r]?.[at.c] ?? null) : null });
  }
  return out;
}

/** Which table of the sheet the stamp belongs to: the one whose rows hold the first added row score. */
export function ownerOf(tables: readonly Table[], stamp: LiveStamp): Table | undefined {
  const rows = stamp.cells.map((c) => parseAddr(c.addr)?.row ?? 0).filter((r) => r > 0);
  return tables.find((t) => t.indicators.some((i) => rows.includes(i.row))) ?? tables[0];
}
