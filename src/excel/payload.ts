/** Approximate size in bytes of what a write adds to the request body (UTF-8 JSON). */
export function payloadBytes(x: unknown): number {
  const json = JSON.stringify(x) ?? "";
  let n = 0;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? (i++, 4) : 3;
  }
  return n;
}

/** Excel on the web rejects requests above 5 MB; stay well below it, leaving room for the request's framing. */
export const DEFAULT_MAX_PAYLOAD = 4_000_000;

/**
 * Queues writes and syncs only when the queued payload would pass the limit, so a plan costs one write sync
 * unless it is very large. `onNewBatch` re-applies what lasts only until the next sync (calculation suspension).
 */
export class PayloadBatch {
  private queued = 0;
  syncs = 0;
  totalBytes = 0;

  constructor(
    private readonly context: { sync(): Promise<unknown> },
    private readonly limit: number = DEFAULT_MAX_PAYLOAD,
    private readonly onNewBatch: () => void = () => undefined,
  ) {
    onNewBatch();
  }

  /** Call before queueing a write of `bytes`; may sync first. */
  async reserve(bytes: number): Promise<void> {
    if (this.queued > 0 && this.queued + bytes > this.limit) await this.flush();
    this.queued += bytes;
    this.totalBytes += bytes;
  }

  async flush(): Promise<void> {
    await this.context.sync();
    this.syncs++;
    this.queued = 0;
    this.onNewBatch();
  }
}
