/**
 * Small PNG pictures made in the test (no picture files in the repository): a real, whole PNG
 * of any size with a recognisable pattern, and header-only "bombs" that claim a huge size.
 */
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function header(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // truecolour RGB
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr)]);
}

/** A whole RGB PNG: a red-to-blue gradient with a white diagonal band (easy to see in a screenshot or a PDF). */
export function gradientPng(width: number, height: number): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) {
      const t = x / Math.max(1, width - 1);
      const band = Math.abs(x / width - y / height) < 0.06;
      row[1 + x * 3] = band ? 255 : Math.round(193 * (1 - t) + 29 * t);
      row[2 + x * 3] = band ? 255 : Math.round(18 * (1 - t) + 79 * t);
      row[3 + x * 3] = band ? 255 : Math.round(31 * (1 - t) + 145 * t);
    }
    rows.push(row);
  }
  return Buffer.concat([header(width, height), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

/** A small file that claims `width`×`height` pixels (an image bomb): header, a little data, end. */
export function bombPng(width: number, height: number): Buffer {
  return Buffer.concat([header(width, height), chunk('IDAT', deflateSync(Buffer.alloc(1024))), chunk('IEND', Buffer.alloc(0))]);
}
