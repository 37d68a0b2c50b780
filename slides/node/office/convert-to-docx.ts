import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * A Word 97–2003 (.doc) or WPS (.wps) file → .docx bytes, by LibreOffice run headless. The .docx
 * keeps what the old binary format's text does not show: automatic list numbering, heading styles,
 * soft breaks, where footnotes are referenced, tracked changes. Each conversion runs in a fresh
 * temporary folder with its own LibreOffice profile (so it neither waits for nor disturbs a
 * LibreOffice the user has open, and works as root in CI), is killed with everything it started
 * when it takes too long, and leaves nothing behind.
 */

export type OfficeFailureKind = 'not-started' | 'timeout' | 'failed';

export class OfficeConversionError extends Error {
  constructor(
    readonly kind: OfficeFailureKind,
    /** What went wrong, short: the system's reason, the seconds waited, or LibreOffice's own words. */
    readonly detail: string,
  ) {
    super(`LibreOffice ${kind}: ${detail}`);
    this.name = 'OfficeConversionError';
  }
}

export interface ConvertOptions {
  /** Longest a conversion may take before LibreOffice is stopped (default 60 s: a cold start on a busy machine). */
  timeoutMs?: number;
}

export const DEFAULT_OFFICE_TIMEOUT_MS = 60_000;

/** LibreOffice's export filter for Word 2007–365 .docx. */
const DOCX_FILTER = 'docx:MS Word 2007 XML';

/** The last meaningful line LibreOffice wrote (it reports "Error: source file could not be loaded" and exits 0). */
function lastWords(output: string): string {
  const lines = output.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '' && !/javaldx|java may not function/i.test(l));
  return (lines.at(-1) ?? '').slice(0, 200);
}

/** Stops soffice and the processes it started (oosplash → soffice.bin). */
function stop(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    if (process.platform === 'win32') spawn('taskkill', ['/pid', String(pid), '/T', '/F'], { stdio: 'ignore', windowsHide: true });
    else process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

export interface OfficeRun {
  inputs: readonly string[];
  /** LibreOffice's --convert-to argument, e.g. 'docx:MS Word 2007 XML'. */
  convertTo: string;
  outDir: string;
  /** A folder for LibreOffice's profile of this run (created by it; the caller removes it). */
  profileDir: string;
  timeoutMs: number;
}

/** Runs soffice headless on the inputs; resolves with what it wrote to stdout/stderr, or fails saying why. */
export function runOffice(office: string, job: OfficeRun): Promise<string> {
  const { inputs, convertTo, outDir, profileDir, timeoutMs } = job;
  const args = [`-env:UserInstallation=${pathToFileURL(profileDir).href}`, '--headless', '--norestore', '--nologo', '--convert-to', convertTo, '--outdir', outDir, ...inputs];
  return new Promise((done, fail) => {
    let output = '';
    let settled = false;
    const settle = (action: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      action();
    };
    const child = spawn(office, args, {
      // Its own process group (POSIX), so a timeout stops soffice.bin too, not only the wrapper script.
      detached: process.platform !== 'win32',
      stdio: ['ignore', 'pipe', 'pipe'],
      windowsHide: true,
    });
    const timer = setTimeout(() => {
      stop(child.pid);
      settle(() => fail(new OfficeConversionError('timeout', String(Math.round(timeoutMs / 1000)))));
    }, timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error: NodeJS.ErrnoException) => settle(() => fail(new OfficeConversionError('not-started', `${office}: ${error.code ?? error.message}`))));
    child.on('close', (code, signal) => {
      if (code === 0) settle(() => done(output));
      else settle(() => fail(new OfficeConversionError('failed', lastWords(output) || (signal ? `stopped by ${signal}` : `exit code ${code}`))));
    });
  });
}

/** Converts the bytes of a .doc/.wps (named by `ext`, which LibreOffice's type detection takes as a hint) to .docx. */
export async function convertToDocx(office: string, bytes: Uint8Array, ext: '.doc' | '.wps', options: ConvertOptions = {}): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), 'podium-office-'));
  try {
    const input = join(dir, `report${ext}`);
    const out = join(dir, 'out');
    await writeFile(input, bytes);
    const output = await runOffice(office, {
      inputs: [input],
      convertTo: DOCX_FILTER,
      outDir: out,
      profileDir: join(dir, 'profile'),
      timeoutMs: options.timeoutMs ?? DEFAULT_OFFICE_TIMEOUT_MS,
    });
    try {
      return await readFile(join(out, 'report.docx'));
    } catch {
      throw new OfficeConversionError('failed', lastWords(output) || 'no .docx was written');
    }
  } finally {
    await rm(dir, { recursive: true, force: true, maxRetries: 3 }).catch(() => undefined);
  }
}
