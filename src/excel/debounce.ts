/** Collapses bursts of calls into one, `ms` after the last; `flush` runs a pending call now. */
export function debounce(fn: () => void, ms: number): { (): void; cancel(): void; flush(): void; pending(): boolean } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = (): void => {
    timer = undefined;
    fn();
  };
  const d = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(run, ms);
  };
  d.cancel = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  d.flush = (): void => {
    if (timer !== undefined) {
      clearTimeout(timer);
      run();
    }
  };
  d.pending = (): boolean => timer !== undefined;
  return d;
}
