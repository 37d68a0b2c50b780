/**
 * Renders build/icons/icon.svg to the PNG sizes electron-builder wants, with Debian's
 * (or any found) Chromium through playwright-core: build/icons/<n>x<n>.png for Linux
 * and icon.png (1024 px) from which electron-builder makes the .ico and .icns.
 * Run after editing the SVG: node --import tsx build/scripts/make-icons.ts
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../../slides/export/pdf.ts';
import { findBrowser, noBrowserMessage } from '../../slides/export/find-browser.ts';
import { say } from '../../slides/core/messages/catalogue.ts';

export const ICON_DIR = fileURLToPath(new URL('../icons/', import.meta.url));
export const ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;

async function main(): Promise<void> {
  const found = findBrowser();
  if (!found) throw new Error(Object.values(noBrowserMessage()).map((ref) => say('en', ref)).join(' '));
  const svg = await readFile(path.join(ICON_DIR, 'icon.svg'), 'utf8');
  const browser = await chromium.launch({ executablePath: found.path, headless: true, args: CHROMIUM_ARGS });
  try {
    for (const size of ICON_SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('width="1024" height="1024"', `width="${size}" height="${size}"`)}</body></html>`);
      const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      await writeFile(path.join(ICON_DIR, `${size}x${size}.png`), png);
      if (size === 1024) await writeFile(path.join(ICON_DIR, 'icon.png'), png);
      await page.close();
    }
  } finally {
    await browser.close();
  }
  console.log(`wrote ${ICON_SIZES.map((s) => `${s}x${s}.png`).join(', ')} and icon.png to ${path.relative(process.cwd(), ICON_DIR)}`);
}

await main();
