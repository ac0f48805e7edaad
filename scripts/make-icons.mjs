#!/usr/bin/env node
/**
 * Draws the app icons as PNG files into static/icons/ with nothing but node:zlib, so the icons
 * are reproducible from code and need no image tool or dependency. The PNGs are committed; run
 * `node scripts/make-icons.mjs` again only when the design changes.
 *
 * The design is static/favicon.svg (a teal rounded square with three white bars) on a 64-unit
 * grid. `icon-192.png` and `icon-512.png` keep the rounded corners ("any" purpose);
 * `maskable-512.png` fills the square edge to edge and shrinks the bars into the central safe
 * zone, because launchers crop maskable icons to circles or squircles.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const TEAL = [0x0f, 0x4c, 0x5c];
const WHITE = [0xff, 0xff, 0xff];
/** The favicon's bars as [x0, y0, x1, y1] on the 64-unit grid. */
const BARS = [
  [14, 30, 22, 46],
  [28, 18, 36, 46],
  [42, 24, 50, 46]
];
const SAMPLES = 4; // 4×4 supersampling per pixel for smooth edges

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** Encodes RGBA pixels (size×size×4) as a PNG: one IDAT, filter 0 on every scanline. */
export function encodePng(size, rgba) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0))
  ]);
}

function insideRoundedSquare(x, y, radius) {
  const cx = Math.min(Math.max(x, radius), 64 - radius);
  const cy = Math.min(Math.max(y, radius), 64 - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

/** Which colour the point (x, y) of the 64-grid has, or null when transparent. */
function colourAt(x, y, maskable) {
  if (!maskable && !insideRoundedSquare(x, y, 12)) return null;
  // Maskable: scale the bars by 0.8 around the centre so they stay inside the safe circle.
  const scale = maskable ? 0.8 : 1;
  const gx = 32 + (x - 32) / scale;
  const gy = 32 + (y - 32) / scale;
  for (const [x0, y0, x1, y1] of BARS) if (gx >= x0 && gx < x1 && gy >= y0 && gy < y1) return WHITE;
  return TEAL;
}

export function drawIcon(size, maskable) {
  const rgba = Buffer.alloc(size * size * 4);
  const unit = 64 / size;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const colour = colourAt((px + (sx + 0.5) / SAMPLES) * unit, (py + (sy + 0.5) / SAMPLES) * unit, maskable);
          if (!colour) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          a += 1;
        }
      }
      const o = (py * size + px) * 4;
      if (a > 0) {
        // Premultiplied accumulation → straight alpha: average colour over covered samples.
        rgba[o] = Math.round(r / a);
        rgba[o + 1] = Math.round(g / a);
        rgba[o + 2] = Math.round(b / a);
        rgba[o + 3] = Math.round((255 * a) / (SAMPLES * SAMPLES));
      }
    }
  }
  return encodePng(size, rgba);
}

const ICONS = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'maskable-512.png', size: 512, maskable: true }
];

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = resolve(dirname(fileURLToPath(import.meta.url)), '../static/icons');
  mkdirSync(outDir, { recursive: true });
  for (const { file, size, maskable } of ICONS) {
    const png = drawIcon(size, maskable);
    writeFileSync(resolve(outDir, file), png);
    console.log(`${file}: ${size}×${size}${maskable ? ' maskable' : ''}, ${png.length} bytes`);
  }
}
