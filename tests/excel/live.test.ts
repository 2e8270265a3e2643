import { OfficeMockObject } from "office-addin-mock";
import { startLiveChecking } from "../../src/excel/live";
import { asOwnWrite, resetOwnWrites } from "../../src/excel/own-writes";
import { debounce } from "../../src/excel/debounce";

type Handler = () => Promise<void>;

function mockExcel(): { context: Excel.RequestContext; handlers: Handler[]; removed: () => number } {
  const handlers: Handler[] = [];
  let removed = 0;
  const reg = (): unknown => ({
    add(h: Handler) {
      handlers.push(h);
      return { remove: () => { removed++; }, context: { sync: async () => undefined } };
    },
  });
  const mock = new OfficeMockObject({
    workbook: { worksheets: { onChanged: reg(), onAdded: reg(), onActivated: reg() } },
  }) as unknown as Excel.RequestContext;
  return { context: mock, handlers, removed: () => removed };
}

describe("live checking", () => {
  beforeEach(() => {
    jest.useFakeTimers();
    resetOwnWrites();
  });
  afterEach(() => jest.useRealTimers());

  it("debounces bursts of change events into one re-check after 600 ms", async () => {
    const { context, handlers, removed } = mockExcel();
    const onChange = jest.fn();
    const stop = await startLiveChecking({ run: (fn) => fn(context), onChange });
    expect(handlers).toHaveLength(3);
    for (let i = 0; i < 5; i++) await handlers[2]?.();
    jest.advanceTimersByTime(599);
    expect(onChange).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(onChange).toHaveBeenCalledTimes(1);
    await stop();
    expect(removed()).toBe(3);
  });

  it("ignores events caused by the add-in's own writes", async () => {
    const { context, handlers } = mockExcel();
    const onChange = jest.fn();
    await startLiveChecking({ run: (fn) => fn(context), onChange });
    await asOwnWrite(async () => {
      await handlers[2]?.();
    });
    await handlers[2]?.(); // still inside the grace period
    jest.advanceTimersByTime(700);
    expect(onChange).not.toHaveBeenCalled();
  });

  it("debounce can flush and cancel", () => {
    const fn = jest.fn();
    const d = debounce(fn, 100);
    d();
    expect(d.pending()).toBe(true);
    d.flush();
    expect(fn).toHaveBeenCalledTimes(1);
    d();
    d.cancel();
    jest.advanceTimersByTime(200);
    expect(fn).toHaveBeenCalledTimes(1);
  });
});
