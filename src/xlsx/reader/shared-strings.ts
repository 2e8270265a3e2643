import { decodeExcelEscapes, parseXml } from "./xml";

/**
 * The shared string table as plain strings: rich-text runs joined, phonetic guides (<rPh>) left out,
 * Excel's _xHHHH_ escapes decoded.
 */
export function readSharedStrings(xml: string | undefined): string[] {
  const out: string[] = [];
  if (!xml) return out;
  let cur: string[] | null = null;
  let inT = false;
  let inPhonetic = 0;
  parseXml(xml, {
    open(name, _a, selfClosing) {
      if (name === "si") cur = [];
      else if (name === "rPh") inPhonetic += selfClosing ? 0 : 1;
      else if (name === "t" && !selfClosing) inT = true;
    },
    text(t) {
      if (inT && inPhonetic === 0 && cur) cur.push(t);
    },
    close(name) {
      if (name === "t") inT = false;
      else if (name === "rPh") inPhonetic--;
      else if (name === "si" && cur) {
        out.push(decodeExcelEscapes(cur.join("")));
        cur = null;
      }
    },
  });
  return out;
}
