/**
 * The app's own origin: `podium://app/…` serves dist/renderer instead of file://,
 * so pages get a real origin (web storage, BroadcastChannel between views, CSP 'self')
 * and no file on disk outside the renderer folder is reachable.
 */
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { securityHeaders } from '../../slides/core/csp.ts';
import { APP_SCHEME, contentType, resolveAppPath } from './app-url.ts';

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

export function setupScheme(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405, 'method not allowed');
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
