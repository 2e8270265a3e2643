// Writes the ribbon and manifest icons as real PNG files (RGBA, no dependencies beyond zlib).
// Run: node assets/icons/make-icons.mjs. Drawn in code so the icons are reproducible and reviewable.
import { deflateSync } from "node:zlib";
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x, y);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r; raw[o + 1] = g; raw[o + 2] = b; raw[o + 3] = a;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const BLUE = [15, 108, 189, 255];
const WHITE = [255, 255, 255, 255];
const GREEN = [16, 124, 16, 255];
const CLEAR = [0, 0, 0, 0];

// A rounded blue tile with three rising bars (scores) and a tick (checks); `accent` varies per button.
function icon(size, accent) {
  const u = size / 16;
  const radius = 3 * u;
  return png(size, (x, y) => {
    const cx = Math.min(x + 0.5, size - x - 0.5);
    const cy = Math.min(y + 0.5, size - y - 0.5);
    if (cx < radius && cy < radius && Math.hypot(radius - cx, radius - cy) > radius) return CLEAR;
    const bars = [
      [3, 9], [6.5, 6], [10, 3],
    ];
    for (const [x0, top] of bars) {
      if (x >= x0 * u && x < (x0 + 2.5) * u && y >= top * u && y < 13 * u) return accent === "bars" ? WHITE : [220, 235, 250, 255];
    }
    if (accent === "tick") {
      // A tick from (3,9) to (6,12) to (13,4), thickness 1.4 units.
      const d1 = segDist(x / u, y / u, 3, 8.5, 6, 11.5);
      const d2 = segDist(x / u, y / u, 6, 11.5, 13, 4);
      if (Math.min(d1, d2) < 1.1) return GREEN;
    }
    if (accent === "plus") {
      if ((Math.abs(x / u - 12) < 0.9 && Math.abs(y / u - 4) < 3) || (Math.abs(y / u - 4) < 0.9 && Math.abs(x / u - 12) < 3)) return WHITE;
    }
    return BLUE;
  });
}
function segDist(px, py, ax, ay, bx, by) {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

const sets = { icon: "bars", template: "plus", check: "tick", score: "bars" };
for (const [name, accent] of Object.entries(sets)) {
  for (const size of [16, 32, 64, 80, 128]) {
    writeFileSync(join(here, `${name}-${size}.png`), icon(size, accent));
  }
}
console.log("icons written to", here);
