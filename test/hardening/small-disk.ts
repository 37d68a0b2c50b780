/**
 * A real full disk for save tests: a tmpfs of a few kilobytes mounted on a temporary folder. Needs
 * root and a mount-capable sandbox (true on these machines and in CI); where mounting fails the
 * tests that need it are skipped and say why.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function tryMount(dir: string, kilobytes: number): string | undefined {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${kilobytes}k`, 'tmpfs', dir], { stdio: 'pipe' });
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message.split('\n')[0] : String(error);
  }
}

/** Why a small disk cannot be made here, or undefined when it can. */
export const smallDiskUnavailable: string | undefined = (() => {
  const probe = mkdtempSync(join(tmpdir(), 'podium-disk-probe-'));
  const failure = tryMount(probe, 16);
  if (failure === undefined) execFileSync('umount', [probe]);
  rmSync(probe, { recursive: true, force: true });
  return failure === undefined ? undefined : `cannot mount a tmpfs here (${failure})`;
})();

export interface SmallDisk {
  dir: string;
  /** Fills the disk to the last byte with a file named `name`. */
  fill(name?: string): void;
  unmount(): void;
}

export function mountSmallDisk(kilobytes = 64): SmallDisk {
  const dir = mkdtempSync(join(tmpdir(), 'podium-small-disk-'));
  const failure = tryMount(dir, kilobytes);
  if (failure !== undefined) throw new Error(`mount tmpfs on ${dir}: ${failure}`);
  return {
    dir,
    fill(name = 'filler') {
      try {
        execFileSync('dd', ['if=/dev/zero', `of=${join(dir, name)}`, 'bs=1k', `count=${kilobytes * 2}`], { stdio: 'pipe' });
      } catch {
        // dd stops with "No space left on device": the disk is full, which is the point.
      }
    },
    unmount() {
      execFileSync('umount', [dir]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
