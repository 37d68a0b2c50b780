import { readFileSync } from 'node:fs';
import { compileDeck } from '../../../slides/core/index.ts';
import { proofreadDeck } from '../../../slides/core/proof/index.ts';
import { BUNDLED_DECK_PATH, EXAMPLE_REPORT_PATH } from '../../../slides/node/bundled.ts';
import type { BenchEntry } from './bench-entry.ts';

/**
 * Proofreading (校对) a whole deck in-process, warm: what the editor works out again with every
 * deck it shows, what `podium check` and the proofreading sheet compute. The edited deck has a
 * typed word, a changed figure and a cut quotation, so the alignment of lines not in the report is timed too.
 */

const bundledText = readFileSync(BUNDLED_DECK_PATH, 'utf8');
const deck = compileDeck({ name: 'town-congress-report.md', format: 'md', text: bundledText });
const report = compileDeck({ name: 'town-congress-report.txt', format: 'txt', text: readFileSync(EXAMPLE_REPORT_PATH, 'utf8') });
const editedText = bundledText
  .replace('- 推进医疗综合体建设', '- 推进医疗综合体宏伟建设')
  .replace('- 成功办结各级矛盾纠纷X余件，办结率达X%', '- 成功办结各级矛盾纠纷X余件，办结率达98%')
  .replace('- 聚焦“五县四最四个X”工作布局', '- 聚焦“五县四最…');
const edited = compileDeck({ name: 'edited.md', format: 'md', text: editedText });

export const benches: BenchEntry[] = [
  { name: 'proofread, bundled deck', target: { stat: 'median', max: 100 }, warmup: 3, runs: 40, run: () => proofreadDeck(deck) },
  { name: 'proofread, example report (.txt)', target: { stat: 'median', max: 100 }, warmup: 3, runs: 40, run: () => proofreadDeck(report) },
  { name: 'proofread, bundled deck edited (3 findings)', target: { stat: 'median', max: 100 }, warmup: 3, runs: 40, run: () => proofreadDeck(edited) },
];
