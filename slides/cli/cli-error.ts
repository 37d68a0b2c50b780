import { DeckError } from '../core/errors.ts';

/** Exit codes: 0 done, 1 the input or output is the problem, 2 the command line is. */
export const EXIT_OK = 0;
export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;

/**
 * A failure the CLI itself detects (an output it must not overwrite, a missing
 * renderer build, …), worded like a DeckError: which file, what, what to do.
 */
export class CliError extends Error {
  readonly file: string | undefined;
  readonly hint: string;
  readonly exitCode: number;
  constructor(options: { file?: string; message: string; hint: string; exitCode?: number }) {
    super(options.message);
    this.name = 'CliError';
    this.file = options.file;
    this.hint = options.hint;
    this.exitCode = options.exitCode ?? EXIT_INPUT;
  }
}

/** "podium: <file>:<line>: message\n  hint" */
export function formatError(error: DeckError | CliError): string {
  if (error instanceof DeckError) {
    const { file, line, message, hint } = error.details;
    const where = line ? `${file}:${line}` : file;
    return `podium: ${where ? `${where}: ` : ''}${message}\n  ${hint}\n`;
  }
  return `podium: ${error.file ? `${error.file}: ` : ''}${error.message}\n  ${error.hint}\n`;
}

export function exitCodeOf(error: DeckError | CliError): number {
  if (error instanceof DeckError) return error.details.code === 'OPTION' ? EXIT_USAGE : EXIT_INPUT;
  return error.exitCode;
}

/** A CliError for a failed write, from Node's error code. */
export function writeError(file: string, error: unknown): CliError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const [message, hint] =
    code === 'ENOENT' ? ['The folder to write into does not exist.', 'Create the folder first, or choose another output path.']
    : code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? ['Permission denied: cannot write here.', 'Choose an output path in a folder you can write to.']
    : code === 'ENOSPC' || code === 'EDQUOT' ? ['The disk is full.', 'Free some space or write to another disk; nothing was changed.']
    : code === 'EISDIR' ? ['This is a folder, not a file.', 'Give a file name for the output.']
    : code === 'ENOTDIR' ? ['A part of the output path is a file, not a folder.', 'Check the output path.']
    : [`Cannot write the output (${code ?? (error instanceof Error ? error.message : String(error))}).`, 'Check the output path and try again.'];
  return new CliError({ file, message, hint });
}
