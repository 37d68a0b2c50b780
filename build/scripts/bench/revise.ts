import { readFileSync } from 'node:fs';
import { editedDeck } from '../../../slides/core/revise/fixtures.ts';
import { reviseDeck } from '../../../slides/core/revise/index.ts';
import { BUNDLED_DECK_PATH, EXAMPLE_REPORT_PATH } from '../../../slides/node/bundled.ts';
import type { BenchEntry } from './bench-entry.ts';

/**
 * Bringing a revised draft into an edited deck in-process (issue 12, target ≤ 300 ms): the bundled
 * deck with hand edits on every third slide, and a second draft of the example report with what
 * revisions do — a figure changed, a sentence added, a paragraph removed, a section inserted and the
 * later ones renumbered.
 */
const report = readFileSync(EXAMPLE_REPORT_PATH, 'utf8');
const deck = editedDeck({ name: 'town-congress-report.md', format: 'md', text: readFileSync(BUNDLED_DECK_PATH, 'utf8') });
const lines = report.split('\n');
const at = (prefix: string): number => lines.findIndex((line) => line.startsWith(prefix));
lines[at('我们秉承“量质并举')] = (lines[at('我们秉承“量质并举')] as string).replace('五年来', '六年来').replace('。', '。全镇新建养老服务中心一座。');
lines.splice(at('我们秉承“绿色为美'), 1);
lines[at('三、')] = (lines[at('三、')] as string).replace('三、', '四、');
lines[at('四、全面')] = (lines[at('四、全面')] as string).replace('四、', '五、');
lines.splice(at('四、'), 0, '三、新增的一个部分', '这是新写的一段，讲新的要求。我们要奋发有为，再创佳绩。');
const draft = { name: '第二稿.txt', format: 'txt' as const, text: lines.join('\n') };
// Checked once, so the row measures a real update, not a no-op.
const check = reviseDeck(deck, draft).summary;
if (check.changed.length === 0 || check.added.length === 0 || check.removed.length === 0) throw new Error('the revised draft changed nothing');

export const benches: BenchEntry[] = [
  { name: 'revise edited bundled deck with a new draft (in-process)', target: { stat: 'median', max: 300 }, warmup: 3, runs: 20, run: () => reviseDeck(deck, draft) },
];
