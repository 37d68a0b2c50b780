/**
 * Where the built pieces are, relative to the bundled main script
 * (dist/electron/main/main.js): the renderer build and the preload bundle. The same
 * layout holds in development and inside the packaged app.asar.
 */
import path from 'node:path';

export interface AppPaths {
  /** dist/renderer: the pages the custom scheme serves. */
  renderer: string;
  /** dist/electron/preload/preload.cjs: one CommonJS file, as the sandbox requires. */
  preload: string;
}

export function appPaths(mainDir: string): AppPaths {
  return {
    renderer: path.resolve(mainDir, '../../renderer'),
    preload: path.resolve(mainDir, '../preload/preload.cjs'),
  };
}
