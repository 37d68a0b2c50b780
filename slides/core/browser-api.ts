import type { SubsetFont } from './fonts.ts';

/**
 * The HTTP API of Podium's local servers (the browser host and the CLI's print server),
 * shared by the servers (slides/node/http) and their client (renderer/host/browser-client.ts)
 * so the two cannot drift apart. Pure: no DOM, no Node.
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
  /** GET /api/deck-file/<key>/<src>: a picture of the open deck, from the deck's own folder only, under a per-launch secret path (an <img> sends no token). */
  deckFile: '/api/deck-file/',
  /** POST a new draft's bytes (file name in FILE_NAME_HEADER) → RevisionOutcome (文件 ▸ 导入修订稿). */
  revision: '/api/revision',
  /** POST ExportRequest → ExportOutcome (the export dialog). */
  export: '/api/export',
  /** POST {code}: a one-time launch code → this launch's access token (see ACCESS_TOKEN_HEADER). */
  session: '/api/session',
} as const;

/** Server-Sent Event names on API.events. */
export const SSE_EVENTS = { deck: 'deck' } as const;

/** Header carrying the file name of an upload (the body is the raw bytes), percent-encoded. */
export const FILE_NAME_HEADER = 'X-Podium-File-Name';

/** Header every API call carries: the per-launch secret the page got in exchange for its launch code. */
export const ACCESS_TOKEN_HEADER = 'X-Podium-Token';

/** Name of the URL-fragment parameter that carries a one-time launch code (`page.html#podium-launch=…`). */
export const LAUNCH_PARAM = 'podium-launch';

/** JSON as 7-bit ASCII (every other character \u-escaped): bytes and text without TextEncoder. */
function asciiJson(value: unknown): Uint8Array {
  const text = JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i += 1) bytes[i] = text.charCodeAt(i);
  return bytes;
}

function parseAsciiJson(bytes: Uint8Array): unknown {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) text += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return JSON.parse(text) as unknown;
}

/**
 * API.fonts answers with the fonts packed in one body (one request, not one per face):
 * a 4-byte big-endian length, that many bytes of JSON (ASCII) describing each font
 * ({family, weight, text, size}), then the fonts' bytes one after another.
 */
export function encodeFontPack(fonts: readonly SubsetFont[]): Uint8Array {
  const header = asciiJson(fonts.map(({ family, weight, text, data }) => ({ family, weight, text, size: data.byteLength })));
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
  const entries = parseAsciiJson(bytes.subarray(4, 4 + headerLength)) as Array<{ family: string; weight: number; text: string; size: number }>;
  let offset = 4 + headerLength;
  return entries.map(({ family, weight, text, size }) => {
    if (offset + size > bytes.byteLength) throw new Error(`Font pack: ${family} ${weight} runs past the end.`);
    const data = bytes.subarray(offset, offset + size);
    offset += size;
    return { family, weight, text, data };
  });
}
