import { SaxesParser, type SaxesTagPlain } from "saxes";

/** Element name without its namespace prefix: some writers spell sheet XML as <x:c>. */
export const local = (name: string): string => {
  const i = name.indexOf(":");
  return i < 0 ? name : name.slice(i + 1);
};

export interface XmlHandlers {
  open(name: string, attrs: Record<string, string>, selfClosing: boolean): void;
  text?(text: string): void;
  close?(name: string): void;
}

/** Stream one XML part through saxes (a maintained, conforming SAX parser); no tree is built. */
export function parseXml(xml: string, h: XmlHandlers): void {
  const p = new SaxesParser({ xmlns: false, position: false });
  p.on("opentag", (tag: SaxesTagPlain) => h.open(local(tag.name), tag.attributes, tag.isSelfClosing));
  if (h.text) {
    const text = h.text;
    p.on("text", (t: string) => text(t));
  }
  if (h.close) {
    const close = h.close;
    p.on("closetag", (tag: SaxesTagPlain) => close(local(tag.name)));
  }
  p.write(xml).close();
}

/** Excel escapes characters XML cannot hold as _xHHHH_ inside text; turn them back, as Excel does. */
export function decodeExcelEscapes(s: string): string {
  return s.indexOf("_x") < 0 ? s : s.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}
