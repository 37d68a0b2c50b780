import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeckModel } from '../core/model.ts';
import { EXAMPLE_REPORT_PATH } from '../node/bundled.ts';
import { writeClassicScripts } from '../../build/vite/classic-scripts-plugin.ts';
import { parseDeckScript } from '../node/static-site.ts';
import { podium } from './cli-test-support.ts';
import { textWidth } from './text-width.ts';

const REPORT = [
  '全力打造共同富裕示范区X的先行镇',
  '——在中共X镇第X次代表大会第一次会议上的报告',
  '各位代表、同志们：',
  '一、过去五年的工作回顾',
  '我们秉承“量质并举、发展优先”，打造实力X。新增国家高新技术企业X家，省级科技型中小企业X家。技改项目投资超X亿元，R&D经费支出五年翻三番。',
  '二、今后五年的目标任务',
  '一是持续奏响“双招双引”主旋律。二是推动新旧产业高质量迭代。三是加快打造高能级产业平台。',
  '',
].join('\n');

/** Each test spawns the CLI a few times; on a loaded two-core machine one spawn can take seconds. */
const SPAWN_TIMEOUT = 120_000;

const { version } = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

let dir: string;
let report: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'podium-cli-'));
  report = join(dir, 'report.txt');
  await writeFile(report, REPORT);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const exists = (path: string): Promise<boolean> => stat(path).then(() => true, () => false);

