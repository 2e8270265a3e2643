import { strFromU8, unzipSync } from "fflate";
import { LIMITS, LimitError } from "./limits";

/** Zip entry names as the package spells them: forward slashes, no leading slash. */
const norm = (name: string): string => name.replace(/\\/g, "/").replace(/^\/+/, "");

/** The parts a check reads; everything else in the package (media, printer settings…) is never inflated. */
const WANTED = /^(_rels\/\.rels|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/sharedStrings\.xml|xl\/styles\.xml|xl\/worksheets\/[^/]+\.xml)$/i;

const mb = (n: number): number => Math.round(n / 1024 / 1024);

/**
 * Inflate the parts a check needs, as text. Sizes are taken from the zip directory and bounded
 * BEFORE anything is inflated; a part whose directory lies about its size is cut at the stated size
 * (fflate writes into a buffer of that size), so it can never grow past the bound either.
 */
export function readParts(buf: Uint8Array): Map<string, string> {
  let total = 0;
  const files = unzipSync(buf, {
    filter: (f) => {
      if (!WANTED.test(norm(f.name))) return false;
      if (f.originalSize > LIMITS.partBytes) {
        throw new LimitError(
          `其中的“${norm(f.name)}”解压后有 ${mb(f.originalSize)} MB，超过单个部件 ${mb(LIMITS.partBytes)} MB 的上限`,
          `part ${norm(f.name)} inflates to ${mb(f.originalSize)} MB, above the ${mb(LIMITS.partBytes)} MB limit`,
        );
      }
      total += f.originalSize;
      if (total > LIMITS.totalBytes) {
        throw new LimitError(`解压后总大小超过 ${mb(LIMITS.totalBytes)} MB 的上限`, `inflated size exceeds the ${mb(LIMITS.totalBytes)} MB limit`);
      }
      return true;
    },
  });
  const out = new Map<string, string>();
  for (const [name, data] of Object.entries(files)) out.set(norm(name).toLowerCase(), strFromU8(data));
  return out;
}
