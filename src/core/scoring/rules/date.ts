/** Deadlines: done on or before the day earns the weight; late keeps the profile's share. */
export function dateScore(a: number, b: number, w: number, lateFactor: number): { score: number; met: boolean } {
  if (b <= a) return { score: w, met: true };
  return { score: w * lateFactor, met: false };
}
