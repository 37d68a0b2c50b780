/**
 * Autosave survives a crash: the browser host (a real child process) saves every edit as it is
 * made; killed with SIGKILL while an edit is under way, it leaves a deck file that reads back
 * whole (never half-written) and holds every edit it had answered, at most the one in flight lost.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { compileDeck, compactText } from '../../slides/core/index.ts';
import type { DeckUpdate, EditOutcome } from '../common/contract.ts';
import { API } from '../../slides/core/browser-api.ts';
import { pageHeaders, redeem } from '../../slides/node/http/test-client.ts';

let dir: string;
let child: ChildProcess | undefined;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'podium-edit-kill-'));
});
afterEach(async () => {
  if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  await rm(dir, { recursive: true, force: true });
});

const REPORT = '一、工作回顾\n我们坚持稳中求进，全面完成各项任务。经济总量突破X亿元。\n二、目标任务\n坚持一张蓝图绘到底，一任接着一任干。\n';

it('a host killed mid-edit leaves a whole deck file with every answered edit', async () => {
  const renderer = path.join(dir, 'renderer');
  await mkdir(renderer);
  await writeFile(path.join(renderer, 'presenter.html'), '<!doctype html><title>p</title>');
  await writeFile(path.join(dir, 'report.txt'), REPORT);
  const server = pathToFileURL(path.join(path.dirname(new URL(import.meta.url).pathname), 'server.ts')).href;
  const script = `
    import { startBrowserHost } from ${JSON.stringify(server)};
    const host = await startBrowserHost({ file: ${JSON.stringify(path.join(dir, 'report.txt'))}, rendererDir: ${JSON.stringify(renderer)}, recentFilesPath: null, draftsFolder: ${JSON.stringify(path.join(dir, 'drafts'))} });
    console.log('URL ' + host.launchUrl('presenter.html'));
  `;
  const proc = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  child = proc;
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    proc.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /URL (\S+)/.exec(out);
      if (match) resolve(match[1] as string);
    });
    proc.once('exit', (code) => reject(new Error(`host exited early (${code})`)));
  });
  const origin = new URL(url).origin;
  const headers = { 'Content-Type': 'application/json', ...pageHeaders(origin, await redeem(origin, url)) };
  const deck = (await (await fetch(`${origin}${API.deck}`, { headers })).json()) as DeckUpdate;
  if (!deck.ok) throw new Error('deck did not open');
  const slideId = deck.deck.slides.find((s) => s.kind === 'content')?.id ?? '';
  const edit = (n: number): Promise<Response> =>
    fetch(`${origin}${API.edit}`, { method: 'POST', headers, body: JSON.stringify({ ops: [{ type: 'retitle', slideId, title: `第${n}稿标题` }] }) });

  let answered = 0;
  for (let n = 1; n <= 20; n++) {
    const outcome = (await (await edit(n)).json()) as EditOutcome;
    expect(outcome.ok).toBe(true);
    answered = n;
  }
  // One more edit, and the process killed while it is under way.
  const inFlight = edit(answered + 1).catch(() => undefined);
  await new Promise((resolve) => setTimeout(resolve, 2));
  proc.kill('SIGKILL');
  await inFlight;
  await new Promise((resolve) => proc.once('exit', resolve));

  const saved = await readFile(path.join(dir, 'report.md'), 'utf8');
  const reread = compileDeck({ name: 'report.md', format: 'md', text: saved });
  expect(compactText(reread.slides.map((s) => s.notes).join(''))).toBe(compactText(REPORT));
  const title = reread.slides.find((s) => s.kind === 'content')?.title;
  expect([`第${answered}稿标题`, `第${answered + 1}稿标题`]).toContain(title);
});
