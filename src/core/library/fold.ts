/**
 * Length-preserving folding for matching: full-width ASCII → half-width, ideographic space → space,
 * Latin upper → lower. Offsets into the folded text are offsets into the original, which lets the
 * search report ranges the UI can highlight.
 */
export function foldText(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
    else if (c === 0x3000) c = 0x20;
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    out += String.fromCharCode(c);
  }
  return out;
}

/** Query folding may change length (NFKC), since query offsets are never reported. */
export function foldQuery(q: string): string {
  return foldText(q.normalize("NFKC")).replace(/ü/g, "v").trim();
}

export const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
