/**
 * The set-up the rehearsal and teleprompter tests share: the rehearsal deck written to a
 * temporary folder, one Chromium for the file, and each test in its own presenter-only
 * app that must end with no foreign request, dialog or page error.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { DeckModel } from '../../slides/core/model.ts';
import { launchChromium } from './chromium.ts';
import { writeRehearsalDeck } from './rehearsal-deck.ts';
import type { AppRun } from './views.ts';
import { withCleanApp } from './clean-app.ts';

export interface RehearsalApps {
  /** The deck as the app compiles it; set once the file's beforeAll hooks ran. */
  readonly deck: DeckModel;
  withApp(test: (app: AppRun) => Promise<void>): Promise<void>;
}

/** Registers the file's beforeAll/afterAll; call at the top of the test file. */
export function useRehearsalApps(name: string, viewport: { width: number; height: number }): RehearsalApps {
  let browser: Browser | undefined;
  let dir = '';
  let deckPath = '';
  let deck: DeckModel | undefined;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), `podium-${name}-e2e-`));
    ({ path: deckPath, deck } = await writeRehearsalDeck(dir));
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  return {
    get deck(): DeckModel {
      if (!deck) throw new Error('the rehearsal deck is written in beforeAll: read it inside a hook or test');
      return deck;
    },
    async withApp(test) {
      if (!browser) throw new Error('Chromium is launched in beforeAll: call withApp inside a test');
      await withCleanApp(browser, { file: deckPath, presenterOnly: true, viewport }, test);
    },
  };
}
