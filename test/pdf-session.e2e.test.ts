/**
 * The CLI's printer (slides/export/pdf.ts over slides/export/chromium.ts): a headless
 * Chromium driven through its DevTools pipe. What a session must get right beyond one PDF:
 * printing the same layout again prints the new deck, a browser that cannot start is said
 * plainly, and closing leaves no browser process and no profile behind.
 */
import { execFileSync } from 'node:child_process';
import { chmod, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileDeck } from '../slides/core/index.ts';
import { openPdfSession, PdfExportError } from '../slides/export/pdf.ts';
import { ensureRendererBuilt, RENDERER_DIST } from './support/renderer-build.ts';
import { pdfText, squeeze } from './helpers/pdf-tools.ts';

const report = (title: string): string => `${title}\n\n一、第一部分\n\n今年我们完成了三件大事。明年还要继续努力。\n`;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'podium-pdf-session-'));
  ensureRendererBuilt();
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Chromium processes started with a profile in one of Podium's temporary folders. */
function podiumBrowsers(): string[] {
  const lines = execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' }).split('\n');
  return lines.filter((line) => line.includes('--user-data-dir=') && line.includes('podium-chromium-'));
}

describe('a PDF session', () => {
  it('prints the same layout twice with the deck of each time, then closes without leaving a browser or its profile', async () => {
    const before = podiumBrowsers().length;
    const profilesBefore = (await readdir(tmpdir())).filter((name) => name.startsWith('podium-chromium-'));
    const session = await openPdfSession({ rendererDir: RENDERER_DIST });
    try {
      expect(session.browser.version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
      const first = compileDeck({ name: 'first.txt', format: 'txt', text: report('春耕生产动员报告') });
      const second = compileDeck({ name: 'second.txt', format: 'txt', text: report('秋收工作总结报告') });
      const one = await session.render(first, { kind: 'slides' });
      const two = await session.render(second, { kind: 'slides' });
      await writeFile(join(dir, 'one.pdf'), one.pdf);
      await writeFile(join(dir, 'two.pdf'), two.pdf);
      expect(squeeze(pdfText(join(dir, 'one.pdf')))).toContain('春耕生产动员报告');
      const text = squeeze(pdfText(join(dir, 'two.pdf')));
      expect(text).toContain('秋收工作总结报告');
      expect(text).not.toContain('春耕生产动员报告');
      expect(podiumBrowsers().length).toBeGreaterThan(before);
    } finally {
      await session.close();
    }
    expect(podiumBrowsers().length).toBe(before);
    const profilesAfter = (await readdir(tmpdir())).filter((name) => name.startsWith('podium-chromium-'));
    expect(profilesAfter.filter((name) => !profilesBefore.includes(name))).toEqual([]);
  });

  it('says which browser could not start and why, when the executable is not a browser', async () => {
    const fake = join(dir, 'not-a-browser');
    await writeFile(fake, '#!/bin/sh\necho "this is not Chromium" >&2\nexit 3\n');
    await chmod(fake, 0o755);
    const failure = await openPdfSession({ rendererDir: RENDERER_DIST, browserPath: fake }).then(
      async (session) => {
        await session.close();
        return undefined;
      },
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(PdfExportError);
    const said = (failure as PdfExportError).said;
    expect(said.key).toBe('export.browserFailed');
    expect(said.values?.path).toBe(fake);
    expect(String(said.values?.reason)).toContain('this is not Chromium');
  });
});
