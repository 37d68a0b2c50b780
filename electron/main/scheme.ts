/**
 * The app's own origin: `podium://app/…` serves dist/renderer instead of file://,
 * so pages get a real origin (web storage, BroadcastChannel between views, CSP 'self')
 * and no file on disk outside the renderer folder is reachable.
 */
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { securityHeaders } from '../../slides/core/csp.ts';
import { APP_SCHEME, contentType, resolveAppPath } from './app-url.ts';
import { API } from '../../slides/core/browser-api.ts';
import { PICTURE_MIME, readPicture } from '../../slides/node/pictures.ts';

/** Must run before `app` is ready (Electron's rule for privileged schemes). */
export function registerPrivilegedScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      // standard: relative URLs and an origin; secure: a secure context like https. No CSP bypass, no service workers.
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

function refusal(status: number, reason: string): Response {
  return new Response(`${status} ${reason}`, {
    status,
    headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/** podium://app/api/deck-file/<src>: a picture of the open deck, from its folder only, checked again by its bytes. */
async function deckPicture(requestUrl: string, deckFolder: string | undefined): Promise<Response | undefined> {
  const { pathname } = new URL(requestUrl);
  if (!pathname.startsWith(API.deckFile)) return undefined;
  let src: string;
  try {
    src = decodeURIComponent(pathname.slice(API.deckFile.length));
  } catch {
    return refusal(400, 'malformed percent-escape');
  }
  const picture = deckFolder === undefined ? undefined : await readPicture(deckFolder, src);
  if (!picture) return refusal(404, 'not found');
  return new Response(new Uint8Array(picture.data), {
    status: 200,
    headers: { ...securityHeaders(), 'Content-Type': PICTURE_MIME[picture.type], 'Cache-Control': 'no-cache' },
  });
}

export function setupScheme(rendererDir: string, deckFolder: () => string | undefined): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405, 'method not allowed');
    const picture = await deckPicture(request.url, deckFolder()).catch(() => refusal(400, 'bad picture request'));
    if (picture) return picture;
    const resolved = resolveAppPath(rendererDir, request.url);
    if (!resolved.ok) {
      console.warn(`podium: refused ${request.url}: ${resolved.reason}`);
      return refusal(resolved.status, resolved.reason);
    }
    let body: Buffer;
    try {
      body = await readFile(resolved.file);
    } catch {
      return refusal(404, 'not found');
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: { ...securityHeaders(), 'Content-Type': contentType(resolved.file), 'Cache-Control': 'no-cache' },
    });
  });
}
