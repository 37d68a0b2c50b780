import type { Command } from 'commander';
import type { CliIo } from '../io.ts';

/** One CLI command per module: each adds itself to the program (see index.ts for the list). */
export type RegisterCommand = (program: Command, io: CliIo) => void;

/** What every command says about its <file> argument. */
export const REPORT_ARGUMENT = 'the report: .txt, .md/.markdown (UTF-8, UTF-16 or GB18030/GBK), .docx, .doc/.wps or a PDF with text';
