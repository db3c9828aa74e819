/*
 * Draws the add-in icons (assets/icon-16/32/64/80.png): a blue sheet with a white table grid and a green check.
 * Run once with `node scripts/make-icons.js`; the PNGs are committed so builds need no image tools.
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const { Buffer } = require("buffer");

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
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(pixel(x / size, y / size), y * (size * 4 + 1) + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const BLUE = [0x0f, 0x6c, 0xbd, 255];
const WHITE = [255, 255, 255, 255];
const GREEN = [0x10, 0x7c, 0x10, 255];
const NONE = [0, 0, 0, 0];

/** Distance from point (x, y) to the segment a–b, all in units of the icon's width. */
function toSegment(x, y, [ax, ay], [bx, by]) {
  const t = Math.max(
    0,
    Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
  );
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)));
}

function icon(size) {
  const line = Math.max(1 / size, 0.06);
  return png(size, (x, y) => {
    const check = Math.min(
      toSegment(x, y, [0.5, 0.72], [0.64, 0.86]),
      toSegment(x, y, [0.64, 0.86], [0.94, 0.52]),
    );
    if (check < line * 1.3) return GREEN;
    if (x < 0.06 || x > 0.94 || y < 0.06 || y > 0.94) return NONE;
    const onGrid =
      [0.3, 0.5, 0.7].some((g) => Math.abs(y - g) < line / 2) ||
      [0.38, 0.66].some((g) => Math.abs(x - g) < line / 2 && y > 0.3);
    return onGrid || (x > 0.14 && x < 0.86 && y > 0.12 && y < 0.24) ? WHITE : BLUE;
  });
}

for (const size of [16, 32, 64, 80]) {
  fs.writeFileSync(path.join(__dirname, "..", "assets", `icon-${size}.png`), icon(size));
}
