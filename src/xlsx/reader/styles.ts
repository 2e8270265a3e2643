import { parseXml } from "./xml";

/**
 * Built-in number formats by id, as exceljs names them (the ids Excel leaves out of styles.xml).
 * Locale-dependent ids (27–36, 50–58) have no fixed code and read as no format, as before.
 */
const BUILTIN: Record<number, string> = {
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/**
 * The number format code of each cell style (index = the `s` attribute of a cell), or null for
 * General. Only numFmts and cellXfs are read: fonts, fills and borders are not a checker's business.
 */
export function readCellFormats(xml: string | undefined): (string | null)[] {
  const out: (string | null)[] = [];
  if (!xml) return out;
  const custom = new Map<number, string>();
  let inCellXfs = false;
  parseXml(xml, {
    open(name, a) {
      if (name === "numFmt" && a.numFmtId !== undefined && a.formatCode !== undefined) custom.set(Number(a.numFmtId), a.formatCode);
      else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) {
        const id = Number(a.numFmtId ?? 0);
        out.push(id ? (custom.get(id) ?? BUILTIN[id] ?? null) : null);
      }
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
    },
  });
  return out;
}
