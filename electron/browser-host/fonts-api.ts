/**
 * POST API.fonts for the local servers (browser host, print server): {faces, text} →
 * the fonts cut for it, packed in one body (encodeFontPack). Checked as the IPC request is.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { BodyTooLargeError, readBody } from './read-body.ts';
import { encodeFontPack } from '../common/browser-api.ts';
import type { FaceSpec } from '../common/contract.ts';
import { securityHeaders } from '../common/csp.ts';
import type { FontSubsetter } from '../../slides/node/font-subsetter.ts';
import { ARG_VALIDATORS, IpcRejection, MAX_FONT_TEXT } from '../main/ipc-validation.ts';

/** A request the client got wrong: answered 400 with this message. */
export class FontRequestError extends Error {}

/** The same checks as the IPC request (ARG_VALIDATORS.fontsFor), on the JSON body. */
function parseRequest(body: Buffer): { faces: FaceSpec[]; text: string } {
  let value: unknown;
  try {
    value = JSON.parse(body.toString('utf8'));
  } catch (error) {
    throw new FontRequestError(`Bad request body: ${error instanceof Error ? error.message : String(error)}`);
  }
  const { faces, text } = (value ?? {}) as { faces?: unknown; text?: unknown };
  try {
    const [checkedFaces, checkedText] = ARG_VALIDATORS.fontsFor.check([faces, text]);
    return { faces: checkedFaces, text: checkedText };
  } catch (error) {
    if (!(error instanceof IpcRejection)) throw error;
    throw new FontRequestError(`Body must be {"faces": [{"family", "weight"}, …], "text": "…"}: ${error.message}.`);
  }
}

export async function serveFonts(subsetter: FontSubsetter, req: IncomingMessage, res: ServerResponse): Promise<void> {
  let body: Buffer;
  try {
    body = await readBody(req, 4 * MAX_FONT_TEXT + 4096);
  } catch (error) {
    if (error instanceof BodyTooLargeError) throw new FontRequestError(error.message);
    throw error;
  }
  const { faces, text } = parseRequest(body);
  let fonts;
  try {
    fonts = await subsetter.subset(faces, text);
  } catch (error) {
    if (error instanceof RangeError) throw new FontRequestError(error.message);
    throw error;
  }
  const pack = encodeFontPack(fonts);
  res.writeHead(200, { ...securityHeaders(), 'Content-Type': 'application/octet-stream', 'Content-Length': pack.byteLength, 'Cache-Control': 'no-store' });
  res.end(pack);
}
