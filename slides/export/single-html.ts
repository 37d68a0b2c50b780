/**
 * Single-file HTML export: one .html that presents offline in any modern browser.
 * It holds the built audience view (index.html) and the speaker view
 * (presenter.html): their scripts re-bundled as classic inline scripts, their styles
 * inline, the fonts as data: URLs in <script id="podium-fonts"> (only the bundled
 * unicode-range slices the deck and the views' own words use; the views' font registry
 * takes them from there), and the deck as JSON in <script id="podium-deck">, which
 * the renderer's host reads as in `podium build`'s static deck. Opening the file
 * shows the audience view; the same file with #presenter is the speaker view (S
 * opens it; the speaker view's "open audience" opens the file itself). A <meta> CSP
 * allows exactly these inline scripts by hash, and nothing from the network.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { dirname, extname, resolve, sep } from 'node:path';
import type { DeckModel } from '../core/model.ts';
import { MODULE_SCRIPT, classicScriptFor, readClassicManifest } from '../node/classic-scripts.ts';
import type { ClassicManifest } from '../node/classic-scripts.ts';
import { fontSlicesFor } from '../node/font-slices.ts';
import { deckScriptElement } from '../node/static-site.ts';
import { INLINE_FONTS_ELEMENT_ID } from '../../renderer/fonts/inline-fonts.ts';
import { rendererDir as checkedRendererDir } from './renderer-dir.ts';

/** The views in the file: query-less file = audience, #presenter = speaker view. */
const VIEWS = [
  { name: 'audience', page: 'index.html', hash: '' },
  { name: 'presenter', page: 'presenter.html', hash: '#presenter' },
] as const;

const MIME: Record<string, string> = {
  '.woff2': 'font/woff2', '.woff': 'font/woff', '.png': 'image/png', '.svg': 'image/svg+xml', '.jpg': 'image/jpeg', '.gif': 'image/gif',
};

interface BuiltView {
  name: string;
  hash: string;
  title: string;
  htmlClass: string;
  body: string;
  script: string;
  css: string;
}

const inside = (root: string, file: string): boolean => file.startsWith(root.endsWith(sep) ? root : root + sep);

/** The classic script the renderer's build made for a page's module entry, ready to go inline. */
async function inlineClassic(root: string, manifest: ClassicManifest, src: string): Promise<string> {
  const text = await readFile(resolve(root, classicScriptFor(manifest, root, src)), 'utf8');
  // Inside an inline <script>, "</script" would end the element early.
  return text.replace(/<\/script/gi, '<\\/script');
}

