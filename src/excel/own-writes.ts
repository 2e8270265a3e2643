/**
 * A guard the change listener reads: Excel raises change events for the add-in's own writes, and some hosts
 * deliver them after the write's sync has resolved, so the guard stays up for a short grace period.
 */
let depth = 0;
let until = 0;
const GRACE_MS = 1000;

export async function asOwnWrite<T>(work: () => Promise<T>): Promise<T> {
  depth++;
  try {
    return await work();
  } finally {
    depth--;
    until = Date.now() + GRACE_MS;
  }
}

export function isOwnWrite(now: number = Date.now()): boolean {
  return depth > 0 || now < until;
}

/** For tests. */
export function resetOwnWrites(): void {
  depth = 0;
  until = 0;
}
