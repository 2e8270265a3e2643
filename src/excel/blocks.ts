import type { Rect } from "./a1";

export interface Placed<T> {
  row: number;
  col: number;
  item: T;
}

export interface Block<T> {
  rect: Rect;
  /** rows × cols, row-major; every position is filled (blocks are exact rectangles). */
  items: T[][];
}

/**
 * Groups cells into exact rectangles so each rectangle becomes one range write with a 2-D array: a template's
 * few hundred cells become a few dozen writes whatever their number, which keeps the request small.
 * Runs of adjacent cells in a row are merged with the run above when they span the same columns.
 */
export function toBlocks<T>(cells: readonly Placed<T>[]): Block<T>[] {
  const byRow = new Map<number, Placed<T>[]>();
  for (const c of cells) {
    const list = byRow.get(c.row) ?? [];
    list.push(c);
    byRow.set(c.row, list);
  }
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  const done: Block<T>[] = [];
  let open = new Map<string, Block<T>>();
  for (const r of rows) {
    const list = (byRow.get(r) as Placed<T>[]).sort((a, b) => a.col - b.col);
    const runs: Placed<T>[][] = [];
    for (const c of list) {
      const last = runs[runs.length - 1];
      const prev = last?.[last.length - 1];
      if (last && prev && prev.col === c.col - 1) last.push(c);
      else if (last && prev && prev.col === c.col) last[last.length - 1] = c; // a duplicate address: the later wins
      else runs.push([c]);
    }
    const next = new Map<string, Block<T>>();
    for (const run of runs) {
      const left = (run[0] as Placed<T>).col;
      const right = (run[run.length - 1] as Placed<T>).col;
      const key = `${left}:${right}`;
      const above = open.get(key);
      const items = run.map((c) => c.item);
      if (above && above.rect.bottom === r - 1) {
        above.rect.bottom = r;
        above.items.push(items);
        next.set(key, above);
        open.delete(key);
      } else {
        next.set(key, { rect: { top: r, bottom: r, left, right }, items: [items] });
      }
    }
    for (const b of open.values()) done.push(b);
    open = next;
  }
  for (const b of open.values()) done.push(b);
  return done.sort((a, b) => a.rect.top - b.rect.top || a.rect.left - b.rect.left);
}
