/**
 * Who an exported file names as its author (PDF and PPTX metadata): the deck's own `author:`
 * (front matter; an empty one asks for none), else the byline's name line — the speaker or the
 * office, never the date line under it — else nobody. Never the login name of whoever exports:
 * that is a clerk's account, not the report's author.
 */
import type { DeckModel } from './model.ts';

/** A byline line that only dates the report: "（2024年1月5日）", "2024年1月5日", "(5 January 2024)". */
const DATE_LINE = /^[（(]?\s*(?:\d{4}\s*年|\d{1,2}\s+\w+\s+\d{4}|\w+\s+\d{1,2},?\s+\d{4}|\d{4}[-./]\d{1,2})[^）)]*[）)]?$/u;

export function documentAuthor(deck: DeckModel): string {
  if (deck.meta.author !== undefined) return deck.meta.author;
  const name = deck.meta.byline?.map((line) => line.trim()).find((line) => line !== '' && !DATE_LINE.test(line));
  return name ?? '';
}
