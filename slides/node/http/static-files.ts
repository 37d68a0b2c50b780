/**
 * Serves the built renderer's files, and nothing outside its folder: the URL path is
 * resolved inside the root and anything that escapes it (.., encoded slashes, absolute
 * paths), names a dotfile, or passes through a symbolic link is answered 404. The file is
 * opened with O_NOFOLLOW and served from that descriptor, so a link swapped in after the
 * check is not followed either.
 */
import { constants } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, relative, resolve, sep } from 'node:path';
import { securityHeaders } from '../../core/csp.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
};

/** The file a URL path names inside `root`, or undefined when it would leave it. */
export function resolveInside(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\') || decoded.split('/').some((part) => part.startsWith('.'))) return undefined;
  const file = resolve(root, `.${decoded}`);
  return file.startsWith(root.endsWith(sep) ? root : root + sep) ? file : undefined;
}

/** Whether `file` (inside `root`) is reached without passing through any symbolic link below the root. */
async function reachedWithoutLinks(root: string, file: string): Promise<boolean> {
  const [realRoot, realFile] = await Promise.all([realpath(root), realpath(file)]).catch(() => [undefined, undefined]);
  return realRoot !== undefined && realFile === resolve(realRoot, relative(root, file));
}

function notFound(res: ServerResponse, urlPath: string): void {
  res.writeHead(404, { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(`Not found: ${urlPath}`);
}

/** `pageHeaders` go on HTML pages only. */
export async function serveStatic(root: string, urlPath: string, req: IncomingMessage, res: ServerResponse, pageHeaders: Record<string, string> = {}): Promise<void> {
  const file = resolveInside(root, urlPath);
  const type = file ? TYPES[extname(file).toLowerCase()] : undefined;
  if (!file || !type || !(await reachedWithoutLinks(root, file))) return notFound(res, urlPath);
  const handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW).catch(() => undefined);
  if (!handle) return notFound(res, urlPath);
  const info = await handle.stat().catch(() => undefined);
  if (!info?.isFile()) {
    await handle.close();
    return notFound(res, urlPath);
  }
  // Vite names built assets by content hash; pages must always be fresh.
  const cache = urlPath.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-store';
  const page = extname(file).toLowerCase() === '.html' ? pageHeaders : {};
  res.writeHead(200, { ...securityHeaders(), ...page, 'Content-Type': type, 'Content-Length': info.size, 'Cache-Control': cache });
  if (req.method === 'HEAD') {
    await handle.close();
    res.end();
    return;
  }
  handle.createReadStream().pipe(res);
}
