import type { Engine } from "./engine";

let pending: Promise<Engine> | undefined;

/** The engine chunk, once; a failed load can be retried. */
export function loadEngine(): Promise<Engine> {
  pending ??= import("./engine.js");
  pending.catch(() => (pending = undefined));
  return pending;
}
