/**
 * Whole-process rows (issue 14): the `podium` command as a user runs it (node bin/podium.js,
 * the compiled CLI), with marp-cli's rows beside it on the same slides, so every ratio is
 * read from one run. marp-cli is a devDependency for this bench only (never a runtime
 * dependency); it prints with the same Debian Chromium (CHROME_PATH), as root without sandbox.
 * - "the 30× deck": 30 copies of the bundled deck (the 1.5 MB input the compile rows use).
 * - The floor for one slides PDF: a bare `chromium --headless --print-to-pdf` of the same print
 *   page (print.html?kind=slides of a `podium build` of the bundled deck, from file://, laid out
 *   under --virtual-time-budget so its scripts and fonts finish before it prints).
 * - Memory: the peak of the summed PSS (/proc/<pid>/smaps_rollup) of the command and every
 *   process it starts (Node, Chromium's browser, renderer, GPU and utility processes), sampled
 *   every 25 ms in runs of their own (sampling costs CPU, so the timed runs do not sample).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { ALL_FORMATS, isPdfFormat } from '../../../electron/common/export-formats.ts';
import { compileDeck } from '../../../slides/core/index.ts';
import type { DeckModel } from '../../../slides/core/model.ts';
import { findBrowser } from '../../../slides/export/find-browser.ts';
import { DEFAULT_RENDERER_DIR, PACKAGE_ROOT } from '../../../slides/node/package-root.ts';
import { BUNDLED_DECK_PATH } from '../../../slides/node/bundled.ts';
import type { BenchEntry } from './bench-entry.ts';

const BIN = join(PACKAGE_ROOT, 'bin/podium.js');
const MARP = join(PACKAGE_ROOT, 'node_modules/@marp-team/marp-cli/marp-cli.js');
const COPIES = 30;

const work = mkdtempSync(join(tmpdir(), 'podium-bench-process-'));
process.once('exit', () => rmSync(work, { recursive: true, force: true }));
const bundledText = readFileSync(BUNDLED_DECK_PATH, 'utf8');
const largePath = join(work, `${COPIES}x-town-congress-report.md`);
writeFileSync(largePath, Array.from({ length: COPIES }, () => bundledText).join('\n'));
const compiled = (path: string): DeckModel => compileDeck({ name: path, format: 'md', text: readFileSync(path, 'utf8') });
const largeSlides = compiled(largePath).slides.length;

/** The same slides as Marp Markdown: title as a heading, the points as a list, the notes as Marp's presenter notes (HTML comments). */
function marpMarkdown(deck: DeckModel): string {
  const slides = deck.slides.map((slide) => {
    const lines = [`# ${slide.title}`];
    if (slide.overline) lines.unshift(`<small>${slide.overline}</small>`, '');
    if (slide.subtitle) lines.push('', `## ${slide.subtitle}`);
    if (slide.points.length > 0) lines.push('', ...slide.points.map((point) => `- ${point}`));
    if (slide.body) lines.push('', slide.body);
    lines.push('', `<!--\n${slide.notes.replace(/--/g, '—')}\n-->`);
    return lines.join('\n');
  });
  return `---\nmarp: true\nsize: 16:9\n---\n\n${slides.join('\n\n---\n\n')}\n`;
}
const marpBundled = join(work, 'marp-bundled.md');
const marpLarge = join(work, 'marp-30x.md');
writeFileSync(marpBundled, marpMarkdown(compiled(BUNDLED_DECK_PATH)));
writeFileSync(marpLarge, marpMarkdown(compiled(largePath)));

const MARP_ENV = { CHROME_PATH: findBrowser()?.path ?? '/usr/bin/chromium', CHROME_NO_SANDBOX: '1', CHROME_DISABLE_GPU: '1' };

