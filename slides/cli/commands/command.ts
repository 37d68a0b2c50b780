import type { Command } from 'commander';
import type { CliText } from '../cli-text.ts';
import type { CliIo } from '../io.ts';

/**
 * One CLI command per module: each adds itself to the program (see index.ts for the list).
 * Every word it prints or puts in its help comes from the catalogue through `text`
 * (slides/core/messages/cli.ts), in the language the user chose.
 */
export type RegisterCommand = (program: Command, io: CliIo, text: CliText) => void;
