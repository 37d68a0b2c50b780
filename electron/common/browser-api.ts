import type { SubsetFont } from './contract.ts';

/**
 * The browser host's HTTP API paths, shared by the server (electron/browser-host) and
 * its client (renderer/host/browser-client.ts) so the two cannot drift apart.
 */
export const API = {
  deck: '/api/deck',
  events: '/api/events',
  openBytes: '/api/open-bytes',
  openRecent: '/api/open-recent',
  recent: '/api/recent',
  fonts: '/api/fonts',
  /** POST {ops: EditOp[]} → EditOutcome. */
  edit: '/api/edit',
  /** POST the picture's bytes (file name in FILE_NAME_HEADER) → PictureOutcome. */
  picture: '/api/picture',
  /** GET /api/deck-file/<src>: a picture of the open deck, from the deck's own folder only. */
  deckFile: '/api/deck-file/',
  /** POST ExportRequest → ExportOutcome (the export dialog). */
  export: '/api/export',
} as const;

/** Server-Sent Event names on API.events. */
export const SSE_EVENTS = { deck: 'deck' } as const;

/** Header carrying the file name of an upload (the body is the raw bytes). */
export const FILE_NAME_HEADER = 'X-Podium-File-Name';

/**
 * API.fonts answers with the fonts packed in one body (one request, not one per face):
 * a 4-byte big-endian length, that many bytes of JSON describing each font
 * ({family, weight, text, size}), then the fonts' bytes one after another.
 */
export function encodeFontPack(fonts: readonly SubsetFont[]): Uint8Array {
  const header = new TextEncoder().encode(JSON.stringify(fonts.map(({ family, weight, text, data }) => ({ family, weight, text, size: data.byteLength }))));
  const body = new Uint8Array(4 + header.byteLength + fonts.reduce((sum, font) => sum + font.data.byteLength, 0));
  new DataView(body.buffer).setUint32(0, header.byteLength);
  body.set(header, 4);
  let offset = 4 + header.byteLength;
  for (const font of fonts) {
    body.set(font.data, offset);
    offset += font.data.byteLength;
  }
  return body;
}

export function decodeFontPack(pack: ArrayBuffer): SubsetFont[] {
  const bytes = new Uint8Array(pack);
  if (bytes.byteLength < 4) throw new Error('Font pack: shorter than its header length.');
  const headerLength = new DataView(pack).getUint32(0);
  if (4 + headerLength > bytes.byteLength) throw new Error('Font pack: header runs past the end.');
  const entries = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + headerLength))) as Array<{ family: string; weight: number; text: string; size: number }>;
  let offset = 4 + headerLength;
  return entries.map(({ family, weight, text, size }) => {
    if (offset + size > bytes.byteLength) throw new Error(`Font pack: ${family} ${weight} runs past the end.`);
    const data = bytes.subarray(offset, offset + size);
    offset += size;
    return { family, weight, text, data };
  });
}
