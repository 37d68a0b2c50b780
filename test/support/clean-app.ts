/** One app per test for the end-to-end tests (vitest's expect: not for the benchmarks, which import views.ts). */
import type { Browser } from 'playwright-core';
import { expect } from 'vitest';
import { startApp, type AppOptions, type AppRun } from './views.ts';

/**
 * Runs `test` in an app of its own, which must end with no request leaving the app's
 * origin, no dialog and no page error; the app is closed whatever happens.
 */
export async function withCleanApp(browser: Browser, options: AppOptions, test: (app: AppRun) => Promise<void>): Promise<void> {
  const app = await startApp(browser, options);
  try {
    await test(app);
    expect(app.foreignRequests).toEqual([]);
    expect(app.dialogs).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  } finally {
    await app.close();
  }
}
