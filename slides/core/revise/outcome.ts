import type { DeckErrorDetails } from '../errors.ts';
import type { DeckMeta } from '../model.ts';
import type { ReviseSummary } from './revise.ts';

/**
 * 文件 ▸ 导入修订稿: a new draft of the report brought into the open deck (what `podium import
 * <draft> --into <deck.md>` does). `summary` is exactly the CLI's `--json` summary.
 */
export type RevisionOutcome =
  | {
      ok: true;
      summary: ReviseSummary;
      /** Titles of the slides the summary names (changed and added: as they are now; removed: as they were). */
      titles: { [id: string]: string };
      /** File names of the draft the deck followed before and of the new one. */
      previous: string;
      current: string;
      /** What reading the draft found (tracked changes accepted, structure its format lost): the views say it (core/source-notice.ts). */
      source: DeckMeta['source'];
      /** The deck file that was updated. */
      deckFile: string;
      /** The deck as it was before (`<deck>.previous.md`); absent when the draft changed nothing and no file was written. */
      backupFile?: string;
      /** Set when the open report was not yet a deck: the Markdown deck first written for it (as the first edit writes one). */
      createdDeck?: string;
    }
  | { ok: false; error: DeckErrorDetails };

