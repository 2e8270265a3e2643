/**
 * Forms mix full-width and half-width characters freely ("≥９０％", "１,２００"); every parser
 * works on one normal form so a rule is written once.
 */
const NEEDS_WORK = /[\uff01-\uff5e\u3000\u2212\u2013\u2014\ufe62-\ufe66\ufe6a\u2265\u2267\u2264\u2266\u201c\u201d\u00a0\u2264]/;

/** Small-form variants (U+FE62–FE66) that real forms type for the operators: ﹦100%, ﹤5%, ﹥90%. */
const SMALL_FORMS: Record<number, string> = { 0xfe62: "+", 0xfe63: "-", 0xfe64: "<", 0xfe65: ">", 0xfe66: "=" };

export function toHalfWidth(s: string): string {
  if (!NEEDS_WORK.test(s)) return s;
  let out = "";
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000 || c === 0xa0) out += " ";
    else if (SMALL_FORMS[c] !== undefined) out += SMALL_FORMS[c];
    else if (c === 0x2212) out += "-"; // minus sign
    else if (c === 0xfe6a) out += "%"; // small percent
    else if (c === 0x2267) out += "≥"; // ≧
    else if (c === 0x2266) out += "≤"; // ≦
    else out += ch;
  }
  return out;
}

/** Half-width, trimmed, surrounding quotes dropped (examples and forms quote targets: "增强"). */
export function normalizeText(s: string): string {
  let t = toHalfWidth(s).trim();
  const m = /^["'“”‘’「『](.*)["'“”‘’」』]$/.exec(t);
  if (m && m[1] !== undefined) t = m[1].trim();
  return t;
}

/** Numeric parsing ignores inner spaces ("≥ 100 公里"). */
export const squeeze = (s: string): string => s.replace(/\s+/g, "");
