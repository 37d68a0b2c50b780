/**
 * Bringing a new draft of the report into a deck file on disk (`podium import <draft> --into
 * deck.md`, the app's 文件 ▸ 导入修订稿): the deck is revised in memory (reviseDeck), then the
 * previous deck is copied beside it (`deck.previous.md`) before the deck is written over — both
 * atomically, so a crash at any point leaves the user's work on disk — and the revision record
 * (`deck.revision.json`) is written for 修订对照 and the presenter's change marks.
 */
import path from 'node:path';
import { deckToMarkdown } from '../core/export-markdown.ts';
import { compileDeck } from '../core/compile.ts';
import { isExplicitDeck } from '../core/deck.ts';
import { DeckError } from '../core/errors.ts';
import { readFrontMatter } from '../core/frontmatter.ts';
import type { CompileOptions, DeckModel, SourceText } from '../core/model.ts';
import { normalizeText } from '../core/text.ts';
import { reviseDeck, revisionRecord, type ReviseResult, type RevisionRecord } from '../core/revise/index.ts';
import { readRevisionRecordFile, revisionRecordPath } from './revision-record-file.ts';
import { readReport } from './read-report.ts';
import { writeFileAtomic } from './write-atomic.ts';

export { readRevisionRecordFile, revisionRecordPath };

/** `deck.md` → `deck.previous.md`: the deck as it was before the last update. */
export function previousDeckPath(deckPath: string): string {
  const { dir, name } = path.parse(deckPath);
  return path.join(dir, `${name}.previous.md`);
}


/** The deck file read as a deck; a report or other Markdown is refused (it holds no slides to keep). */
export async function readDeckFile(deckPath: string, name = deckPath): Promise<{ deck: DeckModel; text: string }> {
  const source = await readReport(deckPath, { name });
  const body = source.format === 'md' ? readFrontMatter(normalizeText(source.text, true), name).body : '';
  if (source.format !== 'md' || !isExplicitDeck(body)) {
    throw new DeckError({ code: 'REVISE', file: name, message: { key: 'error.revise.notDeck' }, hint: { key: 'error.revise.notDeck.hint' } });
  }
  return { deck: compileDeck(source), text: source.text };
}

/** The report a deck was made from, as `podium import` notes it in the front matter ("# 52 slides, …; source: report.txt"). */
function deckSourceName(text: string): string | undefined {
  const match = /^# .*; source: (.+)$/m.exec(text.slice(0, 2000));
  return match ? path.basename(match[1] as string) : undefined;
}

/** A file of the update could not be written (the files before it were; the deck itself is written after its backup). */
export class DeckWriteError extends Error {
  constructor(readonly file: string, readonly reason: unknown) {
    super(`could not write ${file}: ${reason instanceof Error ? reason.message : String(reason)}`);
    this.name = 'DeckWriteError';
  }
}

export interface DeckFileUpdate {
  result: ReviseResult;
  record: RevisionRecord;
  previousPath: string;
  recordPath: string;
  /** False when the draft changed nothing (then no file was written). */
  written: boolean;
}

/**
 * Updates the deck at `deckPath` from `draft` (already decoded) and writes deck, backup and
 * record. `options` are compile options for the draft (reading rate etc.); `now` dates the record.
 */
export async function updateDeckFile(deckPath: string, draft: SourceText, options: CompileOptions = {}, now = new Date(), name = deckPath): Promise<DeckFileUpdate> {
  const { deck, text } = await readDeckFile(deckPath, name);
  const result = reviseDeck(deck, draft, options);
  const earlier = await readRevisionRecordFile(deckPath);
  const record = revisionRecord(result, earlier?.current ?? deckSourceName(text) ?? path.basename(deckPath), path.basename(draft.name), now);
  const previousPath = previousDeckPath(deckPath);
  const recordPath = revisionRecordPath(deckPath);
  const write = async (file: string, data: string): Promise<void> => {
    try {
      await writeFileAtomic(file, data);
    } catch (error) {
      throw new DeckWriteError(file, error);
    }
  };
  const markdown = deckToMarkdown(result.deck);
  const { changed, added, removed } = result.summary;
  // The same draft again changes nothing: the deck, its backup and the last revision's record stay as they are.
  const same = changed.length + added.length + removed.length === 0 && markdown === text;
  if (!same) {
    await write(previousPath, text);
    await write(deckPath, markdown);
    await write(recordPath, `${JSON.stringify(record, null, 1)}\n`);
  }
  return { result, record, previousPath, recordPath, written: !same };
}
