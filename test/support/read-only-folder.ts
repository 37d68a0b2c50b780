/**
 * A folder nothing can be written into, for tests of a save that fails: chmod for a normal
 * user; as root (whom chmod does not stop), the immutable attribute (chattr +i). `lockable`
 * says why neither works on this machine, so a test can say why it is skipped.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const asRoot = process.getuid?.() === 0;

export function lockFolder(dir: string): void {
  if (asRoot) execFileSync('chattr', ['+i', dir], { stdio: 'pipe' });
  else chmodSync(dir, 0o555);
}

export function unlockFolder(dir: string): void {
  if (asRoot) execFileSync('chattr', ['-i', dir], { stdio: 'pipe' });
  else chmodSync(dir, 0o755);
}

/** Undefined when a locked folder really refuses new files here; otherwise why not. */
export function whyNotLockable(): string | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'podium-lock-'));
  try {
    lockFolder(dir);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    return `cannot make a read-only folder here (${asRoot ? 'chattr +i' : 'chmod'}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)})`;
  }
  try {
    writeFileSync(join(dir, 'probe'), 'x');
    return 'a folder locked with chattr/chmod still accepts new files here';
  } catch {
    return undefined;
  } finally {
    unlockFolder(dir);
    rmSync(dir, { recursive: true, force: true });
  }
}
