// Draws the toolbar icon (a speech bubble under a lens) at each size the manifest lists,
// as plain PNGs, so the repository holds no binary it cannot rebuild: node scripts/make-icons.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};

function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      // 4x4 supersampling for smooth edges
      let acc = [0, 0, 0, 0];
      for (let sy = 0; sy < 4; sy++)
        for (let sx = 0; sx < 4; sx++) {
          const p = pixel((x + (sx + 0.5) / 4) / size, (y + (sy + 0.5) / 4) / size);
          acc = acc.map((v, i) => v + p[i] * (i === 3 ? 1 : p[3]));
        }
      const a = acc[3] / 16;
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = a ? Math.round(acc[0] / acc[3]) : 0;
      raw[o + 1] = a ? Math.round(acc[1] / acc[3]) : 0;
      raw[o + 2] = a ? Math.round(acc[2] / acc[3]) : 0;
      raw[o + 3] = Math.round(a * 255);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const BLUE = [37, 99, 235, 1];
const WHITE = [255, 255, 255, 1];
const NONE = [0, 0, 0, 0];
function icon(x, y) {
  // Bubble: rounded square with a tail, lines of "text" inside, a lens ring at bottom right.
  const inBubble = (() => {
    const [x0, y0, x1, y1, r] = [0.06, 0.08, 0.8, 0.66, 0.12];
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r || (y > 0.6 && y < 0.82 && x > 0.16 && x < 0.34 && x - 0.16 < (0.82 - y) * 0.9);
  })();
  const d = Math.hypot(x - 0.7, y - 0.7);
  const ring = d >= 0.15 && d <= 0.23;
  const handle = Math.abs((x - 0.7) - (y - 0.7)) < 0.07 && x > 0.84 && x < 0.97 && y > 0.84 && y < 0.97;
  if (ring || handle) return BLUE;
  if (d < 0.15) return WHITE;
  const line = inBubble && x > 0.17 && ((y > 0.2 && y < 0.28 && x < 0.68) || (y > 0.36 && y < 0.44 && x < 0.5));
  if (line) return WHITE;
  return inBubble ? BLUE : NONE;
}

for (const size of [16, 32, 48, 128]) {
  writeFileSync(new URL(`../public/icons/icon-${size}.png`, import.meta.url), png(size, icon));
}
console.log('icons written to public/icons');
