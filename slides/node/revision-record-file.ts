/**
 * Reading the revision record beside a deck (`deck.revision.json`, written by revise-deck-file.ts).
 * A module of its own so every command that opens a deck (`podium info`, `build`, `export`, the
 * app's session) reads the record without loading the revision machinery (sentence alignment, diff).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { readRevisionRecord, type RevisionRecord } from '../core/revise/record.ts';

/** `deck.md` → `deck.revision.json`: what the last update changed (see core/revise/record.ts). */
export function revisionRecordPath(deckPath: string): string {
  const { dir, name } = path.parse(deckPath);
  return path.join(dir, `${name}.revision.json`);
}

/** The revision record beside a deck, or undefined when there is none (or it is damaged: then it is ignored). */
export async function readRevisionRecordFile(deckPath: string): Promise<RevisionRecord | undefined> {
  let text: string;
  try {
    text = await readFile(revisionRecordPath(deckPath), 'utf8');
  } catch {
    return undefined;
  }
  return readRevisionRecord(text);
}
