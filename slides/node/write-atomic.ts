/**
 * Writes a file so that readers (and a crash at any moment) see either the old content or
 * the whole new one, never half: a temporary file beside the target is written, fsynced,
 * then renamed over it, and the folder is synced so the rename itself survives a power cut.
 * Used by the CLI's outputs, the app's exports and the app's crash-safe stores.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

export interface WriteAtomicOptions {
  /** Permissions of a new file (before the umask): private stores pass 0o600. */
  mode?: number;
  /** Create missing folders first (the app's stores); a user's output path must already exist. */
  createFolder?: boolean;
  /** Test seam: runs after the temp file is durable and before it replaces the target. */
  beforeRename?: (tempFile: string) => Promise<void> | void;
}

export async function writeFileAtomic(file: string, data: string | Uint8Array, options: WriteAtomicOptions = {}): Promise<void> {
  const dir = path.dirname(file);
  if (options.createFolder) await mkdir(dir, { recursive: true });
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx', options.mode ?? 0o666);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await options.beforeRename?.(temp);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncDirectory(dir);
}

/** Makes the rename itself durable where the OS allows (POSIX); Windows cannot open folders for sync. */
async function syncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some file systems refuse fsync on a directory; the data file itself is already synced.
  }
}
