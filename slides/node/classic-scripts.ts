/**
 * Classic (non-module) copies of the renderer's page scripts, made once when the renderer
 * is built (build/vite/classic-scripts-plugin.ts), for pages that cannot load ES modules:
 * a static deck opened from file:// (Chromium refuses module scripts and `crossorigin`
 * fetches from an opaque origin) and the single-file export's inline scripts. `podium build`
 * and the HTML export only look them up in classic-scripts.json; they bundle nothing.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { build, type BuildOptions } from 'esbuild';
import { say, type MessageRef } from '../core/messages/catalogue.ts';

export const CLASSIC_MANIFEST_FILE = 'classic-scripts.json';

export interface ClassicManifest {
  /** A page's module entry (path in the build, '/'-separated) → its classic script (same form). */
  scripts: Record<string, string>;
  /** By page (e.g. "index.html"): every non-ASCII character its HTML and scripts can show (the view's own words), sorted. */
  text: Record<string, string>;
}

/** A renderer build without the classic scripts, said from the catalogue (`message` is the English). */
export class ClassicScriptsMissingError extends Error {
  override name = 'ClassicScriptsMissingError';
  readonly hint: MessageRef = { key: 'export.classicScripts.hint' };
  constructor(readonly said: MessageRef) {
    super(say('en', said));
  }
}

/** A page's module entry scripts: `<script type="module" src>` with the src as written. */
export const MODULE_SCRIPT = /<script\b[^>]*\btype=["']module["'][^>]*\bsrc=["']([^"']+)["'][^>]*>\s*<\/script>/gi;

/**
 * How a built renderer module (and what it imports, dynamic imports included) becomes one
 * classic script. Vite resolves assets against the module's own URL; a classic script's is
 * its src, and an inline one's the document's.
 */
const CLASSIC_SCRIPT_BUILD = {
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  logLevel: 'silent',
  // UTF-8, not \u escapes: smaller, and the manifest's `text` can read the views' words from the code.
  charset: 'utf8',
  banner: { js: 'var __podiumScriptUrl=document.currentScript&&document.currentScript.src||document.baseURI;' },
  define: { 'import.meta.url': '__podiumScriptUrl' },
} as const satisfies BuildOptions;

const toPosix = (path: string): string => path.split(sep).join('/');

/** The module entry a page's `src` names, as a path in the build; refuses one outside it. */
export function entryPath(root: string, src: string): string {
  const file = resolve(root, src.replace(/^\.\//, ''));
  if (!file.startsWith(resolve(root) + sep)) throw new Error(`a page refers to a script outside the renderer build: ${src}`);
  return toPosix(relative(root, file));
}

const nonAscii = (text: string): Set<string> => new Set([...text].filter((char) => char.codePointAt(0)! > 0x7f));

/** Build time: a classic script beside each page's module entry, and the manifest. */
export async function writeClassicScripts(rendererDir: string, pages: readonly string[]): Promise<ClassicManifest> {
  const root = resolve(rendererDir);
  const scripts: Record<string, string> = {};
  const text: Record<string, string> = {};
  for (const page of pages) {
    const html = await readFile(resolve(root, page), 'utf8');
    const chars = nonAscii(html);
    for (const [, src] of html.matchAll(MODULE_SCRIPT)) {
      const entry = entryPath(root, src!);
      const classic = entry.replace(/\.m?js$/, '') + '.classic.js';
      const result = await build({ ...CLASSIC_SCRIPT_BUILD, entryPoints: [resolve(root, entry)], outfile: resolve(root, classic), write: false });
      const code = result.outputFiles[0]!.text;
      await writeFile(resolve(root, classic), code);
      for (const char of nonAscii(code)) chars.add(char);
      scripts[entry] = classic;
    }
    text[page] = [...chars].sort().join('');
  }
  const manifest: ClassicManifest = { scripts, text };
  await writeFile(resolve(root, CLASSIC_MANIFEST_FILE), JSON.stringify(manifest));
  return manifest;
}

/** Run time: the manifest of a built renderer, or a ClassicScriptsMissingError saying how to make it. */
export async function readClassicManifest(rendererDir: string): Promise<ClassicManifest> {
  const file = resolve(rendererDir, CLASSIC_MANIFEST_FILE);
  const text = await readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined) throw new ClassicScriptsMissingError({ key: 'export.noClassicScripts', values: { root: resolve(rendererDir), manifest: CLASSIC_MANIFEST_FILE } });
  return JSON.parse(text) as ClassicManifest;
}

/** The classic script for a page's module entry `src`. */
export function classicScriptFor(manifest: ClassicManifest, root: string, src: string): string {
  const classic = manifest.scripts[entryPath(root, src)];
  if (!classic) throw new ClassicScriptsMissingError({ key: 'export.staleClassicScript', values: { src } });
  return classic;
}
