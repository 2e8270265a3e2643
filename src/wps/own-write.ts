import { asOwnWrite } from "../excel/own-writes";
import type { EtApplication } from "./et";

/**
 * Runs a batch of writes as the add-in's own: screen updating and events are off while it runs (so a template
 * appears at once and the change listener is not flooded), the shared own-write guard is up (so change events
 * that arrive anyway, or late, do not trigger a re-check), and both switches are restored even when it throws.
 * The ET calls are synchronous; the promise only carries the guard's bookkeeping.
 */
export function ownWrite<T>(app: EtApplication, work: () => T): Promise<T> {
  return asOwnWrite(async () => {
    const screen = app.ScreenUpdating;
    const events = app.EnableEvents;
    app.ScreenUpdating = false;
    app.EnableEvents = false;
    try {
      return work();
    } finally {
      app.EnableEvents = events !== false;
      app.ScreenUpdating = screen !== false;
    }
  });
}
