/** A request body, read whole up to a limit (the local servers' uploads and JSON requests). */
import type { IncomingMessage } from 'node:http';
import { HttpError } from './respond.ts';

/** Answered 413: the body is over its limit (the rest of it is not read). */
export class BodyTooLargeError extends HttpError {
  constructor(
    what: string,
    readonly limit: number,
  ) {
    super(413, `${what} is larger than ${limit >= 1024 * 1024 ? `${Math.round(limit / 1024 / 1024)} MB` : `${limit} bytes`}.`);
  }
}

export async function readBody(req: IncomingMessage, limit: number, what = 'The request body'): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) throw new BodyTooLargeError(what, limit);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLargeError(what, limit);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** A small JSON body; a SyntaxError becomes 400 with the parser's reason. */
export async function readJson(req: IncomingMessage, limit = 64 * 1024): Promise<unknown> {
  const text = (await readBody(req, limit)).toString('utf8');
  try {
    return JSON.parse(text || 'null') as unknown;
  } catch (error) {
    throw new HttpError(400, `Bad request body: ${error instanceof Error ? error.message : String(error)}`);
  }
}
