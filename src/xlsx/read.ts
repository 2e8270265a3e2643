import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import { basename } from "node:path";
import type { WorkbookGrids } from "../core/table/grid";
import { WorkbookReadError } from "./errors";
import { LIMITS, LimitError, parseWorkbookPackage } from "./reader";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Encrypted OOXML is a compound file holding an "EncryptionInfo" stream (name stored UTF-16LE). */
const ENCRYPTION_INFO = Buffer.from("EncryptionInfo", "utf16le");

const startsWith = (buf: Buffer, magic: number[]): boolean => magic.every((b, i) => buf[i] === b);

/** A workbook file bigger than this is not a submission; it is refused before it is read into memory. */
const MAX_FILE_BYTES = LIMITS.totalBytes;

function loadBytes(input: string | Buffer | ArrayBuffer, name: string): Buffer {
  if (typeof input !== "string") return Buffer.isBuffer(input) ? input : Buffer.from(new Uint8Array(input));
  let fd: number | undefined;
  try {
    // A FIFO or a device would block or never end: open without blocking (a FIFO opens at once that
    // way) and refuse anything but a regular file before reading a byte. Synchronous on purpose, and
    // one status call, not three: a check reads one small file after another, and each round trip
    // costs more than the reading itself.
    fd = openSync(input, constants.O_RDONLY | constants.O_NONBLOCK);
    const st = fstatSync(fd);
    if (!st.isFile()) throw new WorkbookReadError("not-a-file", name);
    if (st.size > MAX_FILE_BYTES) throw new WorkbookReadError("too-large", name, `${Math.round(st.size / 1024 / 1024)} MB`);
    return readAll(fd, st.size);
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new WorkbookReadError("not-found", name);
    if (code === "EACCES" || code === "EPERM") throw new WorkbookReadError("no-permission", name);
    if (code === "EISDIR") throw new WorkbookReadError("not-a-file", name);
    throw new WorkbookReadError("unreadable", name, (e as Error).message);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The file's bytes, read up to the size its status gave (a file that grows meanwhile is read as it was). */
function readAll(fd: number, size: number): Buffer {
  const buf = Buffer.allocUnsafe(size);
  let got = 0;
  while (got < size) {
    const n = readSync(fd, buf, got, size - got, got);
    if (n === 0) break;
    got += n;
  }
  return got === size ? buf : buf.subarray(0, got);
}

/** Classify bytes before unzipping them, so the person gets a reason rather than a zip error. */
function sniff(buf: Buffer, name: string): void {
  if (buf.length === 0) throw new WorkbookReadError("empty", name);
  if (startsWith(buf, CFB_MAGIC)) {
    throw new WorkbookReadError(buf.includes(ENCRYPTION_INFO) ? "encrypted" : "legacy-xls", name);
  }
  if (!startsWith(buf, ZIP_MAGIC)) throw new WorkbookReadError("not-spreadsheet", name);
}

/**
 * Read every sheet of an .xlsx (hidden ones included) into plain grids. Dates become Excel serials,
 * formula cells give their cached result and their text. The input is never written to. Hostile
 * packages (zip bombs, claimed extents of millions of cells) are refused before anything is expanded.
 */
export async function readWorkbookGrids(input: string | Buffer | ArrayBuffer, name?: string): Promise<WorkbookGrids> {
  const label = name ?? (typeof input === "string" ? basename(input) : "workbook.xlsx");
  const buf = loadBytes(input, label);
  sniff(buf, label);
  try {
    return parseWorkbookPackage(buf, label);
  } catch (e) {
    if (e instanceof LimitError) throw new WorkbookReadError("too-large", label, { zh: e.zh, en: e.en });
    throw new WorkbookReadError("unreadable", label, (e as Error).message);
  }
}
