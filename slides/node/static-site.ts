import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { CSP_DIRECTIVES, contentSecurityPolicy } from '../core/csp.ts';
import { FONT_MANIFEST_FILE } from '../../renderer/fonts/bundled-families.ts';
import { DECK_SCRIPT_FILE, DECK_SCRIPT_GLOBAL, EMBEDDED_DECK_ELEMENT_ID } from '../../renderer/host/embedded-names.ts';
import type { DeckModel } from '../core/model.ts';
import { CLASSIC_MANIFEST_FILE, MODULE_SCRIPT, classicScriptFor, readClassicManifest } from './classic-scripts.ts';
import type { ClassicManifest } from './classic-scripts.ts';
import { fontSlicesFor } from './font-slices.ts';

/**
 * A static, offline copy of the renderer with a deck in it: what `podium build`
 * writes. It must open from file:// as well as from any static server, and it is made
 * without bundling anything (the renderer's build made what it needs), so:
 * - the deck is written once, as deck.js (a classic script that sets window.podiumDeck),
 *   which every page loads: file:// pages cannot fetch a JSON file;
 * - each page's module entry is swapped for the classic script the renderer's build made
 *   (Chromium refuses module scripts and `crossorigin` fetches from file://, whose origin is opaque);
 * - of the bundled font slices only those the deck's and the views' text needs are copied,
 *   and not the host's font sources (a static deck has no host to cut fonts);
 * - the app's CSP, which the hosts send as a header, goes into a <meta> tag.
 */

/** JSON that is safe inside <script>: no '<' can close the element or open a comment (the single-file export). */
export function deckScriptElement(deck: DeckModel): string {
  const json = JSON.stringify(deck).replace(/</g, '\\u003c');
  return `<script type="application/json" id="${EMBEDDED_DECK_ELEMENT_ID}">${json}</script>`;
}

/** deck.js: the deck as a JSON string literal (JSON.parse reads it faster than a JS object literal). */
export function deckScript(json: string): string {
  return `window.${DECK_SCRIPT_GLOBAL}=JSON.parse(${JSON.stringify(json)});\n`;
}

/** The deck in a static deck's deck.js (for tools and tests). */
export function parseDeckScript(script: string): DeckModel {
  const literal = /^window\.\w+=JSON\.parse\(("(?:[^"\\]|\\.)*")\);\s*$/s.exec(script)?.[1];
  if (literal === undefined) throw new Error(`not a Podium ${DECK_SCRIPT_FILE}`);
  return JSON.parse(JSON.parse(literal) as string) as DeckModel;
}

/** The policy of slides/core/csp.ts minus what a <meta> policy cannot carry. */
function metaCsp(): string {
  const policy = contentSecurityPolicy(CSP_DIRECTIVES.filter(([name]) => name !== 'frame-ancestors'));
  return `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
}

const MODULE_PRELOAD = /<link\b[^>]*\brel=["']modulepreload["'][^>]*>\s*/gi;
const CROSSORIGIN = /\s+crossorigin(?:=["'][^"']*["'])?(?=[\s>/])/gi;

/** A built page as a static deck's page: classic scripts, the deck script, a meta CSP. */
export function staticPage(html: string, root: string, manifest: ClassicManifest): string {
  let page = html.replace(MODULE_SCRIPT, (_whole, src: string) => `<script defer src="./${classicScriptFor(manifest, root, src)}"></script>`);
  page = page.replace(MODULE_PRELOAD, '').replace(CROSSORIGIN, '');
  const head = /<head\b[^>]*>/i.exec(page);
  if (!head || !/<\/head>/i.test(page)) throw new Error('the page has no <head>');
  const hasCsp = /http-equiv=["']Content-Security-Policy["']/i.test(page);
  page = page.replace(head[0], `${head[0]}${hasCsp ? '' : metaCsp()}`);
  return page.replace(/<\/head>/i, `<script src="./${DECK_SCRIPT_FILE}"></script></head>`);
}

export interface StaticDeckResult {
  pages: string[];
  /** Bundled font slices copied, of all in the build. */
  fontSlices?: { copied: number; of: number };
}

/** The build's files, '/'-separated, relative to the build's folder. */
async function filesOf(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/**
 * Builds the site in a temporary folder beside `outDir` and moves it into place
 * at the end, so a failure leaves `outDir` as it was (absent, or the previous build).
 */
export async function writeStaticDeck(rendererDir: string, outDir: string, deck: DeckModel): Promise<StaticDeckResult> {
  const root = resolve(rendererDir);
  const manifest = await readClassicManifest(root);
  const deckJson = JSON.stringify(deck);
  const [files, slices] = await Promise.all([filesOf(root), fontSlicesFor(root, [deckJson, ...Object.values(manifest.text)])]);
  // What a static deck does without: the host's font sources, the build's manifests, slices no text here needs.
  const skipped = new Set<string>([CLASSIC_MANIFEST_FILE, FONT_MANIFEST_FILE]);
  if (slices) {
    const needed = new Set(slices.needed.map((file) => file.url));
    for (const file of slices.all) if (!needed.has(file.url)) skipped.add(file.url);
  }
  const copied = files.filter((file) => !skipped.has(file) && !file.startsWith('font-sources/'));
  const pages = copied.filter((file) => !file.includes('/') && file.endsWith('.html'));

  const target = resolve(outDir);
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(4).toString('hex')}.tmp`);
  await mkdir(dirname(target), { recursive: true });
  try {
    const dirs = new Set(copied.map((file) => dirname(join(temp, file))));
    for (const dir of [...dirs].sort()) await mkdir(dir, { recursive: true });
    await Promise.all([
      ...copied.filter((file) => !pages.includes(file)).map((file) => copyFile(join(root, file), join(temp, file), constants.COPYFILE_FICLONE)),
      ...pages.map(async (name) => writeFile(join(temp, name), staticPage(await readFile(join(root, name), 'utf8'), root, manifest))),
      writeFile(join(temp, DECK_SCRIPT_FILE), deckScript(deckJson)),
    ]);
    await replaceDir(temp, target);
    return { pages, ...(slices ? { fontSlices: { copied: slices.needed.length, of: slices.all.length } } : {}) };
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
