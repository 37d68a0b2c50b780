/**
 * The table directory of an OpenType / TrueType font or of one face of a collection (.ttc):
 * enough to read a table (OS/2 for the licence flags) and to take one face out of a
 * collection as a font file of its own.
 */

/** Where each table of the face at `index` is (a collection's faces share one file). */
export function sfntTables(data: Uint8Array, index: number): Map<string, { offset: number; length: number }> {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const tag = (at: number): string => String.fromCharCode(data[at] ?? 0, data[at + 1] ?? 0, data[at + 2] ?? 0, data[at + 3] ?? 0);
  let start = 0;
  if (tag(0) === 'ttcf') {
    const count = view.getUint32(8);
    if (index >= count) throw new RangeError(`The collection has ${count} faces; there is no face ${index}.`);
    start = view.getUint32(12 + 4 * index);
  }
  const tables = new Map<string, { offset: number; length: number }>();
  const count = view.getUint16(start + 4);
  for (let i = 0; i < count; i += 1) {
    const record = start + 12 + 16 * i;
    tables.set(tag(record), { offset: view.getUint32(record + 8), length: view.getUint32(record + 12) });
  }
  return tables;
}

/**
 * One face of a collection as a font file of its own (the subsetter reads face 0 of what it is
 * given); a single font is returned as it is.
 */
export function extractFace(data: Buffer, index: number): Buffer {
  if (data.subarray(0, 4).toString('latin1') !== 'ttcf') return data;
  const tables = [...sfntTables(data, index)];
  const start = data.readUInt32BE(12 + 4 * index);
  const header = Buffer.alloc(12 + 16 * tables.length);
  // The face's own sfnt header (version, table count, search fields), then its records with new offsets.
  data.copy(header, 0, start, start + 12);
  const bodies: Buffer[] = [];
  let offset = header.length;
  tables.forEach(([, table], i) => {
    const record = start + 12 + 16 * i;
    data.copy(header, 12 + 16 * i, record, record + 8);
    header.writeUInt32BE(offset, 12 + 16 * i + 8);
    header.writeUInt32BE(table.length, 12 + 16 * i + 12);
    const padded = Buffer.alloc((table.length + 3) & ~3);
    data.copy(padded, 0, table.offset, table.offset + table.length);
    bodies.push(padded);
    offset += padded.length;
  });
  return Buffer.concat([header, ...bodies]);
}
