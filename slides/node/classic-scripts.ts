/**
 * Classic (non-module) copies of the renderer's page scripts, made once when the renderer
 * is built (build/vite/classic-scripts-plugin.ts), for pages that cannot load ES modules:
 * a static deck opened from file:// (Chromium refuses module scripts and `crossorigin`
 * fetches from an opaque origin) and the single-file export's inline scripts. `podium build`
 * and the HTML export only look them up in classic-scripts.json; they bundle nothing.
 */
import { readFile } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
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

const toPosix = (path: string): string => path.split(sep).join('/');

/** The module entry a page's `src` names, as a path in the build; refuses one outside it. */
export function entryPath(root: string, src: string): string {
  const file = resolve(root, src.replace(/^\.\//, ''));
  if (!file.startsWith(resolve(root) + sep)) throw new Error(`a page refers to a script outside the renderer build: ${src}`);
  return toPosix(relative(root, file));
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
