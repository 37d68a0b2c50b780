/**
 * 修订对照 for the drafting team: what changed between the deck's previous draft and this one
 * (the revision record the host attached), slide by slide — added words underlined on green,
 * removed words struck through in red, changed figures boxed — with the slides to check, the new
 * and removed ones, and the hand edits that could not stay. Kept slides are counted, not printed.
 */
import { draftChanges } from '../../slides/core/revise/index.ts';
import { t, type UiLang } from '../../slides/core/messages/catalogue.ts';
import { changesBlocks } from '../revise/changes-dom.ts';
import type { PrintContext } from './context.ts';
import { flowBlocks } from './paginate.ts';
import { A4, addSheetText, createSheets, setPageSize } from './sheet.ts';
import type { Sheet } from './sheet.ts';

export function layoutChanges(context: PrintContext): Sheet[] {
  const changes = draftChanges(context.deck);
  const lang: UiLang = context.deck.meta.lang === 'zh' ? 'zh-CN' : 'en';
  if (!changes) throw new Error(t(lang, 'print.changes.noRecord'));
  setPageSize(A4.width, A4.height);
  const { sheets, next } = createSheets(context.container, {
    ...A4,
    margins: { top: 18, right: 18, bottom: 20, left: 20 },
    className: 'sheet-changes',
    watermark: context.request.watermark,
  });
  const blocks = changesBlocks(changes, context.deck.slides.length, lang);
  flowBlocks(blocks, () => next().body, 'sentence', (done) => context.progress(done / blocks.length));
  for (const sheet of sheets) addSheetText(sheet, 'sheet-folio', context.labels.pageOf(sheet.number, sheets.length));
  return sheets;
}
