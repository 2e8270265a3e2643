import { colLetters, parseRange } from "./a1";
import { decodeExcelEscapes, parseXml } from "./xml";

export interface SheetEntry {
  name: string;
  /** Part name, lower-case, e.g. "xl/worksheets/sheet1.xml". */
  part: string;
}

export interface WorkbookInfo {
  sheets: SheetEntry[];
  date1904: boolean;
  definedNames: Record<string, string>;
}

/** Relationship targets of xl/workbook.xml by id, resolved to part names. */
function readRels(xml: string | undefined): Map<string, string> {
  const rels = new Map<string, string>();
  if (!xml) return rels;
  parseXml(xml, {
    open(name, a) {
      if (name !== "Relationship" || !a.Id || !a.Target) return;
      const t = a.Target.replace(/\\/g, "/");
      const abs = t.startsWith("/") ? t.slice(1) : `xl/${t}`;
      // Resolve "./" and "../" the way a URL would.
      const parts: string[] = [];
      for (const seg of abs.split("/")) {
        if (seg === "..") parts.pop();
        else if (seg !== "." && seg !== "") parts.push(seg);
      }
      rels.set(a.Id, parts.join("/").toLowerCase());
    },
  });
  return rels;
}

/** A defined name's text kept when it refers to cells (as exceljs kept them): "'_jixiao'!$B$2". */
const RANGE = /^(?:'(?:[^']|'')+'|[^'!,]+)!\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?$/;

function rangesOf(text: string): string {
  // Split on commas outside quotes: sheet names may hold commas.
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (const ch of text) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out
    .map((r) => r.trim())
    .filter((r) => RANGE.test(r))
    .map(normalRange)
    .join(",");
}

/**
 * One range in the spelling exceljs gave every reader so far: sheet quoted unless plain letters and
 * digits, references absolute, a one-cell range as one cell. LibreOffice writes `_jixiao!$B$2`,
 * Excel `'_jixiao'!$B$2`; both read as the latter.
 */
function normalRange(r: string): string {
  const bang = r.lastIndexOf("!");
  let sheet = r.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const box = parseRange(r.slice(bang + 1).replace(/\$/g, ""));
  if (!box) return r;
  const abs = (p: { row: number; col: number }): string => `$${colLetters(p.col)}$${p.row}`;
  const ref = box.from.row === box.to.row && box.from.col === box.to.col ? abs(box.from) : `${abs(box.from)}:${abs(box.to)}`;
  const name = /^[a-zA-Z0-9]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${ref}`;
}

/** Sheets in workbook order (hidden ones included), the date system and the cell-range defined names. */
export function readWorkbookInfo(workbookXml: string, relsXml: string | undefined): WorkbookInfo {
  const rels = readRels(relsXml);
  const sheets: SheetEntry[] = [];
  const definedNames: Record<string, string> = {};
  let date1904 = false;
  let dn: { name: string; text: string } | null = null;
  parseXml(workbookXml, {
    open(name, a, selfClosing) {
      if (name === "sheet") {
        const id = a["r:id"] ?? Object.entries(a).find(([k]) => k.endsWith(":id"))?.[1];
        const part = id ? rels.get(id) : undefined;
        // Chart sheets and dialog sheets have no cells to check.
        if (part && /^xl\/worksheets\//.test(part)) sheets.push({ name: decodeExcelEscapes(a.name ?? ""), part });
      } else if (name === "workbookPr") {
        date1904 = a.date1904 === "1" || a.date1904 === "true";
      } else if (name === "definedName" && !selfClosing) {
        dn = { name: a.name ?? "", text: "" };
      }
    },
    text(t) {
      if (dn) dn.text += t;
    },
    close(name) {
      if (name !== "definedName" || !dn) return;
      // Print areas and titles are page setup, not names a person gave.
      if (!dn.name.startsWith("_xlnm.")) {
        const ranges = rangesOf(dn.text);
        if (ranges) definedNames[dn.name] = ranges;
      }
      dn = null;
    },
  });
  return { sheets, date1904, definedNames };
}