/** Runs a command to its end; rejects on a non-zero exit with its stderr. With `sample`, returns the peak PSS of its process tree (MB). */
function runProcess(command: string, args: string[], options: { env?: Record<string, string>; sample?: boolean } = {}): Promise<number> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...options.env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString()));
    let peak = 0;
    const timer = options.sample ? setInterval(() => void (peak = Math.max(peak, treePss(child.pid!))), 25) : undefined;
    child.once('error', reject);
    child.once('exit', (code) => {
      if (timer) clearInterval(timer);
      if (code === 0) resolveRun(peak / 1024);
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code}: ${stderr.trim().split('\n').slice(-2).join(' ')}`));
    });
  });
}

/** Summed PSS (KB) of a process and its descendants. */
function treePss(root: number): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
    } catch {
      // The process ended meanwhile.
    }
  }
  let total = 0;
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    try {
      total += Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
    } catch {
      // Gone.
    }
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

const podium = (...args: string[]) => () => runProcess(process.execPath, [BIN, ...args]);
const marp = (...args: string[]) => () => runProcess(process.execPath, [MARP, '--no-stdin', '--allow-local-files', ...args], { env: MARP_ENV });
const out = (name: string): string => join(work, name);

const needsRenderer = (): string | undefined => (existsSync(resolve(DEFAULT_RENDERER_DIR, 'classic-scripts.json')) ? undefined : 'renderer not built (npm run build:renderer)');
const needsCli = (): string | undefined => (existsSync(join(PACKAGE_ROOT, 'dist/cli/main.js')) ? undefined : 'CLI not built (npm run build:cli)');
const needsMarp = (): string | undefined => (existsSync(MARP) ? undefined : 'marp-cli not installed (npm ci installs it as a devDependency)');
const needsBrowser = (): string | undefined => (findBrowser() ? undefined : 'no Chromium-family browser found');
const all = (...checks: Array<() => string | undefined>) => (): string | undefined => checks.map((check) => check()).find(Boolean);

/** Medians of the rows this run measured, for the ratio rows. */
const medians = new Map<string, number>();
function timed(entry: Omit<BenchEntry, 'samples' | 'run'> & { run: () => Promise<unknown> }): BenchEntry {
  const { run, ...rest } = entry;
  return {
    ...rest,
    samples: async () => {
      for (let i = 0; i < (entry.warmup ?? 1); i++) await run();
      const samples: number[] = [];
      for (let i = 0; i < (entry.runs ?? 5); i++) {
        const start = performance.now();
        await run();
        samples.push(performance.now() - start);
      }
      medians.set(entry.name, median(samples));
      return samples;
    },
  };
}
function memory(entry: Omit<BenchEntry, 'samples' | 'run'> & { run: () => Promise<number> }): BenchEntry {
  const { run, ...rest } = entry;
  return {
    ...rest,
    unit: 'MB',
    samples: async () => {
      const samples: number[] = [];
      for (let i = 0; i < (entry.runs ?? 3); i++) samples.push(await run());
      medians.set(entry.name, median(samples));
      return samples;
    },
  };
}
function ratio(name: string, over: string, under: string, target: BenchEntry['target']): BenchEntry {
  return {
    name,
    unit: '×',
    ...(target ? { target } : {}),
    skip: () => (medians.has(over) && medians.has(under) ? undefined : `needs "${over}" and "${under}" in the same run (filter: process)`),
    samples: async () => [medians.get(over)! / medians.get(under)!],
  };
}
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = (sorted.length - 1) / 2;
  return (sorted[Math.floor(middle)]! + sorted[Math.ceil(middle)]!) / 2;
}

const ROW = {
  version: 'process: podium --version',
  info: 'process: podium info (bundled report)',
  build: 'process: podium build (bundled report)',
  buildLarge: `process: podium build (${COPIES}× deck, ${largeSlides.toLocaleString('en')} slides)`,
  marpHtmlLarge: `process: marp-cli HTML (${COPIES}× deck, same slides)`,
  floor: 'process: bare chromium --headless --print-to-pdf of the slides print page (floor)',
  slidesPdf: 'process: podium export --format slides (bundled report)',
  marpPdf: 'process: marp-cli --pdf (bundled report, same slides)',
  all: `process: podium export --format all (${ALL_FORMATS.filter(isPdfFormat).length} PDFs + PPTX + HTML, bundled report)`,
  allMemory: 'process: podium export --format all, peak memory (PSS of all its processes)',
  marpPdfMemory: 'process: marp-cli --pdf, peak memory (PSS of all its processes)',
} as const;

const site = out('site');
export const benches: BenchEntry[] = [
  timed({ name: ROW.version, target: { stat: 'median', max: 100 }, skip: needsCli, runs: 10, run: podium('--version') }),
  timed({ name: ROW.info, target: { stat: 'median', max: 200 }, skip: needsCli, runs: 10, run: podium('info', BUNDLED_DECK_PATH) }),
  timed({ name: ROW.build, target: { stat: 'median', max: 300 }, skip: all(needsCli, needsRenderer), runs: 10, run: podium('build', BUNDLED_DECK_PATH, '-o', out('build')) }),
  timed({ name: ROW.buildLarge, target: { stat: 'median', max: 450 }, skip: all(needsCli, needsRenderer), runs: 5, run: podium('build', largePath, '-o', out('build-large')) }),
  timed({ name: ROW.marpHtmlLarge, skip: needsMarp, runs: 5, run: marp(marpLarge, '-o', out('marp-large.html')) }),
  ratio(`process: marp-cli HTML ÷ podium build (${COPIES}× deck)`, ROW.marpHtmlLarge, ROW.buildLarge, { stat: 'median', min: 2 }),
  timed({
    name: ROW.floor,
    skip: all(needsCli, needsRenderer, needsBrowser),
    setup: () => runProcess(process.execPath, [BIN, 'build', BUNDLED_DECK_PATH, '-o', site]),
    runs: 3,
    run: () => runProcess(findBrowser()!.path, [
      '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--no-pdf-header-footer', '--virtual-time-budget=60000',
      `--print-to-pdf=${out('floor.pdf')}`, `${pathToFileURL(join(site, 'print.html')).href}?kind=slides`,
    ]),
  }),
  timed({ name: ROW.slidesPdf, skip: all(needsCli, needsRenderer, needsBrowser), runs: 3, run: podium('export', BUNDLED_DECK_PATH, '--format', 'slides', '-o', out('slides.pdf')) }),
  ratio('process: podium slides PDF ÷ the floor', ROW.slidesPdf, ROW.floor, { stat: 'median', max: 1.3 }),
  timed({ name: ROW.marpPdf, skip: all(needsMarp, needsBrowser), runs: 3, run: marp(marpBundled, '--pdf', '-o', out('marp.pdf')) }),
  ratio('process: marp-cli PDF ÷ podium slides PDF', ROW.marpPdf, ROW.slidesPdf, { stat: 'median', min: 1.5 }),
  timed({ name: ROW.all, target: { stat: 'median', max: 4000 }, skip: all(needsCli, needsRenderer, needsBrowser), runs: 3, run: podium('export', BUNDLED_DECK_PATH, '--format', 'all', '-o', out('all')) }),
  memory({ name: ROW.allMemory, skip: all(needsCli, needsRenderer, needsBrowser), run: () => runProcess(process.execPath, [BIN, 'export', BUNDLED_DECK_PATH, '--format', 'all', '-o', out('all-memory')], { sample: true }) }),
  memory({ name: ROW.marpPdfMemory, skip: all(needsMarp, needsBrowser), run: () => runProcess(process.execPath, [MARP, '--no-stdin', '--allow-local-files', marpBundled, '--pdf', '-o', out('marp-memory.pdf')], { env: MARP_ENV, sample: true }) }),
  ratio('process: podium --format all ÷ marp-cli PDF, peak memory', ROW.allMemory, ROW.marpPdfMemory, { stat: 'median', max: 1 }),
];
