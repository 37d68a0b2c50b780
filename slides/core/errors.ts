/**
 * The compiler's own typed error. Every failure the user can cause (bad file,
 * bad front matter, …) is one of these, with enough to say which file, where,
 * what is wrong and what to do. Anything else escaping the compiler is a bug.
 *
 * The message and hint are catalogue references (./messages), so each reader gets them
 * in their own language: `deckErrorText(details, lang)`. `message`/`hint` keep the
 * English text for logs and for code that only needs a string.
 */
import { say, type MessageRef, type UiLang } from './messages/catalogue.ts';

export type DeckErrorCode =
  | 'EMPTY' // no readable text
  | 'BINARY' // looks like a binary file
  | 'TOO_LARGE' // over the size limit
  | 'UNSUPPORTED' // unknown extension / format
  | 'DECODE' // bytes are not valid in any supported encoding
  | 'READ' // the file could not be read (missing, permission, …)
  | 'FRONT_MATTER' // YAML front matter is invalid
  | 'OPTION' // an option has an invalid value
  | 'EDIT' // an edit that cannot be applied to this deck (unknown slide, bad span, …)
  | 'PICTURE' // a picture that is broken, unsupported, too large or outside the deck's folder
  | 'REVISE'; // a new draft that cannot be brought into this file (not a slide deck, …)

export interface DeckErrorDetails {
  code: DeckErrorCode;
  /** The file the error is about, as the user named it. */
  file: string;
  /** 1-based line, where known. */
  line?: number;
  /** What is wrong, one sentence (English). */
  message: string;
  /** What to do about it, one sentence (English). */
  hint: string;
  /** The same two sentences as catalogue references, for the reader's language. */
  say?: { message: MessageRef; hint: MessageRef };
}

/** What DeckError's constructor takes: the sentences as catalogue references. */
export interface DeckErrorInit {
  code: DeckErrorCode;
  file: string;
  line?: number;
  message: MessageRef;
  hint: MessageRef;
}

/** A DeckError's details from catalogue references (also for errors made outside the compiler, e.g. a watch failure). */
export function deckErrorDetails(init: DeckErrorInit): DeckErrorDetails {
  const { message, hint, ...rest } = init;
  return { ...rest, message: say('en', message), hint: say('en', hint), say: { message, hint } };
}

/** The error's two sentences in `lang` (details from older hosts without references stay as they are). */
export function deckErrorText(details: DeckErrorDetails, lang: UiLang): { message: string; hint: string } {
  if (!details.say) return { message: details.message, hint: details.hint };
  return { message: say(lang, details.say.message), hint: say(lang, details.say.hint) };
}

export class DeckError extends Error {
  readonly details: DeckErrorDetails;
  constructor(init: DeckErrorInit) {
    const details = deckErrorDetails(init);
    const where = details.line ? `${details.file}:${details.line}` : details.file;
    super(`${where}: ${details.message} ${details.hint}`.trim());
    this.name = 'DeckError';
    this.details = details;
  }
}

export function isDeckError(value: unknown): value is DeckError {
  return value instanceof DeckError;
}
