import type { Indicator } from "../library/schema";
import { OPERATOR_DISPLAY } from "../values/types";
import { parseAddr } from "../a1";
import type { IndicatorRow, Table } from "./table";

/**
 * Where library indicators go when added to a recognised table, and what each new row holds. Every host
 * (Office.js, WPS 表格, the in-memory workbook) inserts the same rows; only how it writes them differs.
 */

/** The columns a new indicator row is filled in, in the order they are written. */
export const INSERTED_KEYS = ["level1", "level2", "name", "code", "operator", "unit", "basis"] as const;
export type InsertedKey = (typeof INSERTED_KEYS)[number];

export interface NewRowCell {
  key: InsertedKey;
  /** 1-based sheet column, taken from the table's own cell addresses. */
  col: number;
  value: string | null;
}

export interface InsertionGroup {
  /** Sheet row (before any insertion) the new rows go right after. */
  anchor: number;
  rows: { indicator: Indicator; cells: NewRowCell[] }[];
}

export interface InsertionPlan {
  /** Column of each key the table has; 一级指标's is needed by hosts that grow its merged block. */
  columns: Partial<Record<InsertedKey, number>>;
  /** Top to bottom, so a host inserting in order shifts later anchors by the rows already added. */
  groups: InsertionGroup[];
}

/** Where a new indicator goes: after the last row of its 二级 block, else of its 一级 block, else of the table. */
export function anchorRowFor(table: Table, ind: Pick<Indicator, "level1" | "level2">): number {
  const rows = table.indicators;
  const last = (pred: (r: IndicatorRow) => boolean): number | undefined => {
    let found: number | undefined;
    for (const r of rows) if (pred(r)) found = Math.max(found ?? 0, r.row);
    return found;
  };
  return (
    last((r) => r.level1.value === ind.level1 && r.level2.value === ind.level2) ??
    last((r) => r.level1.value === ind.level1) ??
    last(() => true) ??
    0
  );
}

/** A new row's values by key: the library's operator and unit go to their own columns where the table has them. */
function valuesOf(ind: Indicator): Record<InsertedKey, string | null> {
  return {
    level1: ind.level1,
    level2: ind.level2,
    name: ind.name,
    code: ind.code,
    operator: OPERATOR_DISPLAY[ind.operator],
    unit: ind.unit,
    basis: ind.bases[0]?.basis ?? null,
  };
}

/** The rows to add for `indicators`, grouped by anchor. A table without indicator rows has nowhere to put them. */
export function planInsertion(table: Table, indicators: readonly Indicator[]): InsertionPlan {
  const sample = table.indicators[0];
  if (!sample) throw new Error("表格中没有指标行，无法定位插入位置 / the table has no indicator rows to insert beside");
  const columns: Partial<Record<InsertedKey, number>> = {};
  for (const key of INSERTED_KEYS) {
    const addr = sample[key]?.addr;
    const col = addr ? parseAddr(addr)?.col : undefined;
    if (col !== undefined) columns[key] = col;
  }
  const byAnchor = new Map<number, InsertionGroup["rows"]>();
  for (const indicator of indicators) {
    const a = anchorRowFor(table, indicator);
    const values = valuesOf(indicator);
    const cells = INSERTED_KEYS.flatMap((key) => (columns[key] !== undefined ? [{ key, col: columns[key] as number, value: values[key] }] : []));
    byAnchor.set(a, [...(byAnchor.get(a) ?? []), { indicator, cells }]);
  }
  const groups = [...byAnchor.keys()].sort((x, y) => x - y).map((anchor) => ({ anchor, rows: byAnchor.get(anchor) as InsertionGroup["rows"] }));
  return { columns, groups };
}
