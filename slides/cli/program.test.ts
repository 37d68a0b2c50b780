import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeckError } from '../core/errors.ts';
import { CliError, formatError } from './cli-error.ts';
import { runCli } from './program.ts';

/** The command-line parsing in-process (fast); cli.test.ts runs the real process end to end. */

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { out: (text) => void (stdout += text), err: (text) => void (stderr += text) });
  return { code, stdout, stderr };
}

let dir: string;
let report: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'podium-program-'));
  report = join(dir, 'report.txt');
  await writeFile(report, '一、总体要求\n坚持稳中求进工作总基调。\n');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

// The first run that lists every command loads every command module (export's engines included): slow on a loaded machine.
describe('runCli: usage errors exit 2 with a podium: message', { timeout: 120_000 }, () => {
  it('unknown command or option, missing argument or option', async () => {
    const unknown = await run(['present', report]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^podium: error: unknown command 'present'/);
    expect(unknown.stderr).toContain('(run "podium --help" for usage)');
    const option = await run(['info', report, '--speed', '3']);
    expect(option.code).toBe(2);
    expect(option.stderr).toMatch(/^podium: error: unknown option '--speed'/);
    const missing = await run(['deck']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/missing required argument 'file'/);
    const noOutput = await run(['import', report]);
    expect(noOutput.code).toBe(2);
    expect(noOutput.stderr).toMatch(/required option '-o, --output <deck.md>' not specified/);
  });

  it('invalid option values, saying what is accepted', async () => {
    const cases: [string[], RegExp][] = [
      [['--rate', 'fast'], /number from 60 to 1000/],
      [['--rate', '5'], /number from 60 to 1000/],
      [['--rate', '-200'], /number from 60 to 1000/],
      [['--wpm', '0'], /number from 30 to 600/],
      [['--target', 'soon'], /minutes \("50", "50m"\) or as mm:ss/],
      [['--target', '0'], /minutes/],
      [['--target', '5:99'], /--target "5:99" has 99 seconds.*did you mean "6:39"/],
      [['--theme', 'neon'], /Allowed choices are official, light, dark/],
      [['--aspect', '21:9'], /Allowed choices are 16:9, 4:3/],
    ];
    for (const [args, message] of cases) {
      const result = await run(['info', report, ...args]);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stdout).toBe('');
    }
  });

  it('valid option spellings are accepted', async () => {
    for (const args of [['--target', '50'], ['--target', '50:00'], ['--target', '1:05:00'], ['--rate', '250.5'], ['--aspect', '4:3']]) {
      expect((await run(['info', report, ...args])).code, args.join(' ')).toBe(0);
    }
  });
});

describe('formatError', () => {
  it('says file:line, the message, and the hint indented on the next line', () => {
    const error = new DeckError({ code: 'FRONT_MATTER', file: 'deck.md', line: 3, message: 'rate must be a number.', hint: 'Write e.g. rate: 220.' });
    expect(formatError(error)).toBe('podium: deck.md:3: rate must be a number.\n  Write e.g. rate: 220.\n');
    expect(formatError(new CliError({ message: 'No renderer.', hint: 'Build it.' }))).toBe('podium: No renderer.\n  Build it.\n');
  });
});
