// Draws the app icon (build/icon.png, 512x512): a calm teal rounded square with a white open ring around a dot,
// a coach's "C" around the person being coached. Uses only Node built-ins; run `node build/makeIcon.mjs` to redraw.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 512;
const CENTER = SIZE / 2;

// Signed distance functions (negative inside); coverage = clamp(0.5 - distance) gives one pixel of anti-aliasing.
function roundedSquare(x, y, halfSide, radius) {
  const qx = Math.abs(x - CENTER) - halfSide + radius;
  const qy = Math.abs(y - CENTER) - halfSide + radius;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}

/** A ring of radius r and stroke width w, open between the two angles of the gap (radians, y pointing down). */
function openRing(x, y, r, w, gapFrom, gapTo) {
  const dx = x - CENTER;
  const dy = y - CENTER;
  const angle = Math.atan2(dy, dx);
  if (angle < gapFrom || angle > gapTo) return Math.abs(Math.hypot(dx, dy) - r) - w / 2;
  const cap = (a) => Math.hypot(dx - r * Math.cos(a), dy - r * Math.sin(a)) - w / 2; // round ends
  return Math.min(cap(gapFrom), cap(gapTo));
}

const coverage = (distance) => Math.min(1, Math.max(0, 0.5 - distance));
const mix = (a, b, t) => Math.round(a + (b - a) * t);

const TOP = [43, 165, 154]; // #2BA59A
const BOTTOM = [21, 117, 110]; // #15756E

const rows = [];
for (let y = 0; y < SIZE; y += 1) {
  const row = Buffer.alloc(1 + SIZE * 4); // leading 0 = PNG filter "none"
  for (let x = 0; x < SIZE; x += 1) {
    const px = x + 0.5;
    const py = y + 0.5;
    const shape = coverage(roundedSquare(px, py, 212, 96));
    const mark = Math.max(
      coverage(openRing(px, py, 128, 52, -Math.PI / 4, Math.PI / 4)),
      coverage(Math.hypot(px - CENTER, py - CENTER) - 46),
    );
    const t = y / (SIZE - 1);
    const offset = 1 + x * 4;
    for (let c = 0; c < 3; c += 1) row[offset + c] = mix(mix(TOP[c], BOTTOM[c], t), 255, mark);
    row[offset + 3] = Math.round(255 * shape);
  }
  rows.push(row);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // colour type RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('./icon.png', import.meta.url), png);
