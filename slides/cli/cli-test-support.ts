import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Runs the real CLI in a child process, as a user would, for the end-to-end CLI tests. */

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/podium.js', import.meta.url));
/** tsx's loader by absolute URL, so the CLI can run with any working directory. */
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** The CLI's language follows the locale: the tests run it in English unless they pass a locale. */
const ENGLISH: Readonly<Record<string, string>> = { LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' };

function run(args: string[], cwd: string, locale: Readonly<Record<string, string>> = ENGLISH): Promise<CliResult> {
  return new Promise((done) => {
    execFile(process.execPath, args, { cwd, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1', ...locale } }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      done({ code, stdout, stderr });
    });
  });
}

/** `npm run podium -- <args>`, without npm's own output. */
export function podium(args: string[], cwd = REPO_ROOT, locale?: Readonly<Record<string, string>>): Promise<CliResult> {
  return run(['--import', TSX, MAIN, ...args], cwd, locale);
}

/** The package's bin launcher. */
export function podiumBin(args: string[], cwd = REPO_ROOT): Promise<CliResult> {
  return run([BIN, ...args], cwd);
}
