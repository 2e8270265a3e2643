import { z } from "zod";
import type { Issue } from "../core/checks/types";
import { MARK_FILL, splitKey, worstByCell, type MarkStore, type Original } from "../excel/marks";
import { activeWorkbook, bgrToHex, findSheet, hexToBgr, XL, type EtApplication, type EtPluginStorage, type EtWorksheet } from "./et";
import { ownWrite } from "./own-write";


/**
 * Marks the cells of `issues` and unmarks cells whose issues are gone, restoring the person's own fill: the
 * same rule as src/excel/marks.ts over ET's Interior (a cell without fill has ColorIndex xlColorIndexNone).
 */
export function applyMarks(app: EtApplication, issues: readonly Issue[], store: MarkStore): Promise<{ marked: number; cleared: number }> {
  const wanted = worstByCell(issues);
  const toClear = store.keys().filter((k) => !wanted.has(k));
  if (wanted.size === 0 && toClear.length === 0) return Promise.resolve({ marked: 0, cleared: 0 });
  return ownWrite(app, () => {
    const wb = activeWorkbook(app);
    const sheets = new Map<string, EtWorksheet | null>();
    const sheet = (name: string): EtWorksheet | null => {
      if (!sheets.has(name)) sheets.set(name, findSheet(wb, name));
      return sheets.get(name) ?? null;
    };
    let cleared = 0;
    for (const k of toClear) {
      const [s, c] = splitKey(k);
      const ws = sheet(s);
      const o = store.get(k);
      store.delete(k);
      if (!ws) continue; // the sheet is gone: nothing to restore
      const interior = ws.Range(c).Interior;
      if (o?.fill) interior.Color = hexToBgr(o.fill);
      else interior.ColorIndex = XL.colorIndexNone;
      cleared++;
    }
    let marked = 0;
    for (const [k, sev] of wanted) {
      const [s, c] = splitKey(k);
      const ws = sheet(s);
      if (!ws) continue;
      const interior = ws.Range(c).Interior;
      if (!store.get(k)) store.set(k, { fill: interior.ColorIndex === XL.colorIndexNone ? null : bgrToHex(interior.Color) });
      interior.Color = hexToBgr(MARK_FILL[sev]);
      marked++;
    }
    return { marked, cleared };
  });
}

export const WPS_MARKS_KEY = "jixiaoMarks";

const Stored = z.record(z.string(), z.object({ fill: z.string().regex(/^#[0-9A-Fa-f]{6}$/).nullable() }));

/** The storage calls the mark store needs: PluginStorage, the page's localStorage, or both. */
export type KeyValueStore = Pick<EtPluginStorage, "getItem" | "setItem" | "removeItem">;

/**
 * Writes to every store and reads from the first that has the key. The add-in's PluginStorage is shared by its
 * pages (ribbon and task pane) but lives only while WPS runs (et-jsapi-declare index.d.ts); the pages'
 * localStorage (same origin) may outlive a restart of WPS. Together they give both.
 */
export function layeredStore(...stores: (KeyValueStore | null | undefined)[]): KeyValueStore {
  const live = stores.filter((s): s is KeyValueStore => !!s);
  return {
    getItem(key) {
      for (const s of live) {
        try {
          const v = s.getItem(key);
          if (v !== null && v !== undefined && v !== "") return v;
        } catch {
          // a store that fails to read is skipped
        }
      }
      return null;
    },
    setItem(key, value) {
      for (const s of live) {
        try {
          s.setItem(key, value);
        } catch {
          // a full or blocked store must not stop the marks
        }
      }
    },
    removeItem(key) {
      for (const s of live) {
        try {
          s.removeItem(key);
        } catch {
          // as above
        }
      }
    },
  };
}

/**
 * Originals kept per workbook (keyed by its full path) so the ribbon's 检查 (run from the add-in's main page)
 * and the task pane share them, and, through localStorage, a restart of WPS does not lose them.
 */
export class PluginStorageMarkStore implements MarkStore {
  constructor(
    private readonly storage: KeyValueStore,
    private readonly workbook: () => string,
  ) {}
  private key(): string {
    return `${WPS_MARKS_KEY}:${this.workbook()}`;
  }
  private load(): Map<string, Original> {
    let raw: unknown = null;
    try {
      raw = JSON.parse(String(this.storage.getItem(this.key()) ?? "null"));
    } catch {
      raw = null;
    }
    const parsed = Stored.safeParse(raw);
    return new Map(parsed.success ? Object.entries(parsed.data) : []);
  }
  private save(map: Map<string, Original>): void {
    this.storage.setItem(this.key(), JSON.stringify(Object.fromEntries(map)));
  }
  get(key: string): Original | undefined {
    return this.load().get(key);
  }
  set(key: string, o: Original): void {
    const m = this.load();
    m.set(key, o);
    this.save(m);
  }
  delete(key: string): void {
    const m = this.load();
    if (m.delete(key)) this.save(m);
  }
  keys(): string[] {
    return [...this.load().keys()];
  }
}
