/**
 * The one guard in front of every HTTP server Podium starts (browser host, print server,
 * any later one). Every request must name the server's own loopback address in Host
 * (DNS rebinding) and must not come from another site; API requests must also prove they
 * come from our own pages (same-origin Sec-Fetch-Site or Origin) and carry this launch's
 * access token. Pure: the server hands in the request's method, headers and kind.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { ACCESS_TOKEN_HEADER } from '../../core/browser-api.ts';
import { HttpError } from './respond.ts';

/** The names a browser on this machine may use for a server on 127.0.0.1:port. */
const LOOPBACK_NAMES = ['127.0.0.1', 'localhost'];

/** Host header values that name this server: a browser leaves out the default port 80. */
export function ownHosts(port: number): string[] {
  return LOOPBACK_NAMES.flatMap((name) => (port === 80 ? [name, `${name}:80`] : [`${name}:${port}`]));
}

/** Origins of our own pages (serialized as browsers do: no default port). */
export function ownOrigins(port: number): string[] {
  return LOOPBACK_NAMES.map((name) => (port === 80 ? `http://${name}` : `http://${name}:${port}`));
}

export interface GuardedRequest {
  method: string;
  headers: IncomingHttpHeaders;
  /** An API call (data or state) rather than one of the app's static files. */
  api: boolean;
  /**
   * An API call that brings its own secret instead of the token header: the session
   * exchange (a launch code) or a capability path (a picture key an <img> cannot send a header with).
   */
  ownSecret?: boolean;
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(',') : value;
}

/**
 * Throws HttpError (421 or 403) unless the request may be served. `isToken` compares a
 * presented token with this launch's secret (constant time).
 */
export function guardRequest(request: GuardedRequest, port: number, isToken: (presented: string) => boolean): void {
  const { headers, method } = request;
  const host = single(headers.host)?.toLowerCase();
  if (host === undefined || !ownHosts(port).includes(host)) throw new HttpError(421, 'Unknown host: this server answers only to its own loopback address.');

  const site = single(headers['sec-fetch-site']);
  const origin = single(headers.origin);
  // Pages may be opened by the user (none) or by our own pages; nothing of ours is for other sites.
  if (site !== undefined && site !== 'same-origin' && site !== 'none') throw new HttpError(403, 'Cross-site requests are refused.');
  if (origin !== undefined && !ownOrigins(port).includes(origin)) throw new HttpError(403, 'Requests from other origins are refused.');
  if (!request.api) {
    if (method !== 'GET' && method !== 'HEAD') throw new HttpError(405, 'Method not allowed.');
    return;
  }
  // The API: only our own pages' fetches (a browser always sends one of these to a loopback
  // origin), writes always with Origin, and always this launch's token.
  if (site !== 'same-origin' && origin === undefined) throw new HttpError(403, 'API requests must come from a Podium page (no Origin or Sec-Fetch-Site: same-origin).');
  if (method !== 'GET' && method !== 'HEAD' && origin === undefined) throw new HttpError(403, 'Writes must carry the Origin of a Podium page.');
  if (request.ownSecret) return;
  const token = single(headers[ACCESS_TOKEN_HEADER.toLowerCase()]);
  if (token === undefined || !isToken(token)) throw new HttpError(403, `Missing or wrong ${ACCESS_TOKEN_HEADER}: open the views from Podium (each launch has its own key).`);
}
