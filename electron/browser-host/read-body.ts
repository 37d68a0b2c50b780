/** A request body, read whole up to a limit (the local servers' uploads and JSON requests). */
import type { IncomingMessage } from 'node:http';

export class BodyTooLargeError extends Error {
  constructor(what: string, readonly limit: number) {
    super(`${what} is larger than ${limit >= 1024 * 1024 ? `${Math.round(limit / 1024 / 1024)} MB` : `${limit} bytes`}.`);
  }
}

export async function readBody(req: IncomingMessage, limit: number, what = 'The request body'): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLargeError(what, limit);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
