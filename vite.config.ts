import { defineConfig } from 'vite';
import { resolve } from 'node:path';

// The renderer is a multi-page app: one HTML page per view. Built to dist/renderer with
// relative asset paths so the same build is served by the Electron custom scheme, by the
// browser host on 127.0.0.1, and copied by `podium build` into a static offline deck.
const root = resolve(import.meta.dirname, 'renderer');
const pages = ['index', 'presenter', 'print'];

export default defineConfig({
  root,
  base: './',
  build: {
    outDir: resolve(import.meta.dirname, 'dist/renderer'),
    emptyOutDir: true,
    rollupOptions: {
      input: Object.fromEntries(pages.map((page) => [page, resolve(root, `${page}.html`)])),
    },
  },
});
