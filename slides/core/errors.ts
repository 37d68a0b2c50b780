/**
 * The compiler's own typed error. Every failure the user can cause (bad file,
 * bad front matter, …) is one of these, with enough to say which file, where,
 * what is wrong and what to do. Anything else escaping the compiler is a bug.
 */
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
  | 'PICTURE'; // a picture that is broken, unsupported, too large or outside the deck's folder

export interface DeckErrorDetails {
  code: DeckErrorCode;
  /** The file the error is about, as the user named it. */
  file: string;
  /** 1-based line, where known. */
  line?: number;
  /** What is wrong, one sentence. */
  message: string;
  /** What to do about it, one sentence. */
  hint: string;
}

export class DeckError extends Error {
  readonly details: DeckErrorDetails;
  constructor(details: DeckErrorDetails) {
    const where = details.line ? `${details.file}:${details.line}` : details.file;
    super(`${where}: ${details.message} ${details.hint}`.trim());
    this.name = 'DeckError';
    this.details = details;
  }
}

export function isDeckError(value: unknown): value is DeckError {
  return value instanceof DeckError;
}
