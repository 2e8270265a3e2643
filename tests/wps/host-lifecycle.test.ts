/** @jest-environment jsdom */
import { WpsHost } from "../../src/wps/wps-host";
import { FakeEtApp } from "./fake-et";

describe("WpsHost in the task pane page", () => {
  it("takes its event listeners off WPS when the page goes away", () => {
    const et = new FakeEtApp();
    const host = new WpsHost(et.asApplication(), { debounceMs: 1 });
    host.subscribe(() => undefined);
    expect(et.listeners.get("SheetChange")).toHaveLength(1);
    window.dispatchEvent(new Event("pagehide"));
    expect(et.listeners.get("SheetChange")).toEqual([]);
    expect(et.listeners.get("SheetActivate")).toEqual([]);
  });

  it("unsubscribes once, whichever comes first", () => {
    const et = new FakeEtApp();
    const host = new WpsHost(et.asApplication());
    const stop = host.subscribe(() => undefined);
    stop();
    stop();
    window.dispatchEvent(new Event("pagehide"));
    expect(et.listeners.get("SheetChange")).toEqual([]);
  });
});
