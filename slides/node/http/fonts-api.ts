/**
 * POST API.fonts for the local servers (browser host, print server): {faces, text} →
 * the fonts cut for it, packed in one body (encodeFontPack). Checked as the IPC request is
 * (slides/core/fonts.ts).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { encodeFontPack } from '../../core/browser-api.ts';
import { securityHeaders } from '../../core/csp.ts';
import { checkFontRequest, FontRequestError, MAX_FONT_TEXT } from '../../core/fonts.ts';
import type { FontSubsetter } from '../font-subsetter.ts';
import { readJson } from './read-body.ts';
import { HttpError } from './respond.ts';

export async function serveFonts(subsetter: FontSubsetter, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const { faces: rawFaces, text: rawText } = ((await readJson(req, 4 * MAX_FONT_TEXT + 4096)) ?? {}) as { faces?: unknown; text?: unknown };
  let request;
  try {
    request = checkFontRequest(rawFaces, rawText);
  } catch (error) {
    if (error instanceof FontRequestError) throw new HttpError(400, `Body must be {"faces": [{"family", "weight"}, …], "text": "…"}: ${error.message}.`);
    throw error;
  }
  let fonts;
  try {
    fonts = await subsetter.subset(request.faces, request.text);
  } catch (error) {
    if (error instanceof RangeError) throw new HttpError(400, error.message);
    throw error;
  }
  const pack = encodeFontPack(fonts);
  res.writeHead(200, { ...securityHeaders(), 'Content-Type': 'application/octet-stream', 'Content-Length': pack.byteLength, 'Cache-Control': 'no-store' });
  res.end(pack);
}
