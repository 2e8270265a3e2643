import type { Issue, Severity } from "../core/checks/types";
import { asOwnWrite } from "./own-writes";

/** Fill colours for marked cells; the task pane says the same with an icon and text, so colour is never alone. */
export const MARK_FILL: Record<Severity, string> = { error: "#F8D7DA", warning: "#FFF3CD", info: "#DDEBF7" };

/** What a cell looked like before the add-in marked it; null fill = no fill. */
export interface Original {
  fill: string | null;
}

/** Remembers original formatting per "sheet!A1" so a mark can be removed without losing the person's own fill. */
export interface MarkStore {
  get(key: string): Original | undefined;
  set(key: string, o: Original): void;
  delete(key: string): void;
  keys(): string[];
}

export class MemoryMarkStore implements MarkStore {
  private map = new Map<string, Original>();
  constructor(initial?: Record<string, Original>) {
    for (const [k, v] of Object.entries(initial ?? {})) this.map.set(k, v);
  }
  get(key: string): Original | undefined {
    return this.map.get(key);
  }
  set(key: string, o: Original): void {
    this.map.set(key, o);
  }
  delete(key: string): void {
    this.map.delete(key);
  }
  keys(): string[] {
    return [...this.map.keys()];
  }
  toJSON(): Record<string, Original> {
    return Object.fromEntries(this.map);
  }
}

const keyOf = (sheet: string, cell: string): string => `${sheet}!${cell.replace(/\$/g, "")}`;
const split = (key: string): [string, string] => {
  const i = key.lastIndexOf("!");
  return [key.slice(0, i), key.slice(i + 1)];
};
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Marks the cells of `issues` and unmarks cells whose issues are gone, restoring the fill they had before.
 * Two syncs at most: one to read the original fill of newly marked cells, one to write; none when nothing changed.
 */
export async function applyMarks(context: Excel.RequestContext, issues: readonly Issue[], store: MarkStore): Promise<{ marked: number; cleared: number; syncs: number }> {
  const wanted = new Map<string, Severity>();
  for (const i of issues) {
    if (!i.cell) continue;
    const k = keyOf(i.sheet, i.cell);
    const prev = wanted.get(k);
    if (!prev || RANK[i.severity] < RANK[prev]) wanted.set(k, i.severity);
  }
  const toClear = store.keys().filter((k) => !wanted.has(k));
  const fresh = [...wanted.keys()].filter((k) => !store.get(k));
  if (wanted.size === 0 && toClear.length === 0) return { marked: 0, cleared: 0, syncs: 0 };
  return asOwnWrite(async () => {
    let syncs = 0;
    const ws = (name: string): Excel.Worksheet => context.workbook.worksheets.getItem(name);
    const reads = new Map<string, Excel.RangeFill>();
    for (const k of fresh) {
      const [s, c] = split(k);
      const fill = ws(s).getRange(c).format.fill;
      fill.load("color");
      reads.set(k, fill);
    }
    if (reads.size > 0) {
      await context.sync();
      syncs++;
      for (const [k, fill] of reads) {
        const color = fill.color;
        // Excel reports an unfilled cell as white; restoring "no fill" for it is what the person saw.
        store.set(k, { fill: !color || color.toUpperCase() === "#FFFFFF" ? null : color });
      }
    }
    for (const k of toClear) {
      const [s, c] = split(k);
      const fill = ws(s).getRange(c).format.fill;
      const o = store.get(k);
      if (o?.fill) fill.color = o.fill;
      else fill.clear();
      store.delete(k);
    }
    for (const [k, sev] of wanted) {
      const [s, c] = split(k);
      ws(s).getRange(c).format.fill.color = MARK_FILL[sev];
    }
    await context.sync();
    syncs++;
    return { marked: wanted.size, cleared: toClear.length, syncs };
  });
}
