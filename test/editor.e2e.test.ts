/**
 * The editor in Chromium through the browser host: every edit by mouse and by keyboard, each
 * undone and redone, saved into the deck file (read back from disk), and shown at once by the
 * presenter and the audience; the editor follows the file when it is changed in a text editor.
 */
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { BUNDLED_DECK_PATH } from '../slides/node/bundled.ts';
import { sentenceSpans } from '../slides/core/edit/index.ts';
import { launchChromium } from './support/chromium.ts';
import { screenshot, startApp, type AppRun } from './support/views.ts';
import { bothShown, press, waitShown } from './support/present-steps.ts';
import { edited, fileDeck, findSlide, hostDeck, openEditor, redo, selectSlide, undo } from './support/editor-steps.ts';

/** A 2×2 PNG (red, green, blue, white). */
const PNG_2X2 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEklEQVR4nGP4z8DAAMIM/4EAAB/uBfsL2WiLAAAAAElFTkSuQmCC', 'base64');

let browser: Browser;
let dir: string;
let file: string;
let app: AppRun;
let editor: Page;

beforeAll(async () => {
  browser = await launchChromium();
  dir = await mkdtemp(join(tmpdir(), 'podium-editor-e2e-'));
});
afterAll(async () => {
  await browser?.close();
  await rm(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  file = join(dir, `deck-${Date.now()}.md`);
  await copyFile(BUNDLED_DECK_PATH, file);
  app = await startApp(browser, { file, viewport: { width: 1500, height: 900 } });
  editor = await openEditor(app);
});
afterEach(async () => {
  expect(app.pageErrors).toEqual([]);
  expect(app.foreignRequests).toEqual([]);
  expect(app.dialogs).toEqual([]);
  await app.close();
});

/** Puts the show on slide `index` so both views have it on screen. */
async function showInBothViews(index: number): Promise<void> {
  // The show opens on the hold screen: the first key shows the slides.
  if ((await app.presenter.evaluate(() => document.documentElement.dataset['screen'])) !== 'slides') await press(app.presenter, 'ArrowRight');
  await press(app.presenter, ...String(index + 1).split(''), 'Enter');
  await bothShown(app.presenter, app.audience, index, 'slides');
}

async function hallShows(text: string): Promise<void> {
  await app.audience.waitForFunction((t) => document.querySelector('.reveal .slides > section.present')?.textContent?.includes(t) === true, text, { timeout: 5000 });
  await app.presenter.waitForFunction((t) => document.getElementById('preview-current')?.textContent?.includes(t) === true, text, { timeout: 5000 });
}

function contentSlide(minPoints = 2): number {
  return findSlide(hostDeck(app), (s) => s.kind === 'content' && s.points.length >= minPoints && !s.part);
}

describe('editor', () => {
  it('opens on the deck with thumbnails, section headings and the slide the presenter shows', async () => {
    const deck = hostDeck(app);
    expect(await editor.locator('.ed-list-item').count()).toBe(deck.slides.length);
    expect(await editor.locator('.ed-list-section').count()).toBe(deck.sections.length);
    expect(await editor.locator('.ed-list-item .ed-thumb .podium-slide').count()).toBeGreaterThan(3);
    // From the presenter: the Edit button opens the editor on the slide on screen.
    await showInBothViews(7);
    const [page] = await Promise.all([app.context.waitForEvent('page'), app.presenter.click('#btn-edit')]);
    await page.waitForSelector('.ed-list-item.selected');
    expect(await page.locator('.ed-list-item.selected').getAttribute('data-slide-id')).toBe(deck.slides[7]?.id);
    // Keyboard: E in the presenter does the same (the named window is reused).
    await press(app.presenter, 'e');
    expect(app.context.pages().length).toBe(4);
    // Arrow keys in the list select; the number and the fields follow.
    await editor.locator('#ed-list').focus();
    await editor.keyboard.press('End');
    await editor.waitForSelector(`.ed-list-item.selected[data-index="${deck.slides.length - 1}"]`);
    await editor.keyboard.press('ArrowUp');
    await editor.waitForSelector(`.ed-list-item.selected[data-index="${deck.slides.length - 2}"]`);
    expect(await editor.locator('#ed-title').inputValue()).toBe(deck.slides[deck.slides.length - 2]?.title);
    await screenshot(editor, 'editor-zh');
  });

  it('retitles by mouse and by keyboard, saved to the file and shown by both views, each undone and redone', async () => {
    const index = contentSlide();
    const before = hostDeck(app).slides[index]?.title ?? '';
    await showInBothViews(index);
    await selectSlide(editor, index);
    // Mouse: click into the field, type, click elsewhere.
    await editor.locator('#ed-title').fill('会场新标题');
    await edited(editor, () => editor.locator('.ed-slide-number').click());
    await hallShows('会场新标题');
    expect((await fileDeck(file)).slides[index]?.title).toBe('会场新标题');
    expect(hostDeck(app).slides[index]?.byHand).toContain('title');
    expect(await editor.locator(`.ed-list-item[data-index="${index}"] .ed-mark-edited`).count()).toBe(1);
    await undo(editor);
    await hallShows(before);
    expect((await fileDeck(file)).slides[index]?.title).toBe(before);
    await redo(editor, 'Control+Shift+Z');
    expect((await fileDeck(file)).slides[index]?.title).toBe('会场新标题');
    // Keyboard: Alt+T to the title, type, Enter; undo with the button.
    await editor.keyboard.press('Alt+t');
    await editor.keyboard.press('Control+a');
    await editor.keyboard.type('键盘改的标题');
    await edited(editor, () => editor.keyboard.press('Enter'));
    await hallShows('键盘改的标题');
    await edited(editor, () => editor.click('#ed-undo'));
    expect(hostDeck(app).slides[index]?.title).toBe('会场新标题');
    await edited(editor, () => editor.click('#ed-redo'));
    expect((await fileDeck(file)).slides[index]?.title).toBe('键盘改的标题');
  });

  it('edits, picks, reorders and removes points by mouse and keyboard, each undone', async () => {
    const index = contentSlide(3);
    await showInBothViews(index);
    await selectSlide(editor, index);
    const original = [...(hostDeck(app).slides[index]?.points ?? [])];
    const points = () => hostDeck(app).slides[index]?.points ?? [];

    // Edit in place.
    await editor.locator('.ed-point-input').first().fill('改过的第一个要点');
    await edited(editor, () => editor.keyboard.press('Enter'));
    expect(points()[0]).toBe('改过的第一个要点');
    await hallShows('改过的第一个要点');
    await undo(editor);
    expect(points()).toEqual(original);

    // Remove by mouse (✕) and by keyboard (Alt+Delete).
    await edited(editor, () => editor.locator('.ed-point-remove').first().click());
    expect(points()).toEqual(original.slice(1));
    await undo(editor);
    await editor.locator('.ed-point-input').nth(1).focus();
    await edited(editor, () => editor.keyboard.press('Alt+Delete'));
    expect(points()).toEqual([original[0], ...original.slice(2)]);
    await undo(editor);
    expect(points()).toEqual(original);
    await redo(editor);
    expect(points()).toEqual([original[0], ...original.slice(2)]);
    await undo(editor);

    // Reorder by keyboard (Alt+↓) and by dragging the handle.
    await editor.locator('.ed-point-input').first().focus();
    await edited(editor, () => editor.keyboard.press('Alt+ArrowDown'));
    expect(points()).toEqual([original[1], original[0], ...original.slice(2)]);
    expect(await editor.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe(original[0]);
    await undo(editor);
    expect(points()).toEqual(original);
    await edited(editor, () => editor.locator('.ed-point').nth(2).dragTo(editor.locator('.ed-point').first()));
    expect(points()).toEqual([original[2], original[0], original[1], ...original.slice(3)]);
    await undo(editor);
    expect(points()).toEqual(original);
    expect((await fileDeck(file)).slides[index]?.points).toEqual(original);

    // Pick a sentence by clicking it (when there is room for a point).
    const fewer = original.slice(0, 2);
    for (let i = original.length - 1; i >= 2; i -= 1) await edited(editor, () => editor.locator('.ed-point-remove').nth(i).click());
    expect(points()).toEqual(fewer);
    const notes = hostDeck(app).slides[index]?.notes ?? '';
    const spans = sentenceSpans(notes);
    const last = spans[spans.length - 1];
    if (!last) throw new Error('no sentences');
    await edited(editor, () => editor.locator('.ed-sentence').last().click());
    expect(points()).toHaveLength(3);
    expect(last.text).toContain((points()[2] ?? '').replace(/…$/, ''));
    await undo(editor);
    expect(points()).toEqual(fewer);

    // Pick a span: select words with the mouse, then the button.
    const sentence = editor.locator('.ed-sentence').first();
    const box = await sentence.boundingBox();
    if (!box) throw new Error('sentence not laid out');
    await editor.mouse.move(box.x + 2, box.y + 8);
    await editor.mouse.down();
    await editor.mouse.move(box.x + 120, box.y + 8, { steps: 5 });
    await editor.mouse.up();
    await editor.waitForSelector('#ed-pick-bar:not([hidden])');
    const selected = await editor.evaluate(() => document.getSelection()?.toString() ?? '');
    expect(selected.length).toBeGreaterThan(1);
    await edited(editor, () => editor.click('#ed-pick-add'));
    expect(points()[2]).toContain(selected.trim().replace(/[，。；：、]$/, '').slice(0, 3));
    await undo(editor);

    // Pick by keyboard: Alt+S to the text, ↓ to the second sentence, Shift+→ ×4 selects a span, Enter.
    await editor.keyboard.press('Alt+s');
    await editor.keyboard.press('ArrowDown');
    for (let i = 0; i < 4; i += 1) await editor.keyboard.press('Shift+ArrowRight');
    const span = await editor.evaluate(() => document.getSelection()?.toString() ?? '');
    expect(span).toHaveLength(4);
    await edited(editor, () => editor.keyboard.press('Enter'));
    expect(points()[2]).toContain(span.replace(/[，。；：、]/g, '').slice(0, 2));
    await undo(editor);
    // A whole sentence by keyboard: Enter on it.
    await editor.keyboard.press('Alt+s');
    await edited(editor, () => editor.keyboard.press('Enter'));
    expect(points()).toHaveLength(3);
    await undo(editor);
    expect(points()).toEqual(fewer);
    expect((await fileDeck(file)).slides[index]?.points).toEqual(fewer);
  });

  it('splits at a sentence and merges with the next, by mouse and keyboard, the text order never changing', async () => {
    const deck = hostDeck(app);
    const index = findSlide(deck, (s) => s.kind === 'content' && sentenceSpans(s.notes).length >= 3 && !s.part);
    const allNotes = (d: typeof deck) => d.slides.map((s) => s.notes).join('\n');
    const count = deck.slides.length;
    const report = allNotes(deck);
    await selectSlide(editor, index);

    // Mouse: the ✂ before the second sentence.
    await edited(editor, () => editor.locator('.ed-split').first().click());
    let now = hostDeck(app);
    expect(now.slides).toHaveLength(count + 1);
    expect(allNotes(now).replace(/\s/g, '')).toBe(report.replace(/\s/g, ''));
    expect(now.slides[index]?.part?.count).toBe(2);
    const file1 = await fileDeck(file);
    expect(file1.slides).toHaveLength(count + 1);
    // On a split slide the editor says what restore does there: it keeps the split (undo takes it back).
    expect(await editor.locator('#ed-boundary-note').isVisible()).toBe(true);
    expect(await editor.locator('#ed-boundary-note').textContent()).toContain('不改回拆分与合并');
    await undo(editor);
    now = hostDeck(app);
    expect(now.slides).toHaveLength(count);
    expect(allNotes(now)).toBe(report);
    await redo(editor);
    expect(hostDeck(app).slides).toHaveLength(count + 1);
    // Mouse: merge with the next (the split parts join again).
    await selectSlide(editor, index);
    await edited(editor, () => editor.click('#ed-merge'));
    expect(hostDeck(app).slides).toHaveLength(count);
    expect(allNotes(hostDeck(app)).replace(/\s/g, '')).toBe(report.replace(/\s/g, ''));
    await undo(editor);
    expect(hostDeck(app).slides).toHaveLength(count + 1);
    await undo(editor);
    expect(hostDeck(app).slides).toHaveLength(count);

    // Keyboard: Alt+S, ↓ ↓ to the third sentence, Ctrl+Enter splits there; Alt+M merges back.
    await selectSlide(editor, index);
    await editor.keyboard.press('Alt+s');
    await editor.keyboard.press('ArrowDown');
    await editor.keyboard.press('ArrowDown');
    await edited(editor, () => editor.keyboard.press('Control+Enter'));
    now = hostDeck(app);
    expect(now.slides).toHaveLength(count + 1);
    expect(sentenceSpans(now.slides[index + 1]?.notes ?? '')[0]?.text).toBe(sentenceSpans(deck.slides[index]?.notes ?? '')[2]?.text);
    await edited(editor, () => editor.keyboard.press('Alt+m'));
    expect(hostDeck(app).slides).toHaveLength(count);
    expect(allNotes(hostDeck(app)).replace(/\s/g, '')).toBe(report.replace(/\s/g, ''));
    await undo(editor);
    await undo(editor);
    expect(allNotes(hostDeck(app))).toBe(report);
    expect(allNotes(await fileDeck(file))).toBe(report);
  });

  it('hides a slide from the hall and shows it again, saying what the hall sees; restores the automatic version', async () => {
    const index = contentSlide();
    await selectSlide(editor, index);
    await edited(editor, () => editor.click('#ed-hide'));
    expect(hostDeck(app).slides[index]?.hidden).toBe(true);
    expect((await fileDeck(file)).slides[index]?.hidden).toBe(true);
    expect(await editor.locator('#ed-hidden-note').textContent()).toContain('上一张');
    expect(await editor.locator(`.ed-list-item[data-index="${index}"] .ed-mark-hidden`).count()).toBe(1);
    // The show at the hidden slide: the speaker has its script, the hall keeps the slide before it.
    await press(app.presenter, 'ArrowRight', ...String(index + 1).split(''), 'Enter');
    await waitShown(app.presenter, index, 'slides');
    const previousId = hostDeck(app).slides[index - 1]?.id;
    await app.audience.waitForFunction((id) => document.querySelector<HTMLElement>('.reveal .slides > section.present')?.dataset['podiumId'] === id, previousId);
    expect(await app.audience.evaluate(() => document.documentElement.dataset['hiddenSlide'])).toBe(String(index));
    expect(await app.presenter.locator('#screen-tag').textContent()).toContain('上一张');
    expect(await app.presenter.locator('#notes').textContent()).toContain(hostDeck(app).slides[index]?.notes.slice(0, 20));
    await undo(editor);
    await app.audience.waitForFunction((id) => document.querySelector<HTMLElement>('.reveal .slides > section.present')?.dataset['podiumId'] === id, hostDeck(app).slides[index]?.id);
    expect(hostDeck(app).slides[index]?.hidden).toBeUndefined();
    await edited(editor, () => editor.keyboard.press('Alt+h'));
    expect(hostDeck(app).slides[index]?.hidden).toBe(true);
    await edited(editor, () => editor.keyboard.press('Alt+h'));
    expect(hostDeck(app).slides[index]?.hidden).toBeUndefined();
    await undo(editor);
    expect(hostDeck(app).slides[index]?.hidden).toBe(true);
    await undo(editor);

    // Restore: a slide changed by hand goes back to the automatic version (button, then Alt+R).
    const automatic = hostDeck(app).slides[index];
    await editor.locator('#ed-title').fill('手工标题');
    await edited(editor, () => editor.keyboard.press('Enter'));
    await edited(editor, () => editor.click('#ed-restore'));
    expect(hostDeck(app).slides[index]?.byHand).toBeUndefined();
    expect(hostDeck(app).slides[index]?.title).toBe(automatic?.title);
    await undo(editor);
    expect(hostDeck(app).slides[index]?.title).toBe('手工标题');
    await edited(editor, () => editor.keyboard.press('Alt+r'));
    expect(hostDeck(app).slides[index]?.title).toBe(automatic?.title);
    expect((await fileDeck(file)).slides[index]?.title).toBe(automatic?.title);
    await undo(editor);
    await redo(editor);
    expect(await editor.locator('#ed-restore').isDisabled()).toBe(true);
  });

  it('changes the layout by mouse and keyboard; sets and clears a time by hand; sets the target with the pace at once', async () => {
    const index = contentSlide();
    await selectSlide(editor, index);
    await edited(editor, () => editor.click('.ed-layout-title-only'));
    expect(hostDeck(app).slides[index]?.layout).toBe('title-only');
    await undo(editor);
    expect(hostDeck(app).slides[index]?.layout ?? 'bullets').toBe('bullets');
    await edited(editor, () => editor.keyboard.press('Alt+2'));
    expect((await fileDeck(file)).slides[index]?.layout).toBe('title-only');
    await undo(editor);
    await redo(editor);
    expect(hostDeck(app).slides[index]?.layout).toBe('title-only');
    // The text layouts: Alt+5 key figures, Alt+6 quotation, Alt+7 agenda, each checked in the picker, saved and drawn.
    expect(await editor.locator('#ed-layout button').count()).toBe(7);
    for (const [key, layout, shape] of [['5', 'figures', '.ps-card'], ['6', 'quote', '.ps-title'], ['7', 'agenda', 'ol.ps-agenda > li']] as const) {
      await edited(editor, () => editor.keyboard.press(`Alt+${key}`));
      expect((await fileDeck(file)).slides[index]?.layout).toBe(layout);
      expect(await editor.locator(`.ed-layout-${layout}`).getAttribute('aria-checked')).toBe('true');
      await editor.waitForSelector(`.ed-list-item.selected .layout-${layout} ${shape}`, { state: 'attached' });
    }
    await edited(editor, () => editor.keyboard.press('Alt+2'));
    expect(hostDeck(app).slides[index]?.layout).toBe('title-only');
    // A picture layout before its picture is chosen: the zone asks for one, and a full-slide
    // picture not yet chosen shows the title (never a black slide).
    await edited(editor, () => editor.keyboard.press('Alt+4'));
    expect(hostDeck(app).slides[index]?.layout).toBe('picture-full');
    expect(await editor.locator('#ed-picture.wanted').count()).toBe(1);
    expect(await editor.locator('#ed-picture-text').textContent()).toContain('会场上这里是空白');
    expect(await editor.locator('#ed-preview .podium-slide.layout-title-only .ps-title').textContent()).toBe(hostDeck(app).slides[index]?.title);
    await undo(editor);
    expect(await editor.locator('#ed-picture.wanted').count()).toBe(0);

    // Time: type 2:05, Enter → set by hand; the button takes it from the text again.
    const total = hostDeck(app).meta.totalSeconds;
    const seconds = hostDeck(app).slides[index]?.seconds ?? 0;
    await editor.locator('#ed-time').fill('2:05');
    await edited(editor, () => editor.keyboard.press('Enter'));
    expect(hostDeck(app).slides[index]?.seconds).toBe(125);
    expect(hostDeck(app).meta.totalSeconds).toBe(total - seconds + 125);
    expect(await editor.locator('#ed-time-source').textContent()).toBe('手动设定');
    expect((await fileDeck(file)).slides[index]?.seconds).toBe(125);
    await edited(editor, () => editor.click('#ed-time-auto'));
    expect(await editor.locator('#ed-time-source').textContent()).toBe('按讲稿字数计算');
    await undo(editor);
    expect(hostDeck(app).slides[index]?.seconds).toBe(125);
    await undo(editor);
    expect(hostDeck(app).slides[index]?.seconds).toBe(seconds);
    // Bad input is said, and changes nothing.
    await editor.locator('#ed-time').fill('很久');
    await editor.keyboard.press('Enter');
    await editor.waitForSelector('#ed-error:not([hidden])');
    expect(await editor.locator('#ed-error-text').textContent()).toContain('很久');
    expect(hostDeck(app).slides[index]?.seconds).toBe(seconds);
    await editor.click('#ed-error-close');

    // Target: 40 (minutes), Enter; the pace says over or under at once, and the file has it.
    await editor.locator('#ed-target-input').fill('40');
    await edited(editor, () => editor.keyboard.press('Enter'));
    expect(hostDeck(app).meta.targetSeconds).toBe(2400);
    expect((await fileDeck(file)).meta.targetSeconds).toBe(2400);
    const over = hostDeck(app).meta.totalSeconds > 2400;
    expect(await editor.locator('#ed-pace').textContent()).toContain(over ? '超出目标' : '比目标短');
    await undo(editor);
    expect(hostDeck(app).meta.targetSeconds).toBe(undefined);
    expect(await editor.locator('#ed-pace').textContent()).toBe('未设目标时长');
  });

  it('puts a picture on a slide by the file chooser and by drag and drop; a broken or unsupported file is said and changes nothing', async () => {
    const index = contentSlide();
    await selectSlide(editor, index);
    await showInBothViews(index);
    const pictureFile = join(dir, '厂房.png');
    await writeFile(pictureFile, PNG_2X2);
    // File chooser.
    const [chooser] = await Promise.all([editor.waitForEvent('filechooser'), editor.click('#ed-picture-choose')]);
    await edited(editor, () => chooser.setFiles(pictureFile));
    const picture = hostDeck(app).slides[index]?.picture;
    expect(picture?.src).toMatch(/^pictures\//);
    expect(hostDeck(app).slides[index]?.layout).toBe('picture-text');
    expect((await fileDeck(file)).slides[index]?.picture?.src).toBe(picture?.src);
    expect(await editor.locator('#ed-picture-text').textContent()).toContain('.png');
    // Shown at once in the hall, the presenter's preview and the editor's own preview.
    await app.audience.waitForSelector('.reveal .slides > section.present img', { timeout: 5000 });
    await app.presenter.waitForSelector('#preview-current img', { timeout: 5000 });
    await editor.waitForSelector('#ed-preview img', { timeout: 5000 });
    await undo(editor);
    expect(hostDeck(app).slides[index]?.picture).toBeUndefined();
    await redo(editor);
    expect(hostDeck(app).slides[index]?.picture?.src).toBe(picture?.src);
    await edited(editor, () => editor.click('#ed-picture-remove'));
    expect(hostDeck(app).slides[index]?.picture).toBeUndefined();

    // Drag and drop onto the window.
    const drop = (name: string, bytes: number[], type: string): Promise<void> => editor.evaluate(([n, b, t]) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(b as number[])], n as string, { type: t as string }));
      window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data, bubbles: true }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, [name, bytes, type] as const);
    await edited(editor, () => drop('会场.png', [...PNG_2X2], 'image/png'));
    expect(hostDeck(app).slides[index]?.picture?.src).toMatch(/^pictures\//);
    expect(await editor.locator('#ed-drop-cover').isHidden()).toBe(true);
    // Full-slide layout by keyboard.
    await edited(editor, () => editor.keyboard.press('Alt+4'));
    expect(hostDeck(app).slides[index]?.layout).toBe('picture-full');
    await undo(editor);

    // A broken PNG and a GIF: said clearly, and the slide keeps its picture.
    const before = JSON.stringify(hostDeck(app).slides[index]);
    await drop('坏图.png', [1, 2, 3, 4, 5, 6, 7, 8], 'image/png');
    await editor.waitForSelector('#ed-error:not([hidden])');
    expect(await editor.locator('#ed-error-text').textContent()).toContain('坏图.png');
    await editor.click('#ed-error-close');
    await drop('动图.gif', [0x47, 0x49, 0x46, 0x38, 0x39, 0x61], 'image/gif');
    await editor.waitForSelector('#ed-error:not([hidden])');
    expect(await editor.locator('#ed-error-text').textContent()).toContain('PNG、JPEG、WebP 或 SVG');
    expect(JSON.stringify(hostDeck(app).slides[index])).toBe(before);
    await screenshot(editor, 'editor-picture-zh');
  });

  it('follows the deck file when it is edited in a text editor', async () => {
    const index = contentSlide();
    await selectSlide(editor, index);
    const title = hostDeck(app).slides[index]?.title ?? '';
    const text = await readFile(file, 'utf8');
    const changed = text.replace(`## ${title}\n`, '## 在文本编辑器里改的标题\n');
    expect(changed).not.toBe(text);
    await writeFile(file, changed);
    await editor.waitForFunction(() => (document.getElementById('ed-title') as HTMLInputElement).value === '在文本编辑器里改的标题', undefined, { timeout: 10_000 });
    expect(await editor.locator(`.ed-list-item[data-index="${index}"] .ed-list-title`).textContent()).toContain('在文本编辑器里改的标题');
  });

  it('shows the editor in English', async () => {
    await editor.click('#ed-lang');
    await editor.waitForFunction(() => document.documentElement.lang === 'en');
    await selectSlide(editor, contentSlide());
    expect(await editor.locator('#ed-undo').textContent()).toContain('Undo');
    await screenshot(editor, 'editor-en');
  });
});
