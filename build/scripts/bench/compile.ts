import { readFileSync } from 'node:fs';
import { compileDeck } from '../../../slides/core/index.ts';
import type { SourceText } from '../../../slides/core/model.ts';
import { BUNDLED_DECK_PATH, EXAMPLE_REPORT_PATH } from '../../../slides/node/bundled.ts';
import type { BenchEntry } from './bench-entry.ts';

/** Compile time in-process (warm): the bundled deck, the example report, and 30 copies of each (1.4 MB and 0.9 MB). */

const deckText = readFileSync(BUNDLED_DECK_PATH, 'utf8');
const reportText = readFileSync(EXAMPLE_REPORT_PATH, 'utf8');
const COPIES = 30;
const copies = (text: string): string => Array.from({ length: COPIES }, () => text).join('\n');
const largeDeck = copies(deckText);
const largeReport = copies(reportText);
const megabytes = (text: string): string => `${(Buffer.byteLength(text) / (1024 * 1024)).toFixed(2)} MB`;

const deckSource: SourceText = { name: 'town-congress-report.md', format: 'md', text: deckText };
const reportSource: SourceText = { name: 'town-congress-report.txt', format: 'txt', text: reportText };
// 30 copies of the bundled deck make the 1.5 MB input of issue 2; 30 of the plain report test the automatic plan at scale.
const largeDeckSource: SourceText = { name: `${COPIES}x town-congress-report.md`, format: 'md', text: largeDeck };
const largeReportSource: SourceText = { name: `${COPIES}x town-congress-report.txt`, format: 'txt', text: largeReport };

export const benches: BenchEntry[] = [
  { name: 'compile bundled deck (.md)', target: { stat: 'median', max: 30 }, warmup: 5, runs: 40, run: () => compileDeck(deckSource) },
  { name: 'compile example report (.txt)', target: { stat: 'median', max: 30 }, warmup: 5, runs: 40, run: () => compileDeck(reportSource) },
  { name: `compile ${COPIES}× bundled deck (${megabytes(largeDeck)})`, target: { stat: 'median', max: 500 }, warmup: 2, runs: 10, run: () => compileDeck(largeDeckSource) },
  { name: `compile ${COPIES}× example report (${megabytes(largeReport)})`, target: { stat: 'median', max: 500 }, warmup: 2, runs: 10, run: () => compileDeck(largeReportSource) },
];
