import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeckError } from '../core/errors.ts';
import { CliError, formatError } from './cli-error.ts';
import { runCli } from './program.ts';

/** The command-line parsing in-process (fast); cli.test.ts runs the real process end to end. */

/** English unless a test asks otherwise: the locale of the machine running the tests must not decide. */
async function run(args: string[], env: Record<string, string> = { LANG: 'en_US.UTF-8' }): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { out: (text) => void (stdout += text), err: (text) => void (stderr += text) }, env);
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
    expect(noOutput.stderr).toMatch(/Give -o <deck.md> \(write a new deck\) or --into <deck.md>/);
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
      [['--aspect', '21:9'], /Allowed choices are 16:9, 4:3/],
    ];
    for (const [args, message] of cases) {
      const result = await run(['info', report, ...args]);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stdout).toBe('');
    }
  });

  it('--theme takes any case and reveal.js names; an unknown one opens in the default theme with a note', async () => {
    const solarized = await run(['info', report, '--theme', 'Solarized']);
    expect(solarized.code).toBe(0);
    expect(solarized.stdout).toContain('· solarized');
    expect(solarized.stdout).not.toContain('Note:');
    const neon = await run(['info', report, '--theme', 'neon']);
    expect(neon.code).toBe(0);
    expect(neon.stdout).toContain('· official');
    expect(neon.stdout).toContain('Note: There is no theme "neon"');
    const official = await run(['info', report, '--theme', 'OFFICIAL']);
    expect(official.stdout).not.toContain('Note:');
  });

  it('podium info reads a .md that is really a plain report as the report, and says so', async () => {
    const plain = join(dir, '工作报告.md');
    await writeFile(plain, '关于镇政府工作的报告\n\n各位代表：\n一、过去一年的工作\n全镇经济平稳运行。\n二、今年的主要任务\n重点抓好以下工作。\n');
    const result = await run(['info', plain]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Note: This .md file has no Markdown headings, slide breaks (---) or front matter: it is a plain report');
    expect(result.stdout).toMatch(/一、过去一年的工作/);
    expect(result.stdout).toMatch(/二、今年的主要任务/);
  });

  it('valid option spellings are accepted', async () => {
    for (const args of [['--target', '50'], ['--target', '50:00'], ['--target', '1:05:00'], ['--rate', '250.5'], ['--aspect', '4:3']]) {
      expect((await run(['info', report, ...args])).code, args.join(' ')).toBe(0);
    }
  });
});

describe('runCli: the language of everything it prints', { timeout: 120_000 }, () => {
  it('Chinese where the locale is Chinese (LC_ALL over LANG), English otherwise', async () => {
    const zh = await run(['info', report], { LANG: 'zh_CN.UTF-8' });
    expect(zh.code).toBe(0);
    expect(zh.stdout).toMatch(/部分\s+幻灯片\s+用时/);
    expect(zh.stdout).toMatch(/合计/);
    expect(zh.stdout).not.toMatch(/Section|Total|characters/);
    expect((await run(['info', report], { LANG: 'zh_CN.UTF-8', LC_ALL: 'en_US.UTF-8' })).stdout).toMatch(/Section\s+Slides\s+Time/);
    expect((await run(['info', report], { LANG: 'en_US.UTF-8', LC_ALL: 'zh_CN.UTF-8' })).stdout).toMatch(/合计/);
    expect((await run(['info', report], { LANG: 'C.UTF-8' })).stdout).toMatch(/Total/);
    expect((await run(['info', report], {})).stdout).toMatch(/Total/);
  });

  it('--lang zh|en chooses, wherever it stands; anything else is a usage error', async () => {
    expect((await run(['--lang', 'zh', 'info', report])).stdout).toMatch(/合计/);
    expect((await run(['info', report, '--lang=zh'])).stdout).toMatch(/合计/);
    expect((await run(['info', report, '--lang', 'en'], { LANG: 'zh_CN.UTF-8' })).stdout).toMatch(/Total/);
    const bad = await run(['--lang', 'fr', 'info', report]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--lang takes zh or en, not "fr"');
  });

  it('help, parse errors and file errors in Chinese carry no English sentence', async () => {
    const help = await run(['--lang', 'zh', 'help', 'export']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^用法：\s?podium export/m);
    expect(help.stdout).toMatch(/^选项：/m);
    expect(help.stdout).toContain('导出什么：slides, notes');
    expect(help.stdout).toContain('幻灯片宽高比（可选：16:9, 4:3）');
    expect(help.stdout).toContain('幻灯片主题：official, light, dark, black');
    expect(help.stdout).not.toMatch(/Usage:|Options:|choices:|what to export/);
    const top = await run(['--lang', 'zh', '--help']);
    expect(top.stdout).toMatch(/^命令：/m);
    expect(top.stdout).toContain('示例：');
    const unknown = await run(['--lang', 'zh', 'info', report, '--sped', '3']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^podium: 错误：未知选项 --sped （是不是想用 --\w+？）\n（运行 "podium --help" 查看用法）/);
    const rate = await run(['--lang', 'zh', 'info', report, '--rate', 'fast']);
    expect(rate.stderr).toMatch(/请给出每分钟字数，60 到 1000 之间的数字/);
    const clock = await run(['--lang', 'zh', 'info', report, '--target', '5:99']);
    expect(clock.stderr).toMatch(/--target “5:99” 有 99 秒.*“6:39”/);
    const missing = await run(['--lang', 'zh', 'info', join(dir, 'missing.txt')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(`podium: ${join(dir, 'missing.txt')}: 文件不存在。\n  请检查路径和文件名。\n`);
  });
});

describe('formatError', () => {
  it('says file:line, the message, and the hint indented on the next line', () => {
    const error = new DeckError({ code: 'FRONT_MATTER', file: 'deck.md', line: 3, message: { key: 'error.fm.lang', values: { value: '"fr"' } }, hint: { key: 'error.fm.lang.hint' } });
    expect(formatError(error, 'en')).toBe('podium: deck.md:3: lang must be zh or en, not "fr".\n  Use lang: zh for Chinese or lang: en for English.\n');
    expect(formatError(error, 'zh-CN')).toBe('podium: deck.md:3: lang 只能是 zh 或 en，而不是 "fr"。\n  中文写 lang: zh，英文写 lang: en。\n');
    const cli = new CliError({ message: { key: 'cli.build.noRenderer' }, hint: { key: 'cli.build.noRenderer.hint' } });
    expect(formatError(cli, 'en')).toBe('podium: The slide viewer is not built yet, so there is nothing to copy into the deck.\n  Run "npm run build:renderer" in the Podium folder once, then run podium build again.\n');
    expect(formatError(cli, 'zh-CN')).toMatch(/^podium: 幻灯片查看器还没有构建/);
  });
});
