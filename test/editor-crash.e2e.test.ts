/**
 * Autosave survives a crash: the browser host runs in a process of its own and is killed
 * (SIGKILL) right after a run of edits made in the editor, the last one still on its way.
 * Every edit the editor showed as saved is in the deck file, the file is whole (it compiles,
 * the notes are still the report), and a new host opens it with the edits.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_DECK_PATH } from '../slides/node/bundled.ts';
import { launchChromium } from './support/chromium.ts';
import { REPO_ROOT, RENDERER_DIST, ensureRendererBuilt } from './support/renderer-build.ts';
import { edited, fileDeck } from './support/editor-steps.ts';
import { waitReady } from './support/views.ts';

let browser: Browser;
let dir: string;

beforeAll(async () => {
  ensureRendererBuilt();
  browser = await launchChromium();
  dir = await mkdtemp(join(tmpdir(), 'podium-editor-crash-'));
});
afterAll(async () => {
  await browser?.close();
  await rm(dir, { recursive: true, force: true });
});

async function startHostProcess(file: string): Promise<{ child: ChildProcess; url: string; editor: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', resolve(REPO_ROOT, 'test/support/host-process.ts'), file, RENDERER_DIST], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const { url, editor } = await new Promise<{ url: string; editor: string }>((done, fail) => {
    child.once('exit', (code) => fail(new Error(`the host exited (${String(code)}) before it listened`)));
    lines.once('line', (line) => done(JSON.parse(line) as { url: string; editor: string }));
  });
  return { child, url, editor };
}

describe('editor autosave', () => {
  it('keeps every saved edit, in a whole file, when the host is killed mid-edit', async () => {
    const file = join(dir, 'deck.md');
    await copyFile(BUNDLED_DECK_PATH, file);
    const report = (await fileDeck(file)).slides.map((s) => s.notes).join('\n');
    const first = await startHostProcess(file);
    const context = await browser.newContext({ viewport: { width: 1500, height: 900 } });
    try {
      const editor = await context.newPage();
      await editor.goto(first.editor);
      await waitReady(editor);
      const deck = await fileDeck(file);
      const index = deck.slides.findIndex((s) => s.kind === 'content');
      await editor.click(`.ed-list-item[data-index="${index}"]`);
      const titles: string[] = [];
      for (let i = 1; i <= 5; i += 1) {
        titles.push(`第${i}次保存的标题`);
        await editor.locator('#ed-title').fill(titles[titles.length - 1] as string);
        await edited(editor, () => editor.keyboard.press('Enter'));
      }
      await edited(editor, () => editor.keyboard.press('Alt+h'));
      // One more edit on its way as the host dies: it may or may not be in; nothing else may be lost.
      await editor.locator('#ed-title').fill('最后一次未确认的标题');
      await editor.keyboard.press('Enter');
      first.child.kill('SIGKILL');
      await new Promise((done) => first.child.once('exit', done));

      const saved = await fileDeck(file);
      expect(['第5次保存的标题', '最后一次未确认的标题']).toContain(saved.slides[index]?.title);
      expect(saved.slides[index]?.hidden).toBe(true);
      expect(saved.slides.map((s) => s.notes).join('\n')).toBe(report);
      expect((await readFile(file, 'utf8')).endsWith('\n')).toBe(true);

      // The next start opens the file with the edits, and the editor shows them.
      const second = await startHostProcess(file);
      try {
        await editor.goto(second.editor);
        await waitReady(editor);
        await editor.click(`.ed-list-item[data-index="${index}"]`);
        expect(['第5次保存的标题', '最后一次未确认的标题']).toContain(await editor.locator('#ed-title').inputValue());
        expect(await editor.locator(`.ed-list-item[data-index="${index}"] .ed-mark-hidden`).count()).toBe(1);
      } finally {
        second.child.kill('SIGKILL');
      }
    } finally {
      await context.close();
      if (first.child.exitCode === null) first.child.kill('SIGKILL');
    }
  });
});
