import { SEVERITY_RANK, type Issue, type Severity } from "../core/checks/types";
import { asOwnWrite } from "./own-writes";
import { excelApiSupported } from "./support";

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

/** The store key of a cell: "sheet!A1", absolute marks dropped. */
const keyOf = (sheet: string, cell: string): string => `${sheet}!${cell.replace(/\$/g, "")}`;
export const splitKey = (key: string): [string, string] => {
  const i = key.lastIndexOf("!");
  return [key.slice(0, i), key.slice(i + 1)];
};

/** Per "sheet!A1", the worst severity among the issues at that cell: the colour the cell is marked with. */
export function worstByCell(issues: readonly Issue[]): Map<string, Severity> {
  const wanted = new Map<string, Severity>();
  for (const i of issues) {
    if (!i.cell) continue;
    const k = keyOf(i.sheet, i.cell);
    const prev = wanted.get(k);
    if (!prev || SEVERITY_RANK[i.severity] < SEVERITY_RANK[prev]) wanted.set(k, i.severity);
  }
  return wanted;
}

/** Cell addresses joined for Worksheet.getRanges, in pieces well under its address-length limit. */
export function addressGroups(cells: readonly string[], maxChars = 2000): string[] {
  const out: string[] = [];
  let cur = "";
  for (const c of cells) {
    if (cur && cur.length + c.length + 1 > maxChars) {
      out.push(cur);
      cur = "";
    }
    cur = cur ? `${cur},${c}` : c;
  }
  if (cur) out.push(cur);
  return out;
}

function groupBy<T>(items: Iterable<[string, T]>): Map<string, Map<T, string[]>> {
  // sheet → value → cells
  const out = new Map<string, Map<T, string[]>>();
  for (const [k, v] of items) {
    const [s, c] = splitKey(k);
    const bySheet = out.get(s) ?? new Map<T, string[]>();
    out.set(s, bySheet);
    bySheet.set(v, [...(bySheet.get(v) ?? []), c]);
  }
  return out;
}

/**
 * Marks the cells of `issues` and unmarks cells whose issues are gone, restoring the fill they had before.
 * ONE sync: the original fill of a newly marked cell is loaded in the same batch, before the write (Office.js
 * runs a batch in order); cells sharing a colour are written together through Worksheet.getRanges (ExcelApi
 * 1.9), one operation per sheet and colour instead of one per cell. None when nothing changed.
 */
export async function applyMarks(context: Excel.RequestContext, issues: readonly Issue[], store: MarkStore, options: { batched?: boolean } = {}): Promise<{ marked: number; cleared: number; syncs: number; operations: number }> {
  const wanted = worstByCell(issues);
  const toClear = store.keys().filter((k) => !wanted.has(k));
  const fresh = [...wanted.keys()].filter((k) => !store.get(k));
  // Cells already marked with the colour they need are left alone: a re-check after an edit writes only what changed.
  const current = (k: string): string | undefined => painted.get(store)?.[k];
  const changed = [...wanted].filter(([k, sev]) => !store.get(k) || current(k) !== MARK_FILL[sev]);
  if (changed.length === 0 && toClear.length === 0) return { marked: wanted.size, cleared: 0, syncs: 0, operations: 0 };
  const batched = options.batched ?? excelApiSupported("1.9");
  return asOwnWrite(async () => {
    let operations = 0;
    const ws = (name: string): Excel.Worksheet => context.workbook.worksheets.getItem(name);
    const reads = new Map<string, Excel.RangeFill>();
    for (const k of fresh) {
      const [s, c] = splitKey(k);
      const fill = ws(s).getRange(c).format.fill;
      fill.load("color");
      reads.set(k, fill);
    }
    // Restore: cells whose original fill is the same go together; "no fill" is a clear.
    const restore = groupBy(toClear.map((k) => [k, store.get(k)?.fill ?? ""] as [string, string]));
    const paint = groupBy(changed.map(([k, sev]) => [k, MARK_FILL[sev]] as [string, string]));
    const apply = (sheet: string, colour: string, cells: string[]): void => {
      if (batched) {
        for (const address of addressGroups(cells)) {
          const fill = ws(sheet).getRanges(address).format.fill;
          if (colour) fill.color = colour;
          else fill.clear();
          operations++;
        }
      } else
        for (const c of cells) {
          const fill = ws(sheet).getRange(c).format.fill;
          if (colour) fill.color = colour;
          else fill.clear();
          operations++;
        }
    };
    for (const [sheet, byColour] of restore) for (const [colour, cells] of byColour) apply(sheet, colour, cells);
    for (const [sheet, byColour] of paint) for (const [colour, cells] of byColour) apply(sheet, colour, cells);
    await context.sync();
    for (const k of toClear) store.delete(k);
    for (const [k, fill] of reads) {
      const color = fill.color;
      // Excel reports an unfilled cell as white; restoring "no fill" for it is what the person saw.
      store.set(k, { fill: !color || color.toUpperCase() === "#FFFFFF" ? null : color });
    }
    const colours = painted.get(store) ?? {};
    for (const k of toClear) delete colours[k];
    for (const [k, sev] of changed) colours[k] = MARK_FILL[sev];
    painted.set(store, colours);
    return { marked: wanted.size, cleared: toClear.length, syncs: 1, operations };
  });
}

/** The colour each marked cell was last painted, per store (kept beside it, so stores need not change shape). */
const painted = new WeakMap<MarkStore, Record<string, string>>();