describe('podium: help, version, usage errors', { timeout: SPAWN_TIMEOUT }, () => {
  it('--version and -V print the package version', async () => {
    expect(await podium(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    expect((await podium(['-V'])).stdout).toBe(`${version}\n`);
  });

  it('--help lists the commands; help <command> shows its options', async () => {
    const help = await podium(['--help']);
    expect(help.code).toBe(0);
    for (const command of ['info', 'deck', 'import', 'build']) expect(help.stdout).toMatch(new RegExp(`^\\s+${command} `, 'm'));
    const build = await podium(['help', 'build']);
    expect(build.code).toBe(0);
    for (const option of ['--output', '--rate', '--wpm', '--target', '--theme', '--aspect']) expect(build.stdout).toContain(option);
  });

  it('no command: usage on stderr, exit 2', async () => {
    const result = await podium([]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Usage: podium');
    expect(result.stdout).toBe('');
  });
});

describe('podium deck', { timeout: SPAWN_TIMEOUT }, () => {
  it('--json prints the DeckModel, with the options applied', async () => {
    const result = await podium(['deck', report, '--json', '--rate', '110', '--target', '10', '--theme', 'dark', '--aspect', '4:3']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const deck = JSON.parse(result.stdout) as DeckModel;
    expect(deck.version).toBe(1);
    expect(deck.meta).toMatchObject({ lang: 'zh', targetSeconds: 600, theme: 'dark', aspect: '4:3', rate: { cjkPerMinute: 110 } });
    expect(deck.slides.map((s) => s.kind)).toContain('section');
    expect(deck.slides.map((s) => s.notes).join('')).toContain('R&D经费支出五年翻三番');
  });

  it('without --json lists the slides with times', async () => {
    const result = await podium(['deck', report]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/#\s+Time\s+Kind\s+Section\s+Title/);
    expect(result.stdout).toContain('过去五年的工作回顾');
    expect(result.stdout).toMatch(/\d+ slides/);
  });

  it('input errors: exit 1, "podium: <file>: message" and an indented hint, nothing on stdout', async () => {
    const missing = await podium(['deck', join(dir, 'missing.txt'), '--json']);
    expect(missing).toEqual({ code: 1, stdout: '', stderr: `podium: ${join(dir, 'missing.txt')}: No such file.\n  Check the path and the file name.\n` });
    const png = join(dir, 'scan.txt');
    await writeFile(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    const binary = await podium(['deck', png]);
    expect(binary.code).toBe(1);
    expect(binary.stderr).toMatch(/^podium: .*scan\.txt: This is a PNG image, not a text report\.\n {2}\S/);
  });

  it('errors with a line number print file:line', async () => {
    const bad = join(dir, 'latin1.txt');
    await writeFile(bad, Buffer.concat([Buffer.from('one\ntwo\n'), Buffer.from([0x80, 0xff])]));
    const result = await podium(['deck', bad]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`podium: ${bad}:3: `);
  });
});

describe('podium info', { timeout: SPAWN_TIMEOUT }, () => {
  it('prints the outline with slides and times per section, aligned, and the total', async () => {
    const result = await podium(['info', EXAMPLE_REPORT_PATH]);
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('全力打造共同富裕示范区X的先行镇');
    expect(result.stdout).toMatch(/Chinese · 220 characters\/min/);
    const table = lines.slice(lines.indexOf('') + 1).filter((line) => line.trim() !== '');
    expect(table[0]).toMatch(/^Section\s+Slides\s+Time$/);
    const body = table.filter((line) => !line.startsWith('─') && !line.startsWith('Section'));
    expect(body.some((line) => line.startsWith('一、过去五年的工作回顾'))).toBe(true);
    // The Time column ends in the same terminal column on every row, Chinese or not.
    expect(new Set(body.map(textWidth)).size).toBe(1);
    const total = body.find((line) => line.startsWith('Total'))!;
    const deck = JSON.parse((await podium(['deck', EXAMPLE_REPORT_PATH, '--json'])).stdout) as DeckModel;
    expect(total).toMatch(new RegExp(`Total\\s+${deck.slides.length}\\s+\\d+:\\d\\d$`));
  });

  it('shows the target and how far over or under the plan is', async () => {
    const over = await podium(['info', report, '--target', '0:30']);
    expect(over.stdout).toMatch(/Target\s+0:30\s+\d+:\d\d over/);
    const under = await podium(['info', report, '--target', '60']);
    expect(under.stdout).toMatch(/Target\s+1:00:00\s+\d+:\d\d:?\d* to spare/);
  });

  it('speaks Chinese on a Chinese system, aligned the same way', async () => {
    const result = await podium(['info', EXAMPLE_REPORT_PATH, '--target', '0:30'], undefined, { LC_ALL: '', LC_MESSAGES: '', LANG: 'zh_CN.UTF-8' });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/中文 · 每分钟 220 字/);
    const lines = result.stdout.split('\n');
    const table = lines.slice(lines.indexOf('') + 1).filter((line) => line.trim() !== '' && !line.startsWith('─'));
    expect(table[0]).toMatch(/^部分\s+幻灯片\s+用时$/);
    expect(table.at(-1)).toMatch(/^目标\s+0:30\s+超出 \d+:\d\d$/);
    expect(new Set(table.slice(1, -1).map(textWidth)).size).toBe(1);
  });
});

describe('podium import', { timeout: SPAWN_TIMEOUT }, () => {
  it('writes the Markdown deck, which compiles back to the same slides and notes', async () => {
    const out = join(dir, 'deck.md');
    const result = await podium(['import', report, '-o', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Wrote .*deck\.md: \d+ slides, \d+:\d\d\.\n$/);
    const markdown = await readFile(out, 'utf8');
    expect(markdown).toMatch(/^---\n/m);
    expect(markdown).toMatch(/^Notes?:/m);
    const original = JSON.parse((await podium(['deck', report, '--json'])).stdout) as DeckModel;
    const reread = JSON.parse((await podium(['deck', out, '--json'])).stdout) as DeckModel;
    expect(reread.slides.map((s) => [s.title, s.notes])).toEqual(original.slides.map((s) => [s.title, s.notes]));
    expect(await readdir(dir)).not.toContainEqual(expect.stringMatching(/\.tmp$/));
  });

  it('-o - writes to standard output', async () => {
    const result = await podium(['import', report, '-o', '-']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Notes?:/m);
  });

  it('refuses to overwrite the input, or to write a non-Markdown file: exit 2, input untouched', async () => {
    const md = join(dir, 'source.md');
    await writeFile(md, '# Title\n\nSome text to read.\n');
    const same = await podium(['import', md, '-o', md]);
    expect(same.code).toBe(2);
    expect(same.stderr).toMatch(/This is the input file/);
    expect(await readFile(md, 'utf8')).toBe('# Title\n\nSome text to read.\n');
    const txt = await podium(['import', report, '-o', join(dir, 'out.txt')]);
    expect(txt.code).toBe(2);
    expect(txt.stderr).toMatch(/must be a Markdown file/);
    expect(await exists(join(dir, 'out.txt'))).toBe(false);
    expect((await podium(['import', report])).stderr).toMatch(/Give -o <deck.md> \(write a new deck\) or --into <deck.md>/);
  });

  it('--into updates an existing deck from a new draft and prints the summary as JSON', async () => {
    const deck = join(dir, 'into.md');
    expect((await podium(['import', report, '-o', deck])).code).toBe(0);
    const draft = join(dir, 'draft-2.txt');
    await writeFile(draft, REPORT.replace('五年翻三番', '五年翻两番'));
    const result = await podium(['import', draft, '--into', deck, '--json']);
    expect(result.stderr).toBe('');
    const summary = JSON.parse(result.stdout) as { slides: number; kept: number; changed: string[] };
    expect(summary.changed).toHaveLength(1);
    expect(summary.kept).toBe(summary.slides - 1);
    expect(await readFile(deck, 'utf8')).toContain('五年翻两番');
    expect(await exists(join(dir, 'into.previous.md'))).toBe(true);
  });

  it('writes nothing when the input is bad or the folder is missing', async () => {
    const empty = join(dir, 'empty.txt');
    await writeFile(empty, '');
    const out = join(dir, 'never.md');
    const bad = await podium(['import', empty, '-o', out]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/empty\.txt: The file has no text\./);
    expect(await exists(out)).toBe(false);
    const noFolder = await podium(['import', report, '-o', join(dir, 'no', 'such', 'deck.md')]);
    expect(noFolder.code).toBe(1);
    expect(noFolder.stderr).toMatch(/The folder to write into does not exist/);
  });
});

describe('podium build', { timeout: SPAWN_TIMEOUT }, () => {
  let renderer: string;
  beforeAll(async () => {
    // A minimal renderer build of the shape Vite writes: a module entry importing a shared chunk.
    renderer = join(dir, 'renderer');
    await mkdir(join(renderer, 'assets'), { recursive: true });
    await writeFile(join(renderer, 'index.html'), '<!doctype html><html><head><meta charset="utf-8"><title>Podium</title>\n<script type="module" crossorigin src="./assets/index-abc.js"></script>\n<link rel="modulepreload" crossorigin href="./assets/shared-def.js">\n<link rel="stylesheet" crossorigin href="./assets/index.css"></head><body></body></html>');
    await writeFile(join(renderer, 'assets', 'index-abc.js'), "import { show } from './shared-def.js';\nshow(window.podiumDeck);\n");
    await writeFile(join(renderer, 'assets', 'shared-def.js'), 'export function show(deck) { document.body.dataset.slides = String(deck.slides.length); document.body.textContent = deck.slides[1].title; }\n');
    await writeFile(join(renderer, 'assets', 'index.css'), 'body { color: #222; }\n');
    // What the renderer's build adds (build/vite/classic-scripts-plugin.ts).
    await writeClassicScripts(renderer, ['index.html']);
  });

  it('writes the renderer and the deck once, as deck.js, which the page loads; bundles nothing', async () => {
    const hostile = join(dir, 'hostile.txt');
    await writeFile(hostile, `${REPORT}三、结语\n</script><script>window.pwned=1</script><!-- 谢谢大家。\n`);
    const out = join(dir, 'site');
    const result = await podium(['build', hostile, '-o', out, '--renderer', renderer]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Wrote .*site\/index\.html: \d+ slides/);
    const html = await readFile(join(out, 'index.html'), 'utf8');
    const deck = parseDeckScript(await readFile(join(out, 'deck.js'), 'utf8'));
    expect(deck.slides.some((slide) => slide.notes.includes('</script><script>window.pwned=1</script>'))).toBe(true);
    // The deck is not in the page: it holds exactly the two scripts the build wrote.
    expect(html.match(/<script\b/g)).toHaveLength(2);
    expect(html).not.toContain('pwned');
    expect(html).toMatch(/<script src="\.\/deck\.js"><\/script>/);
    expect(html).not.toMatch(/type="module"|modulepreload|crossorigin/);
    expect(html).toMatch(/<script defer src="\.\/assets\/index-abc\.classic\.js"><\/script>/);
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self';/);
    const classic = await readFile(join(out, 'assets', 'index-abc.classic.js'), 'utf8');
    expect(classic).not.toMatch(/^\s*(import|export)\b/m);
    expect(await readFile(join(out, 'assets', 'index.css'), 'utf8')).toBe('body { color: #222; }\n');
    // The renderer build itself is left as it was; its manifest stays out of the deck.
    expect((await readdir(join(renderer, 'assets'))).sort()).toEqual(['index-abc.classic.js', 'index-abc.js', 'index.css', 'shared-def.js']);
    expect((await readdir(out)).sort()).toEqual(['assets', 'deck.js', 'index.html']);
  });

  it('replaces a previous build, but refuses a folder that is not one', async () => {
    const out = join(dir, 'site2');
    expect((await podium(['build', report, '-o', out, '--renderer', renderer])).code).toBe(0);
    expect((await podium(['build', report, '-o', out, '--renderer', renderer, '--theme', 'dark'])).code).toBe(0);
    expect(parseDeckScript(await readFile(join(out, 'deck.js'), 'utf8')).meta.theme).toBe('dark');
    const other = join(dir, 'photos');
    await mkdir(other);
    await writeFile(join(other, 'cat.jpg'), 'meow');
    const refused = await podium(['build', report, '-o', other, '--renderer', renderer]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/not empty and is not a previous podium build/);
    expect(await readdir(other)).toEqual(['cat.jpg']);
  });

  it('says how to build the renderer when it is missing; writes nothing on any error', async () => {
    const out = join(dir, 'site3');
    const missing = await podium(['build', report, '-o', out, '--renderer', join(dir, 'no-renderer')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/The slide viewer is not built yet[^]*npm run build:renderer/);
    const older = join(dir, 'older-renderer');
    await mkdir(older);
    await writeFile(join(older, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
    const stale = await podium(['build', report, '-o', out, '--renderer', older]);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toMatch(/has no classic scripts[^]*npm run build:renderer/);
    const bad = await podium(['build', join(dir, 'missing.txt'), '-o', out, '--renderer', renderer]);
    expect(bad.code).toBe(1);
    expect(await exists(out)).toBe(false);
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});

describe('bin/podium.js', { timeout: SPAWN_TIMEOUT }, () => {
  it('runs the CLI from any working directory', async () => {
    const result = await podium(['info', 'report.txt'], dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('过去五年的工作回顾');
  });
});
