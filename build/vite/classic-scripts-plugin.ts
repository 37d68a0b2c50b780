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

/** Ideographs and other CJK letters: in a library's code they are data (pinyin-pro's dictionary, a list of common characters), not words it shows. */
const CJK_LETTER = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}]/u;

/** What chunkTexts reads of Vite's output bundle (its chunks; assets are passed over). */
interface BuiltFile {
  readonly type: 'chunk' | 'asset';
  readonly fileName: string;
  readonly modules?: Readonly<Record<string, { readonly code: string | null }>>;
  readonly imports?: readonly string[];
  readonly dynamicImports?: readonly string[];
}

/** A built chunk (file name in the build) → the characters its modules can show, and the chunks it loads. */
export type ChunkTexts = ReadonlyMap<string, { chars: ReadonlySet<string>; loads: readonly string[] }>;

/**
 * What each chunk of the bundle can draw beyond the deck's own text: every non-ASCII character
 * of the project's modules (the message catalogue, the views' own marks and labels); of a
 * library's modules only those that are not CJK letters (pinyin's tone marks, punctuation).
 * A library's Chinese is data: what the views show from it is the deck's own characters
 * (pinyin of the deck's rare characters, which is Latin). Reading whole scripts instead
 * made pinyin-pro's dictionary ask for nearly every font slice.
 */
export function chunkTexts(bundle: Readonly<Record<string, BuiltFile>>): ChunkTexts {
  const texts = new Map<string, { chars: Set<string>; loads: string[] }>();
  for (const chunk of Object.values(bundle)) {
    if (chunk.type !== 'chunk') continue;
    const chars = new Set<string>();
    for (const [id, module] of Object.entries(chunk.modules ?? {})) {
      const library = id.includes('/node_modules/');
      for (const char of nonAscii(module.code ?? '')) if (!library || !CJK_LETTER.test(char)) chars.add(char);
    }
    texts.set(chunk.fileName, { chars, loads: [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])] });
  }
  return texts;
}

/** The characters of `entry` and every chunk it loads, directly or not. */
function charsFrom(entry: string, texts: ChunkTexts): Set<string> {
  const chars = new Set<string>();
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const name = queue.pop()!;
    if (seen.has(name)) continue;
    seen.add(name);
    const chunk = texts.get(name);
    if (!chunk) continue;
    for (const char of chunk.chars) chars.add(char);
    queue.push(...chunk.loads);
  }
  return chars;
}

/**
 * Build time: a classic script beside each page's module entry, and the manifest. The page's
 * text comes from `texts` (Vite's bundle, see chunkTexts); without it (a renderer written by
 * hand, as tests do) from the classic script's code.
 */
export async function writeClassicScripts(rendererDir: string, pages: readonly string[], texts?: ChunkTexts): Promise<ClassicManifest> {
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
      for (const char of texts ? charsFrom(entry, texts) : nonAscii(code)) chars.add(char);
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
  let texts: ChunkTexts | undefined;
  return {
    name: 'podium-classic-scripts',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    generateBundle(_options, bundle) {
      texts = chunkTexts(bundle);
    },
    async writeBundle() {
      await writeClassicScripts(outDir, pages, texts);
    },
  };
}
