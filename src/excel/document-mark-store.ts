import { z } from "zod";
import { MemoryMarkStore, type MarkStore, type Original } from "./marks";

/** The part of Office.Settings the store needs; a plain object in tests. */
export interface SettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: unknown }) => void): void;
}

export const MARKS_SETTING = "jixiaoMarks";

// Settings travel inside the workbook, so another copy of the add-in (or a hand edit) may have written them.
const StoredMarks = z.record(z.string(), z.object({ fill: z.string().regex(/^#[0-9A-Fa-f]{6}$/).nullable() }));

/**
 * Keeps the person's original fills in the workbook's own settings, so a mark placed before the pane was
 * closed or the file reopened can still be removed with their formatting restored.
 */
export class DocumentMarkStore implements MarkStore {
  private map = new Map<string, Original>();
  private dirty = false;

  constructor(private readonly settings: SettingsLike) {
    const parsed = StoredMarks.safeParse(settings.get(MARKS_SETTING));
    if (parsed.success) for (const [k, v] of Object.entries(parsed.data)) this.map.set(k, v);
  }

  get(key: string): Original | undefined {
    return this.map.get(key);
  }
  set(key: string, o: Original): void {
    this.map.set(key, o);
    this.dirty = true;
  }
  delete(key: string): void {
    if (this.map.delete(key)) this.dirty = true;
  }
  keys(): string[] {
    return [...this.map.keys()];
  }

  /** Writes the originals into the document settings; saved with the workbook. Resolves false when Office refused. */
  flush(): Promise<boolean> {
    if (!this.dirty) return Promise.resolve(true);
    this.settings.set(MARKS_SETTING, Object.fromEntries(this.map));
    this.dirty = false;
    return new Promise((resolve) => this.settings.saveAsync((r) => resolve(r.status !== "failed")));
  }
}

/** The document's settings when running inside Office, else null (outside Office, or older hosts). */
export function officeSettings(): SettingsLike | null {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const settings = office?.context?.document?.settings as unknown as SettingsLike | undefined;
  return settings && typeof settings.get === "function" ? settings : null;
}

/** The store the add-in uses: the document's settings inside Office, memory elsewhere. */
export function markStore(): MarkStore {
  const settings = officeSettings();
  return settings ? new DocumentMarkStore(settings) : new MemoryMarkStore();
}

export async function flushMarks(store: MarkStore): Promise<void> {
  if (store instanceof DocumentMarkStore) await store.flush();
}
