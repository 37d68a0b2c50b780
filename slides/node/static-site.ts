import { randomBytes } from 'node:crypto';
import { cp, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { build, type BuildOptions } from 'esbuild';
import { CSP_DIRECTIVES, contentSecurityPolicy } from '../core/csp.ts';
import type { DeckModel } from '../core/model.ts';

/**
 * A static, offline copy of the renderer with a deck in it: what `podium build`
 * writes. It must open from file:// as well as from any static server, so:
 * - the deck is embedded in every page as <script type="application/json"
 *   id="podium-deck"> (file:// pages cannot fetch deck.json; deck.json is written
 *   too, for servers and tools);
 * - Vite's module scripts become classic scripts (Chromium refuses module scripts
 *   and `crossorigin` fetches from file://, whose origin is opaque): each page's
 *   entry chunk is bundled with its imports into one IIFE by esbuild;
 * - the app's CSP, which the hosts send as a header, goes into a <meta> tag.
 */

export const DECK_ELEMENT_ID = 'podium-deck';

/** JSON that is safe inside <script>: no '<' can close the element or open a comment. */
export function deckScriptElement(deck: DeckModel): string {
  const json = JSON.stringify(deck).replace(/</g, '\\u003c');
  return `<script type="application/json" id="${DECK_ELEMENT_ID}">${json}</script>`;
}

/** The policy of slides/core/csp.ts minus what a <meta> policy cannot carry. */
function metaCsp(): string {
  const policy = contentSecurityPolicy(CSP_DIRECTIVES.filter(([name]) => name !== 'frame-ancestors'));
  return `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
}

const MODULE_SCRIPT = /<script\b[^>]*\btype=["']module["'][^>]*\bsrc=["']([^"']+)["'][^>]*>\s*<\/script>/gi;
const MODULE_PRELOAD = /<link\b[^>]*\brel=["']modulepreload["'][^>]*>\s*/gi;
const CROSSORIGIN = /\s+crossorigin(?:=["'][^"']*["'])?(?=[\s>/])/gi;

/**
 * How a built renderer module (and what it imports) becomes one classic script, for pages
 * that cannot load modules (file://, an inline script); callers add where it goes and
 * what `import.meta.url` means there.
 */
export const CLASSIC_SCRIPT_BUILD = {
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  logLevel: 'silent',
} as const satisfies BuildOptions;

/** Bundles one built module (and what it imports) into a classic script file beside it. */
async function classicScript(siteDir: string, pageDir: string, src: string): Promise<string> {
  const entry = resolve(pageDir, src);
  if (!entry.startsWith(siteDir + sep)) throw new Error(`script outside the renderer build: ${src}`);
  const out = entry.replace(/\.m?js$/, '') + '.classic.js';
  await build({
    ...CLASSIC_SCRIPT_BUILD,
    entryPoints: [entry],
    outfile: out,
    // Vite resolves assets relative to the module's own URL; a classic script's is document.currentScript's.
    banner: { js: 'var __podiumScriptUrl=document.currentScript&&document.currentScript.src;' },
    define: { 'import.meta.url': '__podiumScriptUrl' },
  });
  return relative(pageDir, out).split(sep).join('/');
}

export async function staticPage(html: string, siteDir: string, pageDir: string, deck: DeckModel): Promise<string> {
  const scripts = [...html.matchAll(MODULE_SCRIPT)];
  let page = html;
  for (const match of scripts) {
    const classic = await classicScript(siteDir, pageDir, match[1]!);
    page = page.replace(match[0], `<script defer src="./${classic.replace(/^\.\//, '')}"></script>`);
  }
  page = page.replace(MODULE_PRELOAD, '').replace(CROSSORIGIN, '');
  const head = /<head\b[^>]*>/i.exec(page);
  if (!head || !/<\/head>/i.test(page)) throw new Error('the page has no <head>');
  const hasCsp = /http-equiv=["']Content-Security-Policy["']/i.test(page);
  page = page.replace(head[0], `${head[0]}${hasCsp ? '' : metaCsp()}`);
  return page.replace(/<\/head>/i, `${deckScriptElement(deck)}</head>`);
}

export interface StaticDeckResult {
  pages: string[];
}

/**
 * Builds the site in a temporary folder beside `outDir` and moves it into place
 * at the end, so a failure leaves `outDir` as it was (absent, or the previous build).
 */
export async function writeStaticDeck(rendererDir: string, outDir: string, deck: DeckModel): Promise<StaticDeckResult> {
  const target = resolve(outDir);
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(4).toString('hex')}.tmp`);
  await mkdir(dirname(target), { recursive: true });
  try {
    // Not the host's font sources (15 MB): a static deck has no host to cut fonts; its views load the slices.
    const sources = join(resolve(rendererDir), 'font-sources');
    await cp(rendererDir, temp, { recursive: true, filter: (source) => resolve(source) !== sources });
    const pages = (await readdir(temp)).filter((name) => name.endsWith('.html'));
    for (const name of pages) {
      const path = join(temp, name);
      await writeFile(path, await staticPage(await readFile(path, 'utf8'), temp, temp, deck));
    }
    await writeFile(join(temp, 'deck.json'), `${JSON.stringify(deck, null, 2)}\n`);
    await replaceDir(temp, target);
    return { pages };
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
}

async function replaceDir(from: string, to: string): Promise<void> {
  const exists = await stat(to).then(() => true, () => false);
  if (!exists) {
    await rename(from, to);
    return;
  }
  const old = `${from}.old`;
  await rename(to, old);
  try {
    await rename(from, to);
  } catch (error) {
    await rename(old, to);
    throw error;
  }
  await rm(old, { recursive: true, force: true });
}
