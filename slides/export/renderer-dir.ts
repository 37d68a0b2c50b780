/** Where the built renderer (vite build → dist/renderer) is, and a clear error when it is not built. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_RENDERER_DIR } from '../node/package-root.ts';
import { say, type MessageRef } from '../core/messages/catalogue.ts';

export { DEFAULT_RENDERER_DIR };

export class RendererMissingError extends Error {
  override name = 'RendererMissingError';
  readonly hint: MessageRef = { key: 'export.noRenderer.hint' };
  constructor(readonly said: MessageRef) {
    super(say('en', said));
  }
}

/** The renderer folder, checked to hold `page` (e.g. print.html). */
export function rendererDir(page: string, dir: string = DEFAULT_RENDERER_DIR): string {
  const root = resolve(dir);
  if (!existsSync(resolve(root, page))) throw new RendererMissingError({ key: 'export.noRenderer', values: { root, page } });
  return root;
}
