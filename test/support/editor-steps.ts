/**
 * Steps the editor's end-to-end tests share: open the editor beside the presenter and the
 * audience, wait for an edit to come back from the host (the page's revision moves on), read
 * the deck the host holds and the deck file as written on disk.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Page } from 'playwright-core';
import { compileDeck } from '../../slides/core/index.ts';
import type { DeckModel } from '../../slides/core/model.ts';
import type { AppRun } from './views.ts';
import { waitReady } from './views.ts';

export async function openEditor(app: AppRun, query = ''): Promise<Page> {
  const page = await app.context.newPage();
  await page.goto(`${app.host.url}editor.html${query}`);
  await waitReady(page);
  await page.waitForSelector('.ed-list-item.selected');
  return page;
}

export async function revision(page: Page): Promise<number> {
  return page.evaluate(() => Number(document.documentElement.dataset['revision'] ?? -1));
}

/** Runs `action` in the editor and waits until the deck it changed is back on the page, saved. */
export async function edited(page: Page, action: () => Promise<void>): Promise<void> {
  const before = await revision(page);
  await action();
  await page.waitForFunction((rev) => Number(document.documentElement.dataset['revision']) > rev, before, { timeout: 10_000 });
  await page.waitForSelector('#ed-save[data-state="saved"]', { timeout: 10_000 });
}

export async function undo(page: Page, keys = 'Control+z'): Promise<void> {
  await edited(page, () => page.keyboard.press(keys));
}

export async function redo(page: Page, keys = 'Control+y'): Promise<void> {
  await edited(page, () => page.keyboard.press(keys));
}

/** The deck the host holds now. */
export function hostDeck(app: AppRun): DeckModel {
  const deck = app.host.session.current?.deck;
  if (!deck) throw new Error('the host has no deck');
  return deck;
}

/** The deck file as written on disk, compiled again: what a restart would open. */
export async function fileDeck(path: string): Promise<DeckModel> {
  return compileDeck({ name: basename(path), format: 'md', text: await readFile(path, 'utf8') });
}

export async function selectSlide(page: Page, index: number): Promise<void> {
  const item = page.locator(`.ed-list-item[data-index="${index}"]`);
  await item.scrollIntoViewIfNeeded();
  await item.click();
  await page.waitForSelector(`.ed-list-item.selected[data-index="${index}"]`);
}

/** The first content slide with at least `points` points, split in parts or not, from `from` on. */
export function findSlide(deck: DeckModel, test: (slide: DeckModel['slides'][number], index: number) => boolean, from = 0): number {
  const index = deck.slides.findIndex((slide, i) => i >= from && test(slide, i));
  if (index < 0) throw new Error('no slide in the deck fits the test');
  return index;
}