async function readView(root: string, manifest: ClassicManifest, view: (typeof VIEWS)[number]): Promise<Omit<BuiltView, 'css'> & { cssFiles: string[] }> {
  const html = await readFile(resolve(root, view.page), 'utf8');
  const fromPage = (href: string): string => {
    const file = resolve(root, href.replace(/^\.\//, ''));
    if (!inside(root, file)) throw new Error(`${view.page} refers outside the renderer build: ${href}`);
    return file;
  };
  const scripts = [...html.matchAll(MODULE_SCRIPT)].map((m) => m[1] as string);
  const cssFiles = [...html.matchAll(/<link\b[^>]*\brel=["']stylesheet["'][^>]*\bhref=["']([^"']+)["'][^>]*>/gi)].map((m) => fromPage(m[1] as string));
  const bundles = await Promise.all(scripts.map((src) => inlineClassic(root, manifest, src)));
  const body = /<body\b[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? '';
  const title = /<title>([^<]*)<\/title>/i.exec(html)?.[1] ?? '';
  const htmlClass = /<html\b[^>]*\bclass=["']([^"']*)["']/i.exec(html)?.[1] ?? '';
  return { name: view.name, hash: view.hash, title, htmlClass, body, script: bundles.join('\n;\n'), cssFiles };
}

async function dataUrl(root: string, path: string, from: string): Promise<string> {
  if (!inside(root, path)) throw new Error(`${from} refers outside the renderer build: ${path}`);
  const type = MIME[extname(path).toLowerCase()] ?? 'application/octet-stream';
  return `data:${type};base64,${(await readFile(path)).toString('base64')}`;
}

/** A stylesheet with the files it refers to (images) inlined. */
async function inlineCss(file: string, root: string): Promise<string> {
  const css = await readFile(file, 'utf8');
  const dataUrls = new Map<string, string>();
  for (const match of css.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/gi)) {
    const url = match[1] as string;
    if (!url.startsWith('data:') && !dataUrls.has(url)) dataUrls.set(url, await dataUrl(root, resolve(dirname(file), url.split(/[?#]/)[0] as string), file));
  }
  return css.replace(/url\(\s*['"]?([^'")]+)['"]?\s*\)/gi, (whole, url: string) => (dataUrls.has(url) ? `url(${dataUrls.get(url)})` : whole));
}

/** The bundled font slices holding any character of `texts`, as data: URLs by file name. */
async function inlineFonts(root: string, texts: string[]): Promise<Record<string, string>> {
  const slices = await fontSlicesFor(root, texts);
  const fonts: Record<string, string> = {};
  for (const file of slices?.needed ?? []) fonts[file.name] = await dataUrl(root, resolve(root, file.url), 'fonts.json');
  return fonts;
}

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Picks the view by the URL's hash before the views' scripts run; maps their page links onto this one file. */
function bootScript(views: BuiltView[]): string {
  const table = JSON.stringify(views.map((view) => ({ name: view.name, hash: view.hash, page: VIEWS.find((v) => v.name === view.name)?.page, title: view.title, htmlClass: view.htmlClass })));
  return `(function(){
var views=${table};
var view=views.find(function(v){return v.hash&&v.hash===location.hash;})||views[0];
document.documentElement.dataset.podiumView=view.name;
if(view.htmlClass)document.documentElement.className=view.htmlClass;
document.title=(document.title?document.title+' · ':'')+view.title;
document.querySelectorAll('style[data-view]').forEach(function(s){s.media=s.dataset.view===view.name?'all':'not all';});
var tpl=document.getElementById('podium-body-'+view.name);
document.body.prepend(tpl.content.cloneNode(true));
var self=location.href.split('#')[0];
var pages={};views.forEach(function(v){pages[v.page]=self+v.hash;});
var open=window.open.bind(window);
window.open=function(url){var a=[].slice.call(arguments);if(typeof url==='string'&&pages[url.replace(/^\\.\\//,'')])a[0]=pages[url.replace(/^\\.\\//,'')];return open.apply(null,a);};
if(view.name==='audience')document.addEventListener('keydown',function(e){if((e.key==='s'||e.key==='S')&&!e.ctrlKey&&!e.metaKey&&!e.altKey){open(self+'#presenter','podium-presenter','popup,width=1280,height=800');}});
})();`;
}

export interface SingleHtmlOptions {
  rendererDir?: string;
}

export async function renderSingleHtml(deck: DeckModel, options: SingleHtmlOptions = {}): Promise<string> {
  const root = checkedRendererDir('presenter.html', options.rendererDir);
  checkedRendererDir('index.html', root);
  const manifest = await readClassicManifest(root);
  const read = await Promise.all(VIEWS.map((view) => readView(root, manifest, view)));
  const views: BuiltView[] = [];
  for (const view of read) views.push({ ...view, css: (await Promise.all(view.cssFiles.map((file) => inlineCss(file, root)))).join('\n') });
  // Glyphs needed: the deck's text and every word the views' own scripts and pages may show.
  const fonts = await inlineFonts(root, [JSON.stringify(deck), ...VIEWS.map((view) => manifest.text[view.page] ?? '')]);
  const boot = bootScript(views);
  const guards = views.map((view) => `if(document.documentElement.dataset.podiumView===${JSON.stringify(view.name)}){\n${view.script}\n}`);
  const csp = [
    "default-src 'none'",
    `script-src ${[boot, ...guards].map(sha256).join(' ')}`,
    "style-src 'unsafe-inline'",
    'font-src data:',
    'img-src data: blob:',
    "connect-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return [
    '<!doctype html>',
    `<html lang="${deck.meta.lang === 'zh' ? 'zh-CN' : 'en'}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    '<meta name="generator" content="Podium">',
    '<link rel="icon" href="data:,">',
    `<title>${escapeHtml(deck.meta.title)}</title>`,
    ...views.map((view) => `<style data-view="${view.name}" media="not all">\n${view.css}\n</style>`),
    deckScriptElement(deck),
    `<script type="application/json" id="${INLINE_FONTS_ELEMENT_ID}">${JSON.stringify(fonts)}</script>`,
    '</head>',
    '<body>',
    ...views.map((view) => `<template id="podium-body-${view.name}">${view.body}</template>`),
    `<script>${boot}</script>`,
    ...guards.map((guard) => `<script>${guard}</script>`),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
