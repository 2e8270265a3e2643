import { debounce } from "../excel/debounce";
import { LIVE_DEBOUNCE_MS } from "../excel/live";
import { isOwnWrite } from "../excel/own-writes";
import type { EtApplication } from "./et";

/**
 * The application events that may mean the table changed: an edit (SheetChange fires for typing, pastes and
 * dropdown picks), another sheet or workbook coming to the front, a new sheet. Names from et-jsapi-declare
 * addon.et.d.ts (EtApiEvent).
 */
export const LIVE_EVENTS = ["SheetChange", "SheetActivate", "WorkbookActivate", "WorkbookNewSheet"] as const;

/**
 * Live checking over ApiEvent: every event outside the add-in's own writes schedules one re-check after a
 * quiet spell. Returns a function that removes the listeners.
 */
export function startLiveChecking(app: EtApplication, onChange: () => void, debounceMs: number = LIVE_DEBOUNCE_MS): () => void {
  const trigger = debounce(onChange, debounceMs);
  const handler = (): void => {
    if (!isOwnWrite()) trigger();
  };
  for (const e of LIVE_EVENTS) app.ApiEvent.AddApiEventListener(e, handler);
  return () => {
    trigger.cancel();
    for (const e of LIVE_EVENTS) app.ApiEvent.RemoveApiEventListener(e, handler);
  };
}
