/**
 * How a LibreOffice conversion ends when it goes wrong: a program that is not there, one that
 * writes no .docx (LibreOffice exits 0 and prints "Error: …" for a file it cannot load), one that
 * fails, and one that hangs — stopped at the time limit together with what it started, and the
 * temporary folder removed each time. Stand-in programs are shell scripts (POSIX only); the real
 * LibreOffice is exercised by doc-through-office.test.ts and report-formats.test.ts.
 */
import { chmod, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { convertToDocx, OfficeConversionError } from './convert-to-docx.ts';

const POSIX = process.platform !== 'win32';
const WHY = 'the stand-in soffice programs are POSIX shell scripts';
if (!POSIX) console.warn(`convert-to-docx.test.ts: skipped: ${WHY}`);

describe.skipIf(!POSIX)(`a LibreOffice conversion that goes wrong${POSIX ? '' : ` — skipped: ${WHY}`}`, () => {
  let dir: string;
  let temp: string;
  const savedTmp = process.env.TMPDIR;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'podium-convert-test-'));
    // Conversions make their folders here, so the test can see that they are removed.
    temp = join(dir, 'tmp');
    await import('node:fs/promises').then((fs) => fs.mkdir(temp));
    process.env.TMPDIR = temp;
  });
  afterAll(async () => {
    if (savedTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = savedTmp;
    await rm(dir, { recursive: true, force: true });
  });

  async function program(name: string, script: string): Promise<string> {
    const path = join(dir, name);
    await writeFile(path, `#!/bin/sh\n${script}\n`);
    await chmod(path, 0o755);
    return path;
  }

  async function failure(office: string, timeoutMs?: number): Promise<OfficeConversionError> {
    const error = await convertToDocx(office, new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]), '.doc', timeoutMs ? { timeoutMs } : {}).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(OfficeConversionError);
    expect(await readdir(temp)).toEqual([]);
    return error as OfficeConversionError;
  }

  it('a program that is not there: not started, naming it', async () => {
    const missing = join(dir, 'nowhere', 'soffice');
    expect(await failure(missing)).toMatchObject({ kind: 'not-started', detail: `${missing}: ENOENT` });
  });

  it('LibreOffice that cannot load the file (exit 0, no .docx): failed, with its own words', async () => {
    const office = await program('cannot-load', 'echo "Warning: failed to launch javaldx - java may not function correctly" >&2\necho "Error: source file could not be loaded" >&2');
    expect(await failure(office)).toMatchObject({ kind: 'failed', detail: 'Error: source file could not be loaded' });
    const silent = await program('silent', 'exit 0');
    expect(await failure(silent)).toMatchObject({ kind: 'failed', detail: 'no .docx was written' });
    const crashing = await program('crashing', 'exit 81');
    expect(await failure(crashing)).toMatchObject({ kind: 'failed', detail: 'exit code 81' });
  });

  it('a conversion that hangs is stopped at the time limit, with the processes it started', async () => {
    const pidFile = join(dir, 'child.pid');
    // Like soffice's wrapper: it starts the real program (here a long sleep) and waits for it.
    const office = await program('hanging', `sleep 300 &\necho $! > "${pidFile}"\nwait`);
    const started = Date.now();
    expect(await failure(office, 700)).toMatchObject({ kind: 'timeout', detail: '1' });
    expect(Date.now() - started).toBeLessThan(30_000);
    const child = Number((await readFile(pidFile, 'utf8')).trim());
    const alive = (): boolean => {
      try {
        process.kill(child, 0);
        return true;
      } catch {
        return false;
      }
    };
    await vi.waitFor(() => expect(alive()).toBe(false), { timeout: 10_000, interval: 50 });
  });

  it('the arguments LibreOffice gets: its own profile, headless, the .docx filter, the output folder, the input named by its kind', async () => {
    const argsFile = join(dir, 'args.txt');
    // Writes the .docx where asked, as LibreOffice does.
    const office = await program('recording', `printf '%s\\n' "$@" > "${argsFile}"\nout=""\nprev=""\nfor a; do [ "$prev" = "--outdir" ] && out="$a"; prev="$a"; done\nmkdir -p "$out" && printf 'PK' > "$out/report.docx"`);
    const docx = await convertToDocx(office, new Uint8Array([1, 2, 3]), '.wps');
    expect(Buffer.from(docx).toString()).toBe('PK');
    const args = (await readFile(argsFile, 'utf8')).trim().split('\n');
    expect(args[0]).toMatch(/^-env:UserInstallation=file:\/\/.*\/podium-office-[^/]+\/profile$/);
    expect(args.slice(1, 7)).toEqual(['--headless', '--norestore', '--nologo', '--convert-to', 'docx:MS Word 2007 XML', '--outdir']);
    expect(args.at(-1)).toMatch(/\/podium-office-[^/]+\/report\.wps$/);
    expect(await readdir(temp)).toEqual([]);
  });
});
