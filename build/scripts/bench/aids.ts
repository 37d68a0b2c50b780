import { readFileSync } from 'node:fs';
import { deckAids } from '../../../slides/core/aids/index.ts';
import { compileDeck } from '../../../slides/core/index.ts';
import { BUNDLED_DECK_PATH, EXAMPLE_REPORT_PATH } from '../../../slides/node/bundled.ts';
import type { BenchEntry } from './bench-entry.ts';

/**
 * Speaker aids (朗读提示) for a whole deck in-process, warm (the pinyin dictionary loaded by
 * the warm-up): what the review list, `podium aids` and the reading copy compute.
 */

const deck = compileDeck({ name: 'town-congress-report.md', format: 'md', text: readFileSync(BUNDLED_DECK_PATH, 'utf8') });
const report = compileDeck({ name: 'town-congress-report.txt', format: 'txt', text: readFileSync(EXAMPLE_REPORT_PATH, 'utf8') });

export const benches: BenchEntry[] = [
  { name: 'speaker aids, bundled deck', target: { stat: 'median', max: 50 }, warmup: 3, runs: 40, run: () => deckAids(deck) },
  { name: 'speaker aids, example report (.txt)', target: { stat: 'median', max: 50 }, warmup: 3, runs: 40, run: () => deckAids(report) },
];
