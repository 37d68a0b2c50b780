/**
 * A Markdown deck for the rehearsal and teleprompter tests: the example report as
 * `podium import` writes it, with a target duration shorter than the plan and a few
 * slides marked `data-skippable`, so the report has something to propose.
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { compileDeck, deckToMarkdown, readingUnits } from '../../slides/core/index.ts';
import type { DeckModel } from '../../slides/core/model.ts';
import { EXAMPLE_REPORT_PATH } from '../../slides/node/bundled.ts';
import { reportKey } from '../../renderer/rehearsal/report-key.ts';
import type { RehearsalRun } from '../../renderer/rehearsal/run.ts';
import { LOCAL_PREFIX } from '../../renderer/rehearsal/local-store.ts';

export const DECK_FILE = 'rehearsal-deck.md';

export async function writeRehearsalDeck(dir: string, targetMinutes = 40): Promise<{ path: string; deck: DeckModel }> {
  const report = compileDeck({ name: 'town-congress-report.txt', format: 'txt', text: readFileSync(EXAMPLE_REPORT_PATH, 'utf8') });
  let content = 0;
  const slides = report.slides.map((slide) => (slide.kind === 'content' && ++content % 9 === 0 ? { ...slide, skippable: true } : slide));
  const markdown = deckToMarkdown({ ...report, slides, meta: { ...report.meta, targetSeconds: targetMinutes * 60 } });
  const path = join(dir, DECK_FILE);
  await writeFile(path, markdown, 'utf8');
  return { path, deck: compileDeck({ name: DECK_FILE, format: 'md', text: markdown }) };
}

/** Runs read at `perMinute` characters per minute (slide by slide), for the report view. */
export function runsAt(deck: DeckModel, perMinutes: number[], slowSectionIndex = -1): RehearsalRun[] {
  const slow = deck.sections[slowSectionIndex]?.id;
  return perMinutes.map((perMinute, r) => ({
    id: `seed-${r}`,
    startedAt: new Date(Date.UTC(2026, 10, 20 + r, 8)).toISOString(),
    endedAt: new Date(Date.UTC(2026, 10, 20 + r, 9)).toISOString(),
    pausedMs: 0,
    slideMs: Object.fromEntries(deck.slides.map((s) => [s.id, Math.round((readingUnits(s.notes, deck.meta.lang) / (slow !== undefined && s.sectionId === slow ? perMinute * 0.85 : perMinute)) * 60_000)])),
  }));
}

/** Puts rehearsal data in the browser host's storage (shared by every page of the origin). */
export async function seedRehearsals(page: Page, deck: DeckModel, data: unknown): Promise<string> {
  const key = reportKey(deck);
  await page.evaluate(([storageKey, value]) => localStorage.setItem(storageKey, value), [LOCAL_PREFIX + key, typeof data === 'string' ? data : JSON.stringify(data)] as const);
  return key;
}

/** What the browser host's storage holds for the deck's report. */
export function storedRehearsals(page: Page, deck: DeckModel): Promise<unknown> {
  return page.evaluate((storageKey) => {
    const raw = localStorage.getItem(storageKey);
    return raw === null ? null : JSON.parse(raw);
  }, LOCAL_PREFIX + reportKey(deck));
}
