/**
 * A headless Chromium-family browser for printing, driven over its DevTools pipe
 * (slides/node/cdp-pipe.ts): a throw-away profile, no debugging port, no automation
 * library. Loading playwright-core took ~0.4 s of CPU in every `podium export` before
 * the browser had even started, and its client ~0.3 s more while printing one PDF.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { CdpPipe } from '../node/cdp-pipe.ts';

/** Flags for a browser that only lays out and prints pages from the local server. */
const PRINTING_ARGS = [
  '--headless',
  '--remote-debugging-pipe',
  // The layout is measured in a window of the size the print page was made for (Playwright's default until now).
  '--window-size=1280,720',
  '--hide-scrollbars',
  '--mute-audio',
  '--force-color-profile=srgb',
  // Containers often have a 64 MB /dev/shm, too small for a renderer's shared memory.
  '--disable-dev-shm-usage',
  '--disable-extensions',
  '--disable-default-apps',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
  '--disable-breakpad',
  '--disable-hang-monitor',
  '--no-default-browser-check',
  '--password-store=basic',
  '--use-mock-keychain',
];

const LAUNCH_TIMEOUT_MS = 60_000;
/** Longest wait for the browser's helper processes to end after it was ended. */
const HELPERS_TIMEOUT_MS = 2_000;

export interface HeadlessChromium {
  readonly cdp: CdpPipe;
  /** The browser's version, e.g. "156.0.8078.108". */
  readonly version: string;
  /** Closes the browser (killing it if it does not go) and removes its profile. */
  close(): Promise<void>;
}

/** Why a launch failed, in one line: the spawn error, or the browser's own last words on stderr. */
export class ChromiumLaunchError extends Error {
  override name = 'ChromiumLaunchError';
}

/** `promise` settled, or `ms` passed; the timer does not keep the process alive after. */
async function waitAtMost(promise: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([promise, new Promise<void>((done) => (timer = setTimeout(done, ms)))]);
  clearTimeout(timer);
}

/** Starts `executablePath` headless with `args` (the caller's flags) and connects to it. */
export async function launchHeadlessChromium(executablePath: string, args: readonly string[]): Promise<HeadlessChromium> {
  const profile = await mkdtemp(join(tmpdir(), 'podium-chromium-'));
  let child: ChildProcess;
  try {
    child = spawn(executablePath, [...args, ...PRINTING_ARGS, `--user-data-dir=${profile}`, 'about:blank'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
    });
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    throw new ChromiumLaunchError(error instanceof Error ? error.message : String(error));
  }
  let stderr = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => void (stderr = (stderr + chunk).slice(-4000)));
  const stderrEnded = new Promise<void>((resolve) => {
    if (child.stderr) child.stderr.once('close', () => resolve());
    else resolve();
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // A Node process that ends without closing (an uncaught error) takes its browser with it.
  const killOnExit = (): void => void child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const cdp = new CdpPipe(child.stdio[3] as Writable, child.stdio[4] as Readable);
  const lastWords = (): string => stderr.split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('[')).pop() ?? '';
  let closing: Promise<void> | undefined;
  // The profile is thrown away and every PDF is already in hand: the browser is ended, not asked to
  // shut down (a graceful close took 0.2–0.4 s of a run). Its helper processes share its stderr, so
  // that stream ending says they are gone too; then the profile folder is removed.
  const close = (): Promise<void> =>
    (closing ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
      await waitAtMost(stderrEnded, HELPERS_TIMEOUT_MS);
      process.removeListener('exit', killOnExit);
      await rm(profile, { recursive: true, force: true, maxRetries: 3 });
    })());

  try {
    const version = await new Promise<string>((resolve, reject) => {
      // The browser's own last words say more than a broken pipe: wait (briefly) for its stderr to end.
      const fail = (reason: string): void => {
        clearTimeout(timer);
        void waitAtMost(stderrEnded, 1000).then(() => reject(new ChromiumLaunchError(lastWords() || reason)));
      };
      const timer = setTimeout(() => fail(`it did not answer within ${LAUNCH_TIMEOUT_MS / 1000} s`), LAUNCH_TIMEOUT_MS);
      child.once('error', (error) => fail(error.message));
      child.once('exit', (code, signal) => fail(`it exited at once (${signal ?? `code ${code}`})`));
      cdp.send<{ product: string }>('Browser.getVersion').then(
        ({ product }) => {
          clearTimeout(timer);
          resolve(product.split('/').pop() ?? product);
        },
        (error: unknown) => fail(error instanceof Error ? error.message : String(error)),
      );
    });
    return { cdp, version, close };
  } catch (error) {
    await close();
    throw error;
  }
}
