/** Answers of Podium's local HTTP servers: every one with the same security headers. */
import type { ServerResponse } from 'node:http';
import { securityHeaders } from '../../core/csp.ts';

/** A request we refuse or cannot serve: answered with this status and message. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export function send(res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, { ...securityHeaders(), 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

export function sendJson(res: ServerResponse, value: unknown): void {
  send(res, 200, JSON.stringify(value), 'application/json; charset=utf-8');
}
