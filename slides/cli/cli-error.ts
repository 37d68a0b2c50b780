import { DeckError, deckErrorText } from '../core/errors.ts';
import { say, type MessageRef, type UiLang } from '../core/messages/catalogue.ts';

/** Exit codes: 0 done, 1 the input or output is the problem, 2 the command line is. */
export const EXIT_OK = 0;
export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;

/**
 * A failure the CLI itself detects (an output it must not overwrite, a missing
 * renderer build, …), worded like a DeckError: which file, what, what to do — as
 * catalogue references, said in the user's language when printed.
 */
export class CliError extends Error {
  readonly file: string | undefined;
  readonly what: MessageRef;
  readonly hint: MessageRef;
  readonly exitCode: number;
  constructor(options: { file?: string; message: MessageRef; hint: MessageRef; exitCode?: number }) {
    super(say('en', options.message));
    this.name = 'CliError';
    this.file = options.file;
    this.what = options.message;
    this.hint = options.hint;
    this.exitCode = options.exitCode ?? EXIT_INPUT;
  }
}

/**
 * Ends a command with an exit code once it has said everything (podium check: 1 when there are
 * findings). Not an error: nothing more is printed.
 */
export class ExitCode extends Error {
  override name = 'ExitCode';
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

/** "podium: <file>:<line>: message\n  hint", in `lang`. */
export function formatError(error: DeckError | CliError, lang: UiLang): string {
  if (error instanceof DeckError) {
    const { file, line } = error.details;
    const { message, hint } = deckErrorText(error.details, lang);
    const where = line ? `${file}:${line}` : file;
    return `podium: ${where ? `${where}: ` : ''}${message}\n  ${hint}\n`;
  }
  return `podium: ${error.file ? `${error.file}: ` : ''}${say(lang, error.what)}\n  ${say(lang, error.hint)}\n`;
}

export function exitCodeOf(error: DeckError | CliError): number {
  if (error instanceof DeckError) return error.details.code === 'OPTION' ? EXIT_USAGE : EXIT_INPUT;
  return error.exitCode;
}

/** The message and hint for a failed write, from Node's error code. */
function writeProblem(error: unknown): [MessageRef, MessageRef] {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return [{ key: 'cli.write.noFolder' }, { key: 'cli.write.noFolder.hint' }];
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return [{ key: 'cli.write.denied' }, { key: 'cli.write.denied.hint' }];
  if (code === 'ENOSPC' || code === 'EDQUOT') return [{ key: 'cli.write.full' }, { key: 'cli.write.full.hint' }];
  if (code === 'EISDIR') return [{ key: 'cli.write.isFolder' }, { key: 'cli.write.isFolder.hint' }];
  if (code === 'ENOTDIR') return [{ key: 'cli.write.notDir' }, { key: 'cli.write.notDir.hint' }];
  const reason = code ?? (error instanceof Error ? error.message : String(error));
  return [{ key: 'cli.write.other', values: { reason } }, { key: 'cli.write.other.hint' }];
}

/** A CliError for a failed write, from Node's error code. */
export function writeError(file: string, error: unknown): CliError {
  const [message, hint] = writeProblem(error);
  return new CliError({ file, message, hint });
}
