/**
 * Vite plugin: once the renderer is written, a classic-script copy of each page's module
 * entry and classic-scripts.json (slides/node/classic-scripts.ts), so `podium build` and the
 * single-file HTML export take ready scripts instead of bundling at every run.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build, type BuildOptions } from 'esbuild';
import type { Plugin } from 'vite';
import { CLASSIC_MANIFEST_FILE, MODULE_SCRIPT, entryPath } from '../../slides/node/classic-scripts.ts';
import type { ClassicManifest } from '../../slides/node/classic-scripts.ts';

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


export function classicScriptsPlugin(pages: readonly string[]): Plugin {
  let outDir = '';
  return {
    name: 'podium-classic-scripts',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async writeBundle() {
      await writeClassicScripts(outDir, pages);
    },
  };
}
