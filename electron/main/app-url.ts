/**
 * The app's own origin, `podium://app/…`, served from dist/renderer by the custom
 * scheme (scheme.ts) instead of file://. Pure functions: URL → file inside the
 * renderer folder (never outside it), views → URLs, content types.
 */
import path from 'node:path';
import type { ViewName } from '../common/contract.ts';

export const APP_SCHEME = 'podium';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export const VIEW_PAGES: { readonly [V in ViewName]: string } = {
  audience: 'index.html',
  presenter: 'presenter.html',
  teleprompter: 'teleprompter.html',
  rehearsal: 'rehearsal.html',
  print: 'print.html',
  editor: 'editor.html',
};

export function viewUrl(view: ViewName, query?: Record<string, string>): string {
  const url = new URL(`${APP_ORIGIN}/${VIEW_PAGES[view]}`);
  for (const [key, value] of Object.entries(query ?? {})) url.searchParams.set(key, value);
  return url.toString();
}

/** True for any URL of the app's own origin (pages, assets). */
export function isAppUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
  } catch {
    return false;
  }
}

/** Which view a page URL is, if it is one of ours. */
export function viewOfUrl(raw: string): ViewName | undefined {
  if (!isAppUrl(raw)) return undefined;
  const page = new URL(raw).pathname.replace(/^\/+/, '') || VIEW_PAGES.audience;
  return (Object.keys(VIEW_PAGES) as ViewName[]).find((view) => VIEW_PAGES[view] === page);
}

export type ResolvedPath = { ok: true; file: string } | { ok: false; status: 400 | 403 | 404; reason: string };

/**
 * Maps a request URL to a file under `root`. Refuses other origins, undecodable
 * escapes, NUL bytes, backslashes (a Windows separator smuggled past URL parsing),
 * and anything that normalises to a place outside `root`.
 */
export function resolveAppPath(root: string, requestUrl: string): ResolvedPath {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { ok: false, status: 400, reason: 'not a URL' };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) {
    return { ok: false, status: 403, reason: `not the app's origin: ${url.origin}` };
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return { ok: false, status: 400, reason: 'malformed percent-escape' };
  }
  if (pathname.includes('\0') || pathname.includes('\\')) {
    return { ok: false, status: 403, reason: 'forbidden character in path' };
  }
  const relative = path.posix.normalize(pathname.replace(/^\/+/, '')) || '.';
  const target = relative === '.' || relative.endsWith('/') ? path.posix.join(relative, VIEW_PAGES.audience) : relative;
  if (target === '..' || target.startsWith('../') || path.posix.isAbsolute(target)) {
    return { ok: false, status: 403, reason: 'path leaves the app folder' };
  }
  const rootResolved = path.resolve(root);
  const file = path.resolve(rootResolved, ...target.split('/'));
  const inside = path.relative(rootResolved, file);
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) {
    return { ok: false, status: 403, reason: 'path leaves the app folder' };
  }
  return { ok: true, file };
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
};

export function contentType(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}
