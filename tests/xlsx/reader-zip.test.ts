import { deflateRawSync } from "node:zlib";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { readParts } from "../../src/xlsx/reader/zip";
import { LimitError } from "../../src/xlsx/reader/limits";
import { loadCorpus, realToExcel } from "../fixtures/real/build";

interface Part {
  name: string;
  text: string;
  stored?: boolean;
  /** Name bytes as latin1 without the UTF-8 flag (what old writers do). */
  latin1?: boolean;
}

/**
 * A zip written by hand, so the directory can take the forms no library here writes: zip64 end records
 * and extra fields (sizes and offsets at 0xFFFFFFFF), stored parts, names without the UTF-8 flag.
 */
function handZip(parts: Part[], opts: { zip64?: boolean } = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const raw = Buffer.from(p.text, "utf8");
    const data = p.stored ? raw : deflateRawSync(raw);
    const name = Buffer.from(p.name, p.latin1 ? "latin1" : "utf8");
    const flags = p.latin1 ? 0 : 0x800;
    const method = p.stored ? 0 : 8;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, data);
    const extra = opts.zip64 ? Buffer.alloc(28) : Buffer.alloc(0);
    if (opts.zip64) {
      extra.writeUInt16LE(1, 0);
      extra.writeUInt16LE(24, 2);
      extra.writeBigUInt64LE(BigInt(raw.length), 4);
      extra.writeBigUInt64LE(BigInt(data.length), 12);
      extra.writeBigUInt64LE(BigInt(offset), 20);
    }
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(45, 4);
    c.writeUInt16LE(45, 6);
    c.writeUInt16LE(flags, 8);
    c.writeUInt16LE(method, 10);
    c.writeUInt32LE(opts.zip64 ? 0xffffffff : data.length, 20);
    c.writeUInt32LE(opts.zip64 ? 0xffffffff : raw.length, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt16LE(extra.length, 30);
    c.writeUInt32LE(opts.zip64 ? 0xffffffff : offset, 42);
    centrals.push(c, name, extra);
    offset += 30 + name.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const tail: Buffer[] = [];
  if (opts.zip64) {
    const rec = Buffer.alloc(56);
    rec.writeUInt32LE(0x06064b50, 0);
    rec.writeBigUInt64LE(44n, 4);
    rec.writeBigUInt64LE(BigInt(parts.length), 24);
    rec.writeBigUInt64LE(BigInt(parts.length), 32);
    rec.writeBigUInt64LE(BigInt(cd.length), 40);
    rec.writeBigUInt64LE(BigInt(offset), 48);
    const loc = Buffer.alloc(20);
    loc.writeUInt32LE(0x07064b50, 0);
    loc.writeBigUInt64LE(BigInt(offset + cd.length), 8);
    loc.writeUInt32LE(1, 16);
    tail.push(rec, loc);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(opts.zip64 ? 0xffff : parts.length, 8);
  end.writeUInt16LE(opts.zip64 ? 0xffff : parts.length, 10);
  end.writeUInt32LE(opts.zip64 ? 0xffffffff : cd.length, 12);
  end.writeUInt32LE(opts.zip64 ? 0xffffffff : offset, 16);
  return Buffer.concat([...locals, cd, ...tail, end]);
}

const PARTS: Part[] = [
  { name: "xl/workbook.xml", text: "<workbook>工作簿</workbook>" },
  { name: "xl/worksheets/sheet1.xml", text: "<worksheet>自评表</worksheet>", stored: true },
  { name: "xl/media/image1.png", text: "not read" },
];

describe("readParts: the zip directory and Node's zlib", () => {
  it("reads deflated and stored parts, and never the parts a check does not need", () => {
    const parts = readParts(handZip(PARTS));
    expect([...parts.keys()].sort()).toEqual(["xl/workbook.xml", "xl/worksheets/sheet1.xml"]);
    expect(parts.get("xl/workbook.xml")).toBe("<workbook>工作簿</workbook>");
    expect(parts.get("xl/worksheets/sheet1.xml")).toBe("<worksheet>自评表</worksheet>");
  });

  it("follows zip64 end records and extra fields", () => {
    const parts = readParts(handZip(PARTS, { zip64: true }));
    expect(parts.get("xl/worksheets/sheet1.xml")).toBe("<worksheet>自评表</worksheet>");
    expect(parts.get("xl/workbook.xml")).toBe("<workbook>工作簿</workbook>");
  });

  it("reads names without the UTF-8 flag, and drops a byte-order mark before the XML", () => {
    const parts = readParts(handZip([{ name: "XL/Workbook.xml", text: "\ufeff<?xml version=\"1.0\"?><workbook/>", latin1: true }]));
    expect(parts.get("xl/workbook.xml")).toBe('<?xml version="1.0"?><workbook/>');
  });

  it("refuses a part claiming more than the limit before inflating anything", () => {
    const zip = handZip(PARTS);
    // The sheet's stated size in its central directory entry, set to 1.5 GB.
    const cd = zip.lastIndexOf(Buffer.from("xl/worksheets/sheet1.xml")) - 46;
    zip.writeUInt32LE(1_500_000_000, cd + 24);
    expect(() => readParts(zip)).toThrow(LimitError);
  });

  it("does not inflate a part past the size its directory states", () => {
    const zip = handZip([{ name: "xl/worksheets/sheet1.xml", text: "x".repeat(100_000) }]);
    const cd = zip.lastIndexOf(Buffer.from("xl/worksheets/sheet1.xml")) - 46;
    zip.writeUInt32LE(10, cd + 24);
    expect(() => readParts(zip)).toThrow(/larger than/);
  });

  it("says what is wrong with bytes that are not a zip, a cut file or a broken directory", () => {
    expect(() => readParts(Buffer.from("PK\u0003\u0004 not really"))).toThrow(/central directory/);
    const zip = handZip(PARTS);
    expect(() => readParts(zip.subarray(0, zip.length - 30))).toThrow(/central directory/);
    const broken = Buffer.from(zip);
    broken.writeUInt32LE(0, broken.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])));
    expect(() => readParts(broken)).toThrow(/central directory/);
  });

  it("gives the same parts as fflate on every workbook of the real-table corpus (exceljs-written) and on a fflate zip", async () => {
    const zips: Buffer[] = [];
    for (const t of loadCorpus()) zips.push(Buffer.from(await realToExcel(t).xlsx.writeBuffer()));
    zips.push(Buffer.from(zipSync({ "xl/workbook.xml": strToU8("<workbook/>"), "xl/worksheets/a.xml": strToU8("<worksheet>表</worksheet>") })));
    expect(zips.length).toBeGreaterThan(30);
    for (const zip of zips) {
      const ours = readParts(zip);
      const theirs = unzipSync(zip, { filter: (f) => ours.has(f.name.toLowerCase()) });
      expect(Object.keys(theirs).length).toBe(ours.size);
      for (const [name, data] of Object.entries(theirs)) expect(ours.get(name.toLowerCase())).toBe(strFromU8(data));
    }
  });
});
