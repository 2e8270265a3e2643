import { inflateRawSync } from "node:zlib";
import { LIMITS, LimitError } from "./limits";

/** Zip entry names as the package spells them: forward slashes, no leading slash. */
const norm = (name: string): string => name.replace(/\\/g, "/").replace(/^\/+/, "");

/**
 * The parts a check reads; everything else in the package (media, printer settings, the package's own
 * _rels/.rels: the workbook is always xl/workbook.xml) is never inflated.
 */
const WANTED = /^(xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/sharedStrings\.xml|xl\/styles\.xml|xl\/worksheets\/[^/]+\.xml)$/i;

const mb = (n: number): number => Math.round(n / 1024 / 1024);

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Thrown for bytes that are not a zip this reader can walk; the caller reports the file as unreadable. */
export class ZipError extends Error {}

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** Where the central directory starts and how many entries it lists (zip64 records when the classic ones overflow). */
function directory(v: DataView): { offset: number; count: number } {
  // The end record is within the last 64 KiB + 22 bytes (its comment is at most 65,535 bytes).
  const stop = Math.max(0, v.byteLength - 22 - 0xffff);
  let end = -1;
  for (let i = v.byteLength - 22; i >= stop; i--) {
    if (v.getUint32(i, true) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new ZipError("no end of central directory");
  let count = v.getUint16(end + 10, true);
  let offset = v.getUint32(end + 16, true);
  if ((count === 0xffff || offset === 0xffffffff) && end >= 20 && v.getUint32(end - 20, true) === ZIP64_LOCATOR) {
    const at = Number(v.getBigUint64(end - 12, true));
    if (at + 56 > v.byteLength || v.getUint32(at, true) !== ZIP64_EOCD) throw new ZipError("bad zip64 end record");
    count = Number(v.getBigUint64(at + 32, true));
    offset = Number(v.getBigUint64(at + 48, true));
  }
  return { offset, count };
}

/** Sizes and offset from the zip64 extra field (id 1), for the fields the classic header left at 0xFFFFFFFF. */
function zip64Fields(v: DataView, from: number, to: number, e: Entry): void {
  for (let p = from; p + 4 <= to; ) {
    const id = v.getUint16(p, true);
    const len = v.getUint16(p + 2, true);
    if (id === 1) {
      let q = p + 4;
      const next = (): number => {
        const x = Number(v.getBigUint64(q, true));
        q += 8;
        return x;
      };
      if (e.size === 0xffffffff) e.size = next();
      if (e.compressedSize === 0xffffffff) e.compressedSize = next();
      if (e.localOffset === 0xffffffff) e.localOffset = next();
      return;
    }
    p += 4 + len;
  }
}

function entries(bytes: Uint8Array): Entry[] {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { offset, count } = directory(v);
  const out: Entry[] = [];
  const utf8 = new TextDecoder();
  const latin1 = new TextDecoder("latin1");
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > v.byteLength || v.getUint32(p, true) !== CENTRAL) throw new ZipError("bad central directory");
    const flags = v.getUint16(p + 8, true);
    const nameLen = v.getUint16(p + 28, true);
    const extraLen = v.getUint16(p + 30, true);
    const commentLen = v.getUint16(p + 32, true);
    const rawName = bytes.subarray(p + 46, p + 46 + nameLen);
    // Bit 11: the name is UTF-8; otherwise code page 437, which part names (ASCII) read the same in latin1.
    const name = (flags & 0x800 ? utf8 : latin1).decode(rawName);
    const e: Entry = { name, method: v.getUint16(p + 10, true), compressedSize: v.getUint32(p + 20, true), size: v.getUint32(p + 24, true), localOffset: v.getUint32(p + 42, true) };
    zip64Fields(v, p + 46 + nameLen, p + 46 + nameLen + extraLen, e);
    out.push(e);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

/** One entry's bytes, inflated by Node's zlib into at most the size the directory states. */
function inflate(bytes: Uint8Array, e: Entry): Buffer {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = e.localOffset;
  if (at + 30 > v.byteLength || v.getUint32(at, true) !== LOCAL) throw new ZipError(`bad local header for ${e.name}`);
  const start = at + 30 + v.getUint16(at + 26, true) + v.getUint16(at + 28, true);
  const end = start + e.compressedSize;
  if (end > bytes.byteLength) throw new ZipError(`${e.name} runs past the end of the file`);
  const data = bytes.subarray(start, end);
  if (e.method === 0) return Buffer.from(data.buffer, data.byteOffset, Math.min(data.byteLength, e.size));
  if (e.method !== 8) throw new ZipError(`${e.name}: compression method ${e.method} is not supported`);
  // A part that inflates past its stated size is refused (zlib stops at maxOutputLength), never grown.
  return inflateRawSync(data, { maxOutputLength: Math.max(1, e.size) });
}

/**
 * Inflate the parts a check needs, as text. The zip's central directory is walked here and each part
 * inflated by Node's zlib (native, several times faster than inflating in JavaScript on a batch of a
 * thousand workbooks). Sizes are taken from the directory and bounded BEFORE anything is inflated; a
 * part whose directory lies about its size cannot grow past it either (zlib stops at the stated size).
 */
export function readParts(bytes: Uint8Array): Map<string, string> {
  let total = 0;
  const wanted: Entry[] = [];
  for (const e of entries(bytes)) {
    if (!WANTED.test(norm(e.name))) continue;
    if (e.size > LIMITS.partBytes) {
      throw new LimitError(
        `其中的“${norm(e.name)}”解压后有 ${mb(e.size)} MB，超过单个部件 ${mb(LIMITS.partBytes)} MB 的上限`,
        `part ${norm(e.name)} inflates to ${mb(e.size)} MB, above the ${mb(LIMITS.partBytes)} MB limit`,
      );
    }
    total += e.size;
    if (total > LIMITS.totalBytes) {
      throw new LimitError(`解压后总大小超过 ${mb(LIMITS.totalBytes)} MB 的上限`, `inflated size exceeds the ${mb(LIMITS.totalBytes)} MB limit`);
    }
    wanted.push(e);
  }
  const out = new Map<string, string>();
  for (const e of wanted) {
    const text = inflate(bytes, e).toString("utf8");
    // A byte-order mark before <?xml is legal; the parser wants the declaration first.
    out.set(norm(e.name).toLowerCase(), text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  }
  return out;
}
