import { defineConfig } from 'vite';
import { resolve } from 'node:path';
import { CSP_DIRECTIVES, contentSecurityPolicy } from './slides/core/csp.ts';
import { classicScriptsPlugin } from './build/vite/classic-scripts-plugin.ts';
import { fontFilesPlugin } from './build/vite/font-files-plugin.ts';

// The renderer is a multi-page app: one HTML page per view. Built to dist/renderer with
// relative asset paths so the same build is served by the Electron custom scheme, by the
// browser host on 127.0.0.1, and copied by `podium build` into a static offline deck.
const root = resolve(import.meta.dirname, 'renderer');
const pages = ['index', 'presenter', 'print', 'teleprompter', 'rehearsal', 'editor'];

// Every built page carries the app's one CSP as a meta tag too (the servers also send it as a
// header), so a page opened any other way is no less locked down. frame-ancestors only works
// as a header. Build only: Vite's dev server injects inline scripts.
const metaCsp = contentSecurityPolicy(CSP_DIRECTIVES.filter(([name]) => name !== 'frame-ancestors'));

export default defineConfig({
  root,
  base: './',
  plugins: [
    fontFilesPlugin(),
    classicScriptsPlugin(pages.map((page) => `${page}.html`)),
    {
      name: 'podium-csp-meta',
      apply: 'build',
      transformIndexHtml: (html) => html.replace(/<head>/i, `<head>\n    <meta http-equiv="Content-Security-Policy" content="${metaCsp}" />`),
    },
  ],
  build: {
    // Never inline assets as data: URLs: the CSP allows fonts from 'self' only, so an
    // inlined font subset would be blocked and the text would fall back to system fonts.
    assetsInlineLimit: 0,
    outDir: resolve(import.meta.dirname, 'dist/renderer'),
    emptyOutDir: true,
    rollupOptions: {
      input: Object.fromEntries(pages.map((page) => [page, resolve(root, `${page}.html`)])),
    },
  },
});
