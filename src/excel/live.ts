import { debounce } from "./debounce";
import { isOwnWrite } from "./own-writes";
import { excelApiSupported } from "./support";

export const LIVE_DEBOUNCE_MS = 600;

export interface LiveOptions {
  /** Runs a batch against the workbook (Excel.run in the add-in). */
  run: <T>(fn: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
  /** Called, debounced, when the workbook may have changed: re-read, re-check, re-mark. */
  onChange: () => void;
  debounceMs?: number;
}

/**
 * Change events are hints: they miss some edits (dropdown picks, pastes on some hosts) and fire for the
 * add-in's own writes. Any change outside the add-in's own writes schedules one re-check after a quiet spell.
 * Returns a function that removes the handlers.
 */
export async function startLiveChecking(options: LiveOptions): Promise<() => Promise<void>> {
  const trigger = debounce(options.onChange, options.debounceMs ?? LIVE_DEBOUNCE_MS);
  const handler = async (): Promise<void> => {
    if (!isOwnWrite()) trigger();
  };
  const registrations = await options.run(async (context) => {
    const sheets = context.workbook.worksheets;
    const regs = [sheets.onAdded.add(handler), sheets.onActivated.add(handler)];
    // The collection-wide change event is ExcelApi 1.9; older hosts watch the active sheet (re-armed on activation).
    if (excelApiSupported("1.9")) regs.push(sheets.onChanged.add(handler));
    else regs.push(sheets.getActiveWorksheet().onChanged.add(handler));
    await context.sync();
    return regs;
  });
  return async () => {
    trigger.cancel();
    for (const r of registrations) r.remove();
    // Handlers belong to the context that added them; the removal is sent through it.
    await registrations[0]?.context.sync();
  };
}
