import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Runs the real CLI in a child process, as a user would, for the end-to-end CLI tests: the
 * compiled CLI through the package's bin, which the unit run builds first from the sources
 * (build/scripts/build-cli.setup.ts), so the tests never run a stale build.
 */

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/podium.js', import.meta.url));

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

/** `npm run -s podium -- <args>` (which runs the bin), from the repository's folder unless `cwd` says otherwise. */
export function podium(args: string[], cwd = REPO_ROOT, locale?: Readonly<Record<string, string>>): Promise<CliResult> {
  return run([BIN, ...args], cwd, locale);
}
