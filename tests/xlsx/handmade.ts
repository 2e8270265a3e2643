import { strToU8, zipSync } from "fflate";

/**
 * A minimal .xlsx put together by hand, for what no spreadsheet program would write: hostile extents,
 * lying sizes, shared formulas and the odd spellings of other writers.
 */
export function handmadeXlsx(sheetXml: string | string[], opts: { sharedStrings?: string[]; styles?: string; workbookPr?: string } = {}): Buffer {
  const sheets = Array.isArray(sheetXml) ? sheetXml : [sheetXml];
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(
      `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
    ),
    "_rels/.rels": strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    "xl/workbook.xml": strToU8(
      `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${opts.workbookPr ?? ""}<sheets>${sheets
        .map((_, i) => `<sheet name="表${i + 1}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
        .join("")}</sheets></workbook>`,
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
        .map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
        .join("")}</Relationships>`,
    ),
  };
  sheets.forEach((xml, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(
      `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${xml}</worksheet>`,
    );
  });
  if (opts.sharedStrings) {
    files["xl/sharedStrings.xml"] = strToU8(
      `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${opts.sharedStrings.map((s) => `<si>${s}</si>`).join("")}</sst>`,
    );
  }
  if (opts.styles) files["xl/styles.xml"] = strToU8(`<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${opts.styles}</styleSheet>`);
  return Buffer.from(zipSync(files));
}

/** Patch the sizes a zip's directory and local headers state for `name` (a "lying" zip). */
export function claimSize(zip: Buffer, name: string, size: number): Buffer {
  const out = Buffer.from(zip);
  const nameBuf = Buffer.from(name);
  for (let p = out.indexOf(nameBuf); p >= 0; p = out.indexOf(nameBuf, p + 1)) {
    if (out.readUInt32LE(p - 46) === 0x02014b50) out.writeUInt32LE(size, p - 46 + 24);
    else if (out.readUInt32LE(p - 30) === 0x04034b50) out.writeUInt32LE(size, p - 30 + 22);
  }
  return out;
}
