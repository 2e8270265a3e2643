import { availableParallelism } from "node:os";
import { InvalidArgumentError } from "commander";
import { tr, type CliLang } from "./i18n";

/** Cores this process may use; the most workers --jobs may ask for. */
export const coreCount = (): number => Math.max(1, availableParallelism());

/**
 * --jobs: a positive whole number no larger than the number of cores. "abc", "0", "-3", "1.5" or
 * "500" are refused rather than silently read as something else.
 */
export function parseJobs(value: string, lang: CliLang, cores = coreCount()): number {
  const n = /^\d+$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < 1 || n > cores) {
    throw new InvalidArgumentError(
      tr(
        lang,
        `--jobs 须为 1 到 ${cores} 之间的整数（本机 ${cores} 核），收到“${value}” / --jobs must be a whole number from 1 to ${cores}`,
        `--jobs must be a whole number from 1 to ${cores} (this machine has ${cores} cores); got "${value}"`,
      ),
    );
  }
  return n;
}
